import type { Heading } from '../types';

/** A heading with the extent of its section and the headings nested under it. */
export interface Section {
  heading: Heading;
  /** Offset where the section ends: the next heading of the same or a higher level, or the end of text. */
  end: number;
  children: Section[];
}

/**
 * Nests a flat outline by level into sections.
 *
 * sectionTree([h1(level 1), h2(level 2)], 100)[0].children[0].heading === h2
 */
export function sectionTree(outline: readonly Heading[], textLength: number): Section[] {
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (const heading of outline) {
    while (stack.length > 0 && stack[stack.length - 1].heading.level >= heading.level) {
      stack.pop()!.end = heading.start;
    }
    const section: Section = { heading, end: textLength, children: [] };
    (stack.length > 0 ? stack[stack.length - 1].children : roots).push(section);
    stack.push(section);
  }
  // Sections still open end where their parent ends, i.e. the end of text.
  return roots;
}

/** Every section of the tree, depth first. */
export function* allSections(tree: readonly Section[]): Generator<Section> {
  for (const s of tree) {
    yield s;
    yield* allSections(s.children);
  }
}
