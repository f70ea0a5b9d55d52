/**
 * Protection during conversion: spans left as written (URLs, `code spans`, 《titles》 on request, user words and
 * glossary terms with a fixed form) and custom phrase pairs written as the user wants them.
 *
 * How it converts: the text is cut at every protected span; each stretch between two spans goes through the
 * converter on its own and each span is written as its replacement (a kept span: itself; a custom phrase: its
 * target). So a dictionary phrase can never take characters from both sides of a span boundary: the neighbours of a
 * protected span are converted as if the span were a line break. That is the intended trade: the protected text is
 * exactly what the user asked for, and a neighbour may lose phrase context (s2t of 头发 with 头 protected gives
 * 头發, not 头髮, because 发 alone converts by its character default). Custom phrases therefore win over every
 * built-in dictionary phrase, even a longer one overlapping them.
 *
 * All spans lie within one line, so converting line-aligned chunks gives the same result as the whole text.
 */
import type { Span } from '../types';
import { DictionaryTrie } from './trie';

export type ProtectedKind = 'url' | 'code' | 'title' | 'word' | 'phrase';

export interface ProtectOptions {
  /** Words (user settings, glossary terms with a fixed form) kept exactly as written wherever they occur. */
  words?: readonly string[];
  /** Custom phrase pairs [source, target]: each source occurrence is written as target, never converted. */
  phrases?: readonly (readonly [string, string])[];
  /** Keep http(s)/ftp URLs and www. addresses as written (default true). */
  urls?: boolean;
  /** Keep Markdown `code spans` as written (default true). */
  codeSpans?: boolean;
  /** Keep 《book/document titles》 as written, brackets included (default false). */
  titles?: boolean;
}

export interface ProtectedSpan extends Span {
  kind: ProtectedKind;
  /** Exactly `input.slice(start, end)`. */
  text: string;
  /** What the span becomes in the output: `text` itself, or a custom phrase's target. */
  replacement: string;
}

/** A URL is ASCII (RFC 3986 characters): Chinese text right after it is not part of it. */
const URL_PATTERN = /\b(?:(?:https?|ftp):\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g;
const CODE_SPAN_PATTERN = /`[^`\r\n]+`/g;
const TITLE_PATTERN = /《[^《》\r\n]*》/g;
/** ASCII punctuation that ends a sentence rather than a URL. */
const URL_TRAILING = /[.,;:!?)\]]+$/;

/**
 * The spans of `text` to keep out of conversion, sorted and not overlapping (an earlier span wins; at the same
 * start, the longer one). Example: `findProtectedSpans('见 `npm test`', {})` → one 'code' span over `` `npm test` ``.
 */
export function findProtectedSpans(text: string, options: ProtectOptions): ProtectedSpan[] {
  const found: ProtectedSpan[] = [];
  const add = (kind: ProtectedKind, start: number, end: number, replacement?: string) => {
    const spanText = text.slice(start, end);
    found.push({ kind, start, end, text: spanText, replacement: replacement ?? spanText });
  };
  if (options.codeSpans !== false) {
    for (const m of text.matchAll(CODE_SPAN_PATTERN)) add('code', m.index, m.index + m[0].length);
  }
  if (options.urls !== false) {
    for (const m of text.matchAll(URL_PATTERN)) {
      const url = m[0].replace(URL_TRAILING, '');
      add('url', m.index, m.index + url.length);
    }
  }
  if (options.titles === true) {
    for (const m of text.matchAll(TITLE_PATTERN)) add('title', m.index, m.index + m[0].length);
  }
  if ((options.words?.length ?? 0) + (options.phrases?.length ?? 0) > 0) {
    for (const hit of findWordsAndPhrases(text, options)) add(hit.kind, hit.start, hit.end, hit.replacement);
  }
  return withoutOverlaps(found);
}

interface WordHit extends Span {
  kind: 'word' | 'phrase';
  replacement: string;
}

/** Leftmost-longest occurrences of user words and phrase sources, with the converters' own trie. */
function findWordsAndPhrases(text: string, options: ProtectOptions): WordHit[] {
  const trie = new DictionaryTrie();
  const kinds = new Map<string, 'word' | 'phrase'>();
  // A word is a phrase to itself; when a word and a phrase share a source, the phrase (added last) wins.
  for (const word of options.words ?? []) {
    if (word.length === 0 || /[\r\n]/.test(word)) continue;
    trie.addWord(word, word);
    kinds.set(word, 'word');
  }
  for (const [source, target] of options.phrases ?? []) {
    if (source.length === 0 || /[\r\n]/.test(source)) continue;
    trie.addWord(source, target);
    kinds.set(source, 'phrase');
  }
  const hits: WordHit[] = [];
  for (let i = 0; i < text.length; ) {
    const end = trie.match(text, i);
    if (end !== -1) {
      hits.push({ kind: kinds.get(text.slice(i, end)) ?? 'word', start: i, end, replacement: trie.lastValue });
      i = end;
    } else {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    }
  }
  return hits;
}

function withoutOverlaps(spans: ProtectedSpan[]): ProtectedSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ProtectedSpan[] = [];
  let reached = 0;
  for (const span of spans) {
    if (span.start < reached || span.end === span.start) continue;
    kept.push(span);
    reached = span.end;
  }
  return kept;
}

/**
 * Converts the stretches of `text` between `spans` (sorted, not overlapping) with `convert`, and writes each span
 * as its replacement. Example: with `软件` protected, `convertAroundProtected('软件和硬件', spans, s2twp)` → `'软件和硬體'`.
 */
export function convertAroundProtected(text: string, spans: readonly ProtectedSpan[], convert: (s: string) => string): string {
  const out: string[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) out.push(convert(text.slice(at, span.start)));
    out.push(span.replacement);
    at = span.end;
  }
  if (at < text.length) out.push(convert(text.slice(at)));
  return out.join('');
}
