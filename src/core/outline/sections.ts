import type { Heading } from '../types';
import { forwardLineOf } from '../text/lines';
import { runSteps } from '../steps';

/** A heading with the extent of its section and the headings nested under it. */
export interface Section {
  heading: Heading;
  /** Offset where the section ends: the next heading of the same or a higher level, or the end of text. */
  end: number;
  children: Section[];
}

/** For each heading, the index of the next heading of the same or a higher level, which ends its section, or -1. */
function sectionClosers(outline: readonly Heading[]): number[] {
  const closers = new Array<number>(outline.length).fill(-1);
  const open: number[] = [];
  for (let k = 0; k < outline.length; k++) {
    while (open.length > 0 && outline[open[open.length - 1]].level >= outline[k].level) closers[open.pop()!] = k;
    open.push(k);
  }
  return closers;
}

/**
 * Where each heading's section ends: at the next heading of the same or a higher level (a lower or
 * equal level number), or at the end of the text.
 *
 * sectionEnds([h1(level 1, start 0), h2(level 2, start 10), h3(level 1, start 20)], 30) → [20, 20, 30]
 */
export function sectionEnds(outline: readonly Heading[], textLength: number): number[] {
  return sectionClosers(outline).map((j) => (j === -1 ? textLength : outline[j].start));
}

/** Headings the section generators (`sectionLastLineSteps`, `sectionTreeSteps`) go through between two pauses. */
const HEADINGS_PER_STEP = 512;

/**
 * The 0-based line on which each heading's section ends as an editor shows it: the line before the one it ends at
 * when that is a line start past the heading (the line break is the section's), else that line. Lines come from
 * one walk over `lineStarts` (a 10 MB draft has 12,000 sections), not a search for each.
 *
 * sectionLastLines(analyze('一、甲\n乙\n二、丙').outline, [0, 4, 6], 9) → [1, 2]
 */
export function sectionLastLines(outline: readonly Heading[], lineStarts: readonly number[], textLength: number): number[] {
  return runSteps(sectionLastLineSteps(outline, lineStarts, textLength));
}

/**
 * `sectionLastLines` as a generator that pauses every HEADINGS_PER_STEP headings, so that an editor can answer
 * other requests while the folds of a long draft are worked out (on a cold start, 10 ms for 12,000 headings).
 */
export function* sectionLastLineSteps(outline: readonly Heading[], lineStarts: readonly number[], textLength: number): Generator<void, number[], void> {
  const closers = sectionClosers(outline);
  yield;
  const lineOf = forwardLineOf(lineStarts);
  // Heading starts come in text order, the text's end last: the walk only moves forward.
  const startLines = new Array<number>(outline.length);
  for (let k = 0; k < outline.length; k++) {
    startLines[k] = lineOf(outline[k].start);
    if ((k + 1) % HEADINGS_PER_STEP === 0) yield;
  }
  const endLine = lineOf(textLength);
  const last = new Array<number>(outline.length);
  for (let k = 0; k < outline.length; k++) {
    const j = closers[k];
    const end = j === -1 ? textLength : outline[j].start;
    const line = j === -1 ? endLine : startLines[j];
    last[k] = lineStarts[line] === end && line > 0 && end > outline[k].end ? line - 1 : line;
    if ((k + 1) % HEADINGS_PER_STEP === 0) yield;
  }
  return last;
}

/**
 * Nests a flat outline by level into sections.
 *
 * sectionTree([h1(level 1), h2(level 2)], 100)[0].children[0].heading === h2
 */
export function sectionTree(outline: readonly Heading[], textLength: number): Section[] {
  return runSteps(sectionTreeSteps(outline, textLength));
}

/** `sectionTree` as a generator that pauses every HEADINGS_PER_STEP headings (see `sectionLastLineSteps`). */
export function* sectionTreeSteps(outline: readonly Heading[], textLength: number): Generator<void, Section[], void> {
  const ends = sectionEnds(outline, textLength);
  yield;
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (let k = 0; k < outline.length; k++) {
    const heading = outline[k];
    // The sections this heading ends are closed; the one still open around it is its parent.
    while (stack.length > 0 && stack[stack.length - 1].end <= heading.start) stack.pop();
    const section: Section = { heading, end: ends[k], children: [] };
    (stack.length > 0 ? stack[stack.length - 1].children : roots).push(section);
    stack.push(section);
    if ((k + 1) % HEADINGS_PER_STEP === 0) yield;
  }
  return roots;
}
