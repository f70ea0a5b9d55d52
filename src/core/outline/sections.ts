import type { Heading } from '../types';

/** A heading with the extent of its section and the headings nested under it. */
export interface Section {
  heading: Heading;
  /** Offset where the section ends: the next heading of the same or a higher level, or the end of text. */
  end: number;
  children: Section[];
}

/**
 * Where each heading's section ends: at the next heading of the same or a higher level (a lower or
 * equal level number), or at the end of the text.
 *
 * sectionEnds([h1(level 1, start 0), h2(level 2, start 10), h3(level 1, start 20)], 30) → [20, 20, 30]
 */
export function sectionEnds(outline: readonly Heading[], textLength: number): number[] {
  const ends = new Array<number>(outline.length).fill(textLength);
  const open: number[] = [];
  for (let k = 0; k < outline.length; k++) {
    while (open.length > 0 && outline[open[open.length - 1]].level >= outline[k].level) ends[open.pop()!] = outline[k].start;
    open.push(k);
  }
  return ends;
}

/**
 * Nests a flat outline by level into sections.
 *
 * sectionTree([h1(level 1), h2(level 2)], 100)[0].children[0].heading === h2
 */
export function sectionTree(outline: readonly Heading[], textLength: number): Section[] {
  const ends = sectionEnds(outline, textLength);
  const roots: Section[] = [];
  const stack: Section[] = [];
  outline.forEach((heading, k) => {
    // The sections this heading ends are closed; the one still open around it is its parent.
    while (stack.length > 0 && stack[stack.length - 1].end <= heading.start) stack.pop();
    const section: Section = { heading, end: ends[k], children: [] };
    (stack.length > 0 ? stack[stack.length - 1].children : roots).push(section);
    stack.push(section);
  });
  return roots;
}
