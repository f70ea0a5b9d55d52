import type { Heading, Problem } from '../types';
import { lineOf } from '../text/lines';
import { initialOutlineState, outlineFrom, sameOutlineState, type OutlineState } from '../outline/headings';

/**
 * Levels and numbering problems of known heading lines, without reading the rest of the text.
 *
 * Which lines are headings is settled block by block; levels and numbering checks then depend only on
 * the sequence of headings. So the heading lines are laid out alone, each after a line `。` (a finished
 * paragraph: no list item continues it, and a plain heading stands between paragraphs as it did in the
 * text; a last `。` follows the last one), outlined, and the results moved back to the lines they came from.
 *
 * The layout is outlined in windows of WINDOW headings, each resumed from the state the last one left
 * (`outlineFrom`), and the state before each window is kept. After a change, the outline resumes from
 * the last kept state before the first heading line that differs, and stops as soon as, past the last
 * one that differs, the state equals the one the old outline had at the same heading: everything after
 * it is the old outline's, moved to where its lines are now. Changing one heading of thousands costs a
 * window or two.
 *
 * Returns undefined if the layout did not give back exactly these headings; the caller then outlines
 * the whole text. A generator that pauses every few hundred lines (see `headingSteps`).
 *
 * settleOutline(['一、總體要求'], [0, 3], [1]) → … .headings[0].level === 1
 */
export interface SettledOutline {
  headings: Heading[];
  problems: Problem[];
  /** Index of the heading each problem is about (so that both can be moved together). */
  problemHeadings: number[];
  /** Each heading line's text, without CR or LF. */
  texts: string[];
  /** The state before heading k, for the first heading k of each window outlined. */
  checkpoints: Map<number, OutlineState>;
  /** Scratch space: how far each heading moved in the last update. */
  shifts: number[];
  /** Headings outlined again by the call that made it (the others were moved). */
  laid: number;
}

/** Headings outlined at a time, unless the caller says otherwise. */
const WINDOW = 64;

/**
 * `texts[k]` is the text of heading line `lines[k]` (0-based, starting at `lineStarts[lines[k]]`);
 * `previous` the outline of the same document before a change, if any, which this one takes over
 * (its heading objects are moved in place); `window` how many headings are outlined at a time.
 */
export function* settleOutline(
  texts: readonly string[],
  lineStarts: readonly number[],
  lines: readonly number[],
  previous?: SettledOutline,
  window = WINDOW,
): Generator<void, SettledOutline | undefined, void> {
  const n = lines.length;
  window = Math.max(1, Math.floor(window));
  const out: SettledOutline = { headings: [], problems: [], problemHeadings: [], texts: texts.slice(), checkpoints: new Map(), shifts: new Array<number>(n).fill(0), laid: 0 };
  let k = 0;
  let state = initialOutlineState();
  // With an earlier outline: the common run of heading texts at each end, and where to resume.
  let delta = 0;
  let suffixStart = n;
  if (previous) {
    const old = previous.texts;
    const m = old.length;
    let p = 0;
    while (p < n && p < m && texts[p] === old[p]) p++;
    let q = 0;
    while (q < n - p && q < m - p && texts[n - 1 - q] === old[m - 1 - q]) q++;
    delta = n - m;
    suffixStart = n - q;
    for (const at of previous.checkpoints.keys()) if (at <= p && at > k) k = at;
    state = previous.checkpoints.get(k) ?? initialOutlineState();
    takeOver(previous, out, 0, k, 0, lineStarts, lines);
    for (const [at, s] of previous.checkpoints) if (at < k) out.checkpoints.set(at, s);
  }
  const oldStops = previous ? [...previous.checkpoints.keys()].sort((a, b) => a - b) : [];
  while (k < n) {
    // Past the changed headings, end the window where the old outline kept a state, to compare.
    let end = Math.min(n, k + window);
    let stop: number | undefined;
    if (previous) {
      const from = Math.max(k + 1, suffixStart) - delta;
      const at = oldStops.find((s) => s >= from);
      if (at !== undefined && at + delta <= end && at + delta > k) [stop, end] = [at, at + delta];
    }
    out.checkpoints.set(k, state);
    const after = yield* outlineWindow(texts, lineStarts, lines, k, end, state, out);
    if (!after) return undefined;
    state = after;
    k = end;
    yield;
    if (stop !== undefined && previous && sameOutlineState(state, previous.checkpoints.get(stop)!)) {
      // From here on the old outline holds: take it over.
      takeOver(previous, out, stop, previous.headings.length, delta, lineStarts, lines);
      for (const [at, s] of previous.checkpoints) if (at >= stop) out.checkpoints.set(at + delta, s);
      return out;
    }
  }
  return out;
}

