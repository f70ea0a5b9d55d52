import { readNumberMarker, type NumberStyle } from '../outline/numbering';
import { classifiesAlone } from '../outline/headings';

/**
 * Where a document can be cut into blocks that every local stage analyses alone with the same result
 * as on the whole text. Lines are the natural unit (sentences, cues, figures, brackets and mixed-script
 * checks never cross a line end), but three stages look across lines:
 * - defined terms: the brackets of `X（以下簡稱「Y」）` and `AMD(超威…)` may be split by a line break, and a
 *   `《title》` or spelled-out name before them may sit on the line above;
 * - headings: a numbered line reads the line above it (a list item after a colon), a plain heading
 *   needs both neighbours;
 * - fences (```) switch heading detection off for the rest of the text (handled by the caller).
 * So a block starts only at a line that follows a sentence (its last character is 。！？) and that
 * itself begins with a Han character but no heading number: no bracket, quote or name can reach across,
 * and both lines read the same whatever comes before them. A line numbered 第X篇/章/節/條 may start one
 * too, after any sentence, numbered or not: such a line reads no line above it, so a law or a regulation,
 * all articles, is not one block. A GB/T-numbered line (一、（一）1.（1）) reads the line above (an item
 * after a colon or another item is a list item, not a heading): it may start a block when that line is
 * what it is on its own (`classifiesAlone`), so a long list is not one block either.
 */

const SENTENCE_END = '。！？';
/** Numbers whose lines are headings or not whatever the lines above them say. */
const CONTEXT_FREE: ReadonlySet<NumberStyle> = new Set<NumberStyle>(['part', 'chapter', 'section', 'article']);
const HAN = /^\p{Script=Han}/u;

/** Bounds of the line starting at `start`, without its LF (a CR before it stays). */
export function lineEndAt(text: string, start: number): number {
  const nl = text.indexOf('\n', start);
  return nl === -1 ? text.length : nl;
}

/**
 * Whether a block may start at `lineStart` (a line start, not 0) given the previous line.
 *
 * isBlockStart('甲。\n乙', 3) === true; isBlockStart('甲：\n乙', 3) === false
 */
export function isBlockStart(text: string, lineStart: number): boolean {
  if (lineStart <= 0 || lineStart >= text.length || text[lineStart - 1] !== '\n') return false;
  const marker = readNumberMarker(text, lineStart);
  if (!marker && !HAN.test(text.slice(lineStart, lineStart + 2))) return false;
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const previous = text.slice(prevStart, lineStart - 1).trim();
  if (previous.length === 0 || !SENTENCE_END.includes(previous[previous.length - 1])) return false;
  if (marker) {
    // 第X條 reads no line above; a GB/T number reads the line above as the block would: alone.
    return CONTEXT_FREE.has(marker.style) || classifiesAlone(text, prevStart, lineStart - 1);
  }
  const lead = text.slice(prevStart, lineStart - 1).search(/\S/);
  return readNumberMarker(text, prevStart + lead) === undefined;
}

/**
 * Block starts for [from, to) of `text` (both line starts, or `to` the text's end): `from` itself, then
 * the first admissible line start after each `minLength` characters.
 *
 * blockStarts('甲。\n乙。\n丙', 0, 8, 1) → [0, 3, 6]
 */
export function blockStarts(text: string, from: number, to: number, minLength: number): number[] {
  const starts = [from];
  for (let at = nextBlockStart(text, from, to, minLength); at < to; at = nextBlockStart(text, at, to, minLength)) starts.push(at);
  return starts;
}

/**
 * The block start after the one at `from`: the first admissible line start at least `minLength`
 * characters on, or `to` when there is none before it. `checked`, a line start, says that the line
 * starts before it were looked at already and are none.
 *
 * nextBlockStart('甲。\n乙。\n丙', 0, 8, 1) === 3
 */
export function nextBlockStart(text: string, from: number, to: number, minLength: number, checked = 0): number {
  const next = from + minLength;
  if (next >= to) return to;
  // The first line start at or after `next`.
  let at = text[next - 1] === '\n' ? next : lineEndAt(text, next) + 1;
  if (checked > at) at = checked;
  while (at < to && !isBlockStart(text, at)) at = lineEndAt(text, at) + 1;
  return Math.min(at, to);
}
