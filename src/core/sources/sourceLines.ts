import type { Citation, Span } from '../types';
import { structuralHeadingTest } from '../outline/headings';
import { agencyFrom } from './cues';
import { firstNotBefore } from '../spans';

/**
 * `資料來源：X` lines under a table or figure, and the stretch of text each one covers.
 *
 * A source line covers the lines directly above it, up to the previous blank line or numbered,
 * Markdown, caption or matter heading (a caption such as `表1 …` bounds its table), at most 200 lines:
 * - when the line right above is prose (ends with 。！？ or is longer than 40 characters and is
 *   no table row), only that paragraph;
 * - otherwise the run of table rows above it (rows with | or tabs, or short lines without final
 *   punctuation, as tables copied from web pages come one cell per line), stopping before the
 *   first prose line, which usually introduces the table.
 */

export interface SourceBlock extends Span {
  citation: Citation;
}

const SOURCE_LINE = /^(?:資料來源|资料来源|數據來源|数据来源|來源|来源|Sources?)[ \t\u3000]*[:：][ \t\u3000]*/i;
const PROSE_MIN = 40;

function isProse(line: string): boolean {
  if (line.includes('|') || line.includes('\t')) return false;
  const last = line.replace(/[”’」』）)】\]]+$/, '').slice(-1);
  return '。！？!?'.includes(last) || line.length > PROSE_MIN;
}

const SOURCE_LINE_ANYWHERE =
  /^[ \t\u3000]*(?:資料來源|资料来源|數據來源|数据来源|來源|来源|Sources?)[ \t\u3000]*[:：]/gim;
/** How far up a source line may reach. */
const BLOCK_MAX_LINES = 200;

/** Bounds of the line that starts at `start`, without its CR/LF, and its trimmed content. */
function lineAt(text: string, start: number): { start: number; end: number; content: string } {
  const nl = text.indexOf('\n', start);
  const end = nl === -1 ? text.length : nl;
  return { start, end, content: text.slice(start, end).trim() };
}

/** The block of a sorted list of source blocks that covers `offset` (start ≤ offset < end), by binary search. */
export function sourceBlockAt(blocks: readonly SourceBlock[], offset: number): SourceBlock | undefined {
  const b = blocks[firstNotBefore(blocks, (x) => x.end <= offset)];
  return b !== undefined && b.start <= offset ? b : undefined;
}

/** Source lines of the text and the spans they cover, sorted by start. */
export function findSourceBlocks(text: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const isHeadingLine = structuralHeadingTest(text);
  const finder = new RegExp(SOURCE_LINE_ANYWHERE.source, 'gim');
  for (let m = finder.exec(text); m; m = finder.exec(text)) {
    const line = lineAt(text, m.index);
    finder.lastIndex = Math.max(line.end, m.index + 1);
    const citation = sourceLineCitation(text, line.start, line.end);
    if (!citation) continue;
    // The lines above, up to a blank line, another source line or BLOCK_MAX_LINES.
    const above: { start: number; end: number; content: string }[] = [];
    for (let start = line.start; start > 0 && above.length < BLOCK_MAX_LINES; ) {
      const prevStart = text.lastIndexOf('\n', start - 2) + 1;
      const prev = lineAt(text, prevStart);
      if (prev.content.length === 0 || SOURCE_LINE.test(prev.content)) break;
      above.push(prev);
      start = prevStart;
    }
    if (above.length === 0) continue;
    let top = -1;
    for (let k = 0; k < above.length; k++) {
      const row = above[k];
      // A heading (the caption above a table) bounds the block.
      if (isHeadingLine(row.start, row.end)) break;
      if (isProse(row.content)) {
        if (k === 0) top = row.start;
        break;
      }
      top = row.start;
    }
    if (top !== -1) blocks.push({ start: top, end: line.start, citation });
  }
  return blocks;
}

function sourceLineCitation(text: string, lineStart: number, lineEnd: number): Citation | undefined {
  const raw = text.slice(lineStart, lineEnd);
  const lead = raw.length - raw.trimStart().length;
  const content = raw.trim().replace(/[。.]$/, '');
  const label = SOURCE_LINE.exec(content);
  if (!label) return undefined;
  const value = content.slice(label[0].length).trim();
  if (value.length === 0) return undefined;
  const start = lineStart + lead;
  const citation: Citation = { start, end: start + content.length, text: content };
  const open = value.indexOf('《');
  const close = open === -1 ? -1 : value.indexOf('》', open + 1);
  if (open !== -1 && close !== -1) {
    citation.title = value.slice(open + 1, close);
    const { publisher } = agencyFrom(value.slice(0, open));
    if (publisher) citation.publisher = publisher;
  } else {
    citation.publisher = value;
  }
  return citation;
}