/** Outlines headings [from, to) laid out alone after `state`, into `out`; returns the state after them. */
function* outlineWindow(
  texts: readonly string[],
  lineStarts: readonly number[],
  lines: readonly number[],
  from: number,
  to: number,
  state: OutlineState,
  out: SettledOutline,
): Generator<void, OutlineState | undefined, void> {
  const parts: string[] = [];
  const laidAt: number[] = [];
  let length = 0;
  for (let k = from; k < to; k++) {
    parts.push('。\n');
    length += 2;
    laidAt.push(length);
    // CRLF: the outline takes one CR off a line's end; a heading line's own text may end with a CR (\r\r\n).
    parts.push(texts[k], '\r\n');
    length += texts[k].length + 2;
  }
  // The last heading, too, must have a paragraph after it.
  parts.push('。');
  const laid = yield* outlineFrom(parts.join(''), state);
  if (laid.headings.length !== to - from) return undefined;
  for (let j = 0; j < laid.headings.length; j++) {
    const h = laid.headings[j];
    if (h.start !== laidAt[j]) return undefined;
    const d = lineStarts[lines[from + j]] - laidAt[j];
    // The title cut from the heading's own text (texts[k]): cut from the joined window it would keep all of it alive.
    const title = texts[from + j].slice(h.titleStart - laidAt[j], h.titleEnd - laidAt[j]);
    const heading = { ...h, start: h.start + d, end: h.end + d, line: lines[from + j] + 1, titleStart: h.titleStart + d, titleEnd: h.titleEnd + d };
    if (title === h.title) heading.title = title;
    out.headings.push(heading);
  }
  for (const p of laid.problems) {
    const j = lineOf(laidAt, p.start);
    const d = lineStarts[lines[from + j]] - laidAt[j];
    out.problems.push({ ...p, start: p.start + d, end: p.end + d });
    out.problemHeadings.push(from + j);
  }
  out.laid += to - from;
  return laid.state;
}

/**
 * Appends the old outline's headings [from, to) and their problems to `out`, as headings from + delta on,
 * each moved to where its line starts now (headings in place, problems as copies).
 */
function takeOver(
  previous: SettledOutline,
  out: SettledOutline,
  from: number,
  to: number,
  delta: number,
  lineStarts: readonly number[],
  lines: readonly number[],
): void {
  const shift = (j: number): number => lineStarts[lines[j + delta]] - previous.headings[j].start;
  for (let i = 0; i < previous.problems.length; i++) {
    const j = previous.problemHeadings[i];
    if (j < from || j >= to) continue;
    // Copies: the caller matches old problem objects, at their old offsets, against the new ones.
    const p = previous.problems[i];
    const d = shift(j);
    out.problems.push({ ...p, start: p.start + d, end: p.end + d });
    out.problemHeadings.push(j + delta);
  }
  for (let j = from; j < to; j++) {
    const h = previous.headings[j];
    const d = shift(j);
    h.start += d;
    h.end += d;
    h.titleStart += d;
    h.titleEnd += d;
    h.line = lines[j + delta] + 1;
    out.headings.push(h);
  }
}
