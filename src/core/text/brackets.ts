import type { Problem } from '../types';

const PAIRS: Readonly<Record<string, string>> = {
  '《': '》', '〈': '〉', '“': '”', '‘': '’', '「': '」', '『': '』', '（': '）', '【': '】', '〔': '〕',
};
const CLOSERS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(PAIRS).map(([o, c]) => [c, o]));

/**
 * Unbalanced full-width brackets and quotation marks, checked paragraph by paragraph (a line
 * is a paragraph in these texts): a closer with no opener, a closer that does not match the
 * innermost opener, and openers left open at the end of the line.
 *
 * findUnbalancedBrackets('見《報告')[0].code === 'unbalanced-bracket'
 */
export function findUnbalancedBrackets(text: string): Problem[] {
  const problems: Problem[] = [];
  const open: number[] = [];
  const flush = (): void => {
    for (const at of open) problems.push(problem(at, `'${text[at]}' is not closed by '${PAIRS[text[at]]}' in this paragraph`));
    open.length = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      flush();
    } else if (PAIRS[c] !== undefined) {
      open.push(i);
    } else if (CLOSERS[c] !== undefined) {
      const top = open.length > 0 ? open[open.length - 1] : -1;
      if (top >= 0 && text[top] === CLOSERS[c]) {
        open.pop();
      } else if (top >= 0 && open.some((at) => text[at] === CLOSERS[c])) {
        // The closer matches an outer opener: the inner ones were never closed.
        while (open.length > 0 && text[open[open.length - 1]] !== CLOSERS[c]) {
          const at = open.pop()!;
          problems.push(problem(at, `'${text[at]}' is not closed by '${PAIRS[text[at]]}' before '${c}'`));
        }
        open.pop();
      } else {
        problems.push(problem(i, `'${c}' has no opening '${CLOSERS[c]}'`));
      }
    }
  }
  flush();
  return problems.sort((a, b) => a.start - b.start);
}

function problem(at: number, message: string): Problem {
  return { code: 'unbalanced-bracket', message, start: at, end: at + 1, severity: 'warning' };
}
