import type { Span } from '../types';

/** A 《title》 of a work the text cites: the span and text between the brackets. */
export interface Title extends Span {
  text: string;
}

const TITLE = /《([^《》\n]{1,80})》/g;

/**
 * The 《titles》 of the text, in order (on one line, at most 80 characters, none nested).
 *
 * findTitles('據《國家信息化發展報告》')[0] → { start: 2, end: 11, text: '國家信息化發展報告' }
 */
export function findTitles(text: string): Title[] {
  const out: Title[] = [];
  for (const m of text.matchAll(TITLE)) out.push({ start: m.index + 1, end: m.index + 1 + m[1].length, text: m[1] });
  return out;
}
