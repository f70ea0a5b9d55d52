import type { Analysis } from '../analysis';
import { lineOf } from '../text/lines';

export type TableFormat = 'markdown' | 'csv';

const HEADER = ['figure', 'kind', 'value', 'unit', 'approx', 'source', 'line'];

function rows(a: Analysis): string[][] {
  return a.figures.map((f) => [
    f.text,
    f.kind,
    f.range ? `${f.range[0]}–${f.range[1]}` : f.value === null ? '' : String(f.value),
    f.unit ?? '',
    f.approx ? 'yes' : 'no',
    f.source ? [f.source.publisher, f.source.title && `《${f.source.title}》`].filter(Boolean).join(' ') || f.source.text : '',
    String(lineOf(a.lineStarts, f.start) + 1),
  ]);
}

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function markdownCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * The document's figures as a table: figure, kind, value, unit, approx, source, line.
 *
 * figureTable(analyze('據瑞穗證券估計，英偉達控制著70%~ 95% 的市場。'), 'csv').split('\n')[1]
 *   === '70%~ 95%,percent,70–95,%,no,瑞穗證券,1'
 */
export function figureTable(a: Analysis, format: TableFormat): string {
  const body = rows(a);
  if (format === 'csv') return [HEADER, ...body].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
  const line = (r: string[]): string => `| ${r.map(markdownCell).join(' | ')} |`;
  return [line(HEADER), `|${HEADER.map(() => ' --- ').join('|')}|`, ...body.map(line)].join('\n') + '\n';
}
