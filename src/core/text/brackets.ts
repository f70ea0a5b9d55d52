import type { Problem } from '../types';
import { MESSAGE, says, type Says } from '../messages';

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
    for (const at of open) problems.push(problem(at, says(MESSAGE.bracketNotClosed, text[at], PAIRS[text[at]])));
    open.length = 0;
  };
  // By character code: indexing a string (text[i]) makes a new string for each CJK character.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = code < KIND.length ? KIND[code] : 0;
    if (kind === 0) continue;
    if (kind === LINE_END) {
      flush();
    } else if (kind === OPENER) {
      open.push(i);
    } else {
      const opener = OPENER_OF.get(code)!;
      const top = open.length > 0 ? open[open.length - 1] : -1;
      if (top >= 0 && text.charCodeAt(top) === opener) {
        open.pop();
      } else if (top >= 0 && open.some((at) => text.charCodeAt(at) === opener)) {
        // The closer matches an outer opener: the inner ones were never closed.
        while (open.length > 0 && text.charCodeAt(open[open.length - 1]) !== opener) {
          const at = open.pop()!;
          problems.push(problem(at, says(MESSAGE.bracketNotClosedBefore, text[at], PAIRS[text[at]], text[i])));
        }
        open.pop();
      } else {
        problems.push(problem(i, says(MESSAGE.bracketNotOpened, text[i], CLOSERS[text[i]])));
      }
    }
  }
  flush();
  return problems.sort((a, b) => a.start - b.start);
}

const LINE_END = 1;
const OPENER = 2;
const CLOSER = 3;
/** What each character code below U+FFFF is to the check (0: nothing). */
const KIND = new Uint8Array(0x10000);
/** The opener's code for each closer's. */
const OPENER_OF = new Map<number, number>();
KIND[10] = LINE_END;
for (const [o, c] of Object.entries(PAIRS)) {
  KIND[o.charCodeAt(0)] = OPENER;
  KIND[c.charCodeAt(0)] = CLOSER;
  OPENER_OF.set(c.charCodeAt(0), o.charCodeAt(0));
}

function problem(at: number, message: Says): Problem {
  return { code: 'unbalanced-bracket', ...message, start: at, end: at + 1, severity: 'warning' };
}
