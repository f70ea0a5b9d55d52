import type { Heading, Problem } from '../types';
import { headingSteps } from '../outline/headings';

/**
 * Levels and numbering problems of known heading lines (`lineText` gives a line without its LF),
 * without reading the rest of the text.
 *
 * Which lines are headings is settled block by block; levels and numbering checks then depend only on
 * the sequence of headings. So the heading lines are laid out alone, each after a line `。` (a finished
 * paragraph: no list item continues it, and a plain heading stands between paragraphs as it did in the
 * text; a last `。` follows the last one), outlined once, and the results moved back to the lines they came from.
 * Returns undefined if the layout did not give back exactly these headings; the caller then outlines
 * the whole text.
 *
 * A generator that pauses every few hundred lines (see `headingSteps`).
 *
 * settleOutline((n) => ['甲。', '一、總體要求', ''][n], [0, 3, 10], [1]) → … .headings[0].level === 1
 */
export interface SettledOutline {
  headings: Heading[];
  problems: Problem[];
  /** Index of the heading each problem is about (so that both can be moved together). */
  problemHeadings: number[];
  /** Scratch space: how far each heading moved in the last update. */
  shifts: number[];
}

export function* settleOutline(
  lineText: (line: number) => string,
  lineStarts: readonly number[],
  lines: readonly number[],
): Generator<void, SettledOutline | undefined, void> {
  const parts: string[] = [];
  const laidAt: number[] = [];
  let length = 0;
  for (const line of lines) {
    let text = lineText(line);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    parts.push('。\n');
    length += 2;
    laidAt.push(length);
    parts.push(text, '\n');
    length += text.length + 1;
    if ((parts.length & 1023) === 0) yield;
  }
  // The last heading, too, must have a paragraph after it.
  parts.push('。');
  const laid = yield* headingSteps(parts.join(''));
  if (laid.headings.length !== lines.length) return undefined;
  const shiftOf = (k: number): number => lineStarts[lines[k]] - laidAt[k];
  const headings: Heading[] = [];
  for (let k = 0; k < lines.length; k++) {
    const h = laid.headings[k];
    if (h.start !== laidAt[k]) return undefined;
    const d = shiftOf(k);
    headings.push({ ...h, start: h.start + d, end: h.end + d, line: lines[k] + 1, titleStart: h.titleStart + d, titleEnd: h.titleEnd + d });
    if ((k & 1023) === 1023) yield;
  }
  const problemHeadings: number[] = [];
  const problems = laid.problems.map((p) => {
    const k = lastAtOrBefore(laidAt, p.start);
    problemHeadings.push(k);
    const d = shiftOf(k);
    return { ...p, start: p.start + d, end: p.end + d };
  });
  return { headings, problems, problemHeadings, shifts: new Array<number>(lines.length).fill(0) };
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
