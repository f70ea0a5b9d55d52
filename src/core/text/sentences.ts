import type { Span } from '../types';

/**
 * Sentence and clause segmentation for Chinese policy prose, by offsets into the text.
 *
 * A sentence ends after 。！？!? (and after any closing quotes or brackets that follow them, so
 * `“…未來。”` is one sentence) and at every line end; CR and LF both end a line. Clauses split a
 * sentence at ，,；;：: — except a comma or colon between two digits (`1,234`, `10:30`) and any
 * separator inside 《…》 (`《杭州模式:DeepSeek與中國算谷》` is one clause).
 */

const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '〉', '】', ']', '"', "'"]);
const CLAUSE_SEPARATOR_CODES = new Set([...'，,；;：:'].map((c) => c.charCodeAt(0)));
const TITLE_OPEN = '《'.charCodeAt(0);
const TITLE_CLOSE = '》'.charCodeAt(0);
const COMMA = ','.charCodeAt(0);
const COLON = ':'.charCodeAt(0);
/** Where a sentence may end: a terminator or a line break. */
const BOUNDARY = /[。！？!?\r\n]/g;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0';
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isTerminator(c: string): boolean {
  return c === '。' || c === '！' || c === '？' || c === '!' || c === '?';
}

function isTerminatorOrCloser(c: string): boolean {
  return isTerminator(c) || CLOSERS.has(c);
}

/**
 * Where the words of sentence `s` end: before its 。！？ and the closing quotes or brackets after them, or its end
 * when it has no terminator (closing brackets alone are words: 增長35%（2023年）). A source cited there belongs to it.
 *
 * sentenceWordsEnd('他說：「增長35%。」', { start: 0, end: 11 }) === 9
 */
export function sentenceWordsEnd(text: string, s: Span): number {
  let closed = s.end;
  while (closed > s.start && CLOSERS.has(text[closed - 1])) closed--;
  let words = closed;
  while (words > s.start && isTerminator(text[words - 1])) words--;
  return words < closed ? words : s.end;
}

/**
 * Sentences of the text, in order, without leading or trailing blanks; blank stretches yield none.
 *
 * splitSentences('據X,甲。乙！\r\n丙') → spans of '據X,甲。', '乙！', '丙'
 */
export function splitSentences(text: string): Span[] {
  const bounds = sentenceBounds(text);
  const sentences: Span[] = new Array(bounds.count);
  for (let i = 0; i < bounds.count; i++) sentences[i] = { start: bounds.starts[i], end: bounds.ends[i] };
  return sentences;
}

/** Sentence bounds as parallel typed arrays: the same sentences as `splitSentences`, without an object each. */
export interface SentenceBounds {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

/** `splitSentences` in compact form, for callers that index millions of sentences. */
export function sentenceBounds(text: string): SentenceBounds {
  const length = text.length;
  let starts = new Int32Array(Math.max(16, length >> 5));
  let ends = new Int32Array(starts.length);
  let count = 0;
  const boundary = new RegExp(BOUNDARY.source, 'g');
  for (let from = 0; from < length; ) {
    boundary.lastIndex = from;
    const m = boundary.exec(text);
    let end: number;
    let next: number;
    if (!m) {
      end = next = length;
    } else if (m[0] === '\n' || m[0] === '\r') {
      end = m.index;
      next = m.index + 1;
    } else {
      end = m.index + 1;
      while (end < length && isTerminatorOrCloser(text[end])) end++;
      next = end;
    }
    let start = from;
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) {
      if (count === starts.length) {
        const grownStarts = new Int32Array(count * 2);
        const grownEnds = new Int32Array(count * 2);
        grownStarts.set(starts);
        grownEnds.set(ends);
        starts = grownStarts;
        ends = grownEnds;
      }
      starts[count] = start;
      ends[count] = end;
      count++;
    }
    from = next;
  }
  return { count, starts, ends };
}

/**
 * Clauses of one sentence (separators excluded, blanks trimmed, empty clauses dropped).
 *
 * splitClauses('據X,甲；乙', {start: 0, end: 6}) → spans of '據X', '甲', '乙'
 */
export function splitClauses(text: string, sentence: Span): Span[] {
  const clauses: Span[] = [];
  let start = sentence.start;
  let depth = 0;
  const push = (from: number, to: number) => {
    while (from < to && isSpace(text[from])) from++;
    while (to > from && isSpace(text[to - 1])) to--;
    if (to > from) clauses.push({ start: from, end: to });
  };
  // By character code: indexing a string (text[i]) makes a new string for each CJK character.
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = text.charCodeAt(i);
    if (c === TITLE_OPEN) depth++;
    else if (c === TITLE_CLOSE && depth > 0) depth--;
    else if (depth === 0 && CLAUSE_SEPARATOR_CODES.has(c)) {
      if ((c === COMMA || c === COLON) && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
      push(start, i);
      start = i + 1;
    }
  }
  push(start, sentence.end);
  return clauses;
}

/**
 * Index of the sentence containing `offset` (or the last one starting before it), -1 if none.
 * `starts` must be sorted, as `sentenceBounds` returns them.
 */
export function sentenceIndexAt(starts: ArrayLike<number>, count: number, offset: number): number {
  let lo = 0;
  let hi = count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
