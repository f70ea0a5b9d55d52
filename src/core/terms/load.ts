import { isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node, Pair, YAMLError, YAMLMap } from 'yaml';
import type { GlossaryEntry, GlossarySource } from '../types';
import { lineOf, lineStarts } from '../text/lines';
import { foldVariants } from '../text/variants';
import { firstNotBefore } from '../spans';
import { GLOSSARY_MESSAGE as M, says, type MessageTemplate, type Says } from '../messages';

/** A problem in a glossary file, 1-based line and column (UTF-16 units, as editors count). */
export interface GlossaryError {
  file: string;
  line: number;
  column: number;
  /** In English (the CLI's form). */
  message: string;
  /** The English message with {0}, {1} … for `args`: the key of its translation (core/messages.ts). */
  template: MessageTemplate;
  args: readonly (string | number)[];
  /** Errors drop what they point at (an entry, a url); warnings drop nothing. */
  severity: 'error' | 'warning';
}

export interface LoadedGlossary {
  entries: GlossaryEntry[];
  errors: GlossaryError[];
}

const entryKeys = new Set(['term', 'aliases', 'definition', 'category', 'source', 'see']);
const sourceKeys = new Set(['title', 'url', 'publisher', 'date', 'authors']);

/**
 * 'file:line:column: message', the form terminals and problem matchers link.
 *
 * formatGlossaryError({ file: 'g.yaml', line: 7, column: 5, message: 'terms[2].definition must be a string', … })
 *   === 'g.yaml:7:5: terms[2].definition must be a string'
 */
export function formatGlossaryError(e: GlossaryError, message = e.message): string {
  return `${e.file}:${e.line}:${e.column}: ${message}`;
}

/**
 * Reads a glossary file's text — JSON for `.json`, YAML otherwise — in the form
 * `{ "terms": [ { "term", "aliases"?, "definition", "category"?, "source"?, "see"? } ] }`.
 * Never throws: syntax errors, wrong types and missing fields come back as errors with the file,
 * line and column; an invalid entry is skipped and the valid ones are kept.
 *
 * loadGlossaryText('terms:\n  - term: 算力\n    definition: 計算能力\n', 'g.yaml').entries[0].origin
 *   → { kind: 'file', file: 'g.yaml', line: 2 }
 */
export function loadGlossaryText(text: string, file: string): LoadedGlossary {
  try {
    const loaded = readGlossary(text, file);
    // In the order of the file, whichever check found them (the parser's, the top level's, the entries').
    loaded.errors.sort((a, b) => a.line - b.line || a.column - b.column);
    return loaded;
  } catch (e) {
    // Only pathological input gets here (nesting deep enough to exhaust the stack).
    const message = says(M.unreadable, e instanceof Error ? e.message : String(e));
    return { entries: [], errors: [{ file, line: 1, column: 1, ...message, severity: 'error' }] };
  }
}

function readGlossary(text: string, file: string): LoadedGlossary {
  // A byte-order mark becomes a space so that offsets stay those of the file.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const starts = lineStarts(source);
  const errors: GlossaryError[] = [];
  const report = (offset: number, message: Says, severity: GlossaryError['severity'] = 'error') => {
    const at = Math.max(0, Math.min(offset, source.length));
    const line = lineOf(starts, at);
    errors.push({ file, line: line + 1, column: at - starts[line] + 1, ...message, severity });
  };

  // Brackets nested thousands deep exhaust the parsers' stacks (or take seconds): said where they go too deep.
  const json = /\.json$/i.test(file);
  const shape = shapeOf(source, json);
  if (shape.tooDeep >= 0) {
    report(shape.tooDeep, says(M.tooDeep, MAX_NESTING));
    return { entries: [], errors };
  }

  let jsonFailed = false;
  if (json) {
    const syntax = jsonSyntaxError(source);
    if (syntax) {
      jsonFailed = true;
      report(syntax.offset, syntax);
    }
  }
  // YAML 1.2 reads JSON too and keeps every node's offsets. After a JSON mistake that YAML
  // tolerates (a trailing comma) the entries are still read; after any other, nothing is.
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false });
  if (jsonFailed && doc.errors.length > 0) return { entries: [], errors };
  if (!jsonFailed) {
    const reportError = parserErrors(doc, source, shape, starts);
    for (const e of doc.errors) reportError(e, report);
    const reportWarning = parserErrors(doc, source, shape, starts);
    for (const w of doc.warnings) reportWarning(w, (offset, message) => report(offset, message, 'warning'));
  }

  const root = doc.contents;
  const entries: GlossaryEntry[] = [];
  // An empty file (or comments only) is a glossary begun; `null` or "" written out is not one.
  if (root === null) {
    if (errors.length === 0) report(0, says(M.noTerms), 'warning');
    return { entries, errors };
  }
  if (!isMap(root)) {
    report(offsetOf(root), says(M.topLevel));
    return { entries, errors };
  }
  let termsNode: unknown;
  for (const pair of root.items) {
    const key = keyOf(pair);
    // The first of two "terms" is read, as the first of two keys of an entry (the parser reports the second).
    if (key === 'terms') termsNode ??= pair.value;
    else if (key !== '$schema') report(offsetOf(pair.key), says(M.unknownTopProperty, key), 'warning');
  }
  if (termsNode === undefined) {
    report(offsetOf(root), says(M.missingTerms));
    return { entries, errors };
  }
  if (!isSeq(termsNode)) {
    report(offsetOf(termsNode), says(M.termsNotList));
    return { entries, errors };
  }
  const seen = new Map<string, number>();
  termsNode.items.forEach((item, index) => {
    const entry = readEntry(item, `terms[${index}]`, file, report, starts);
    if (!entry) return;
    const key = foldVariants(entry.term);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      report(offsetOf(item), says(M.duplicateTerm, entry.term, earlier), 'warning');
    }
    seen.set(key, entry.origin.line ?? 0);
    entries.push(entry);
  });
  return { entries, errors };
}

/** The last of `offsets` (in order) not after `at`, or undefined. */
function lastNotAfter(offsets: readonly number[], at: number): number | undefined {
  const k = firstNotBefore(offsets, (o) => o <= at);
  return k > 0 ? offsets[k - 1] : undefined;
}

/**
 * Reports a parser's error in words of our own where there are some (so in the user's language), else the parser's.
 * A key given twice is named, at the second key: the parser points at it, or, after an empty value, at the end of
 * the line before it; the keys are gathered once, on the first such error (a file may have thousands).
 */
function parserErrors(doc: Document, source: string, shape: Shape, starts: readonly number[]): (e: YAMLError, report: Report) => void {
  let keys: { start: number; key: string }[] | undefined;
  // One mistake often makes the parser report two or three at one place (a key indented too far is also "on two
  // lines"): the first says it best.
  let lastAt = -1;
  return (e, report) => {
    if (e.code === 'DUPLICATE_KEY') {
      keys ??= scalarKeys(doc);
      const next = keys[firstNotBefore(keys, (k) => k.start < e.pos[0])];
      // At most on the next line: an empty key is no scalar, and the next one found would be another key.
      if (next && lineOf(starts, next.start) <= lineOf(starts, e.pos[0]) + 1) return report(next.start, says(M.duplicateKey, next.key));
    }
    if (e.pos[0] === lastAt) return;
    lastAt = e.pos[0];
    const words = ownWords(e);
    // The parser finds an unclosed quote or bracket where it gives up, lines later: said where the scan saw it open
    // (the last such one before).
    let at = e.pos[0];
    if (words?.template === M.yamlUnclosedQuote) {
      at = lastNotAfter(shape.unclosedQuotes.filter((q) => source[q] === words.args[0]), at) ?? at;
    } else if (words?.template === M.yamlFlowNotClosed) {
      at = lastNotAfter(shape.unclosedBrackets.filter((b) => b.char === words.args[0]).map((b) => b.at), at) ?? at;
    }
    report(at, words ?? says(M.yaml, e.message.split('\n')[0]));
  };
}

/**
 * The parser's error in our words, for the mistakes people make writing a glossary by hand (an unclosed quote or
 * bracket, a key indented off its entry's column, a colon in a plain value); undefined for the others. Where one code
 * covers several mistakes, its message tells them apart (the yaml package's version is pinned; the tests read each).
 */
function ownWords(e: YAMLError): Says | undefined {
  const message = e.message.split('\n')[0];
  switch (e.code) {
    case 'TAB_AS_INDENT':
      return says(M.tabIndent);
    case 'DUPLICATE_KEY':
      // Two empty keys (`: a` then `: b`): no key to name.
      return says(M.duplicateKey, '');
    case 'MISSING_CHAR': {
      const quote = /^Missing closing (["'])quote/.exec(message);
      if (quote) return says(M.yamlUnclosedQuote, quote[1]);
      if (message.startsWith('Sequence item without')) return says(M.yamlItemIndent);
      if (message.startsWith('Implicit map keys need to be followed')) return says(M.yamlKeyWithoutValue);
      return flowNotClosed(message);
    }
    case 'BAD_INDENT':
      return flowNotClosed(message) ?? says(M.yamlStructure);
    case 'MULTILINE_IMPLICIT_KEY':
      return says(M.yamlKeyOnOneLine);
    case 'BLOCK_AS_IMPLICIT_KEY':
      return says(message.startsWith('Nested mappings') ? M.yamlNestedOnOneLine : M.yamlStructure);
    case 'MULTIPLE_DOCS':
      return says(M.yamlMultipleDocuments);
    case 'UNEXPECTED_TOKEN':
      return says(M.yamlUnexpected);
    case 'BAD_DQ_ESCAPE': {
      const escape = /escape sequence (\S+)/.exec(message);
      return escape ? says(M.yamlBadEscape, escape[1]) : undefined;
    }
    case 'BAD_SCALAR_START': {
      const reserved = /reserved character (\S)/.exec(message);
      return reserved ? says(M.yamlReservedStart, reserved[1]) : undefined;
    }
    default:
      return undefined;
  }
}

/** A `[`/`{` collection that does not end with its bracket, from the parser's message; else undefined. */
function flowNotClosed(message: string): Says | undefined {
  const flow = /^(?:Expected )?[Ff]low \w+\b.*\bend with an? ([\]}])/.exec(message);
  if (!flow) return undefined;
  return says(M.yamlFlowNotClosed, flow[1] === ']' ? '[' : '{', flow[1]);
}

/** Every scalar key of a document, in the order of the text. */
function scalarKeys(doc: Document): { start: number; key: string }[] {
  const keys: { start: number; key: string }[] = [];
  visit(doc, {
    Pair: (_, pair) => {
      if (isScalar(pair.key) && pair.key.range) keys.push({ start: pair.key.range[0], key: pair.key.value === null ? '' : String(pair.key.value) });
    },
  });
  return keys.sort((a, b) => a.start - b.start);
}

type Report = (offset: number, message: Says, severity?: GlossaryError['severity']) => void;
/** Reports a problem with the entry at `path` (its first argument) and marks the entry invalid. */
type Fail = (node: unknown, template: (typeof M)[keyof typeof M], ...args: (string | number)[]) => void;

function readEntry(item: unknown, path: string, file: string, report: Report, starts: number[]): GlossaryEntry | undefined {
  if (!isMap(item)) {
    report(offsetOf(item), says(M.entryNotMapping, path));
    return undefined;
  }
  let valid = true;
  const fail: Fail = (node, template, ...args) => {
    report(offsetOf(node), says(template, path, ...args));
    valid = false;
  };
  for (const pair of item.items) {
    const key = keyOf(pair);
    if (!entryKeys.has(key)) report(offsetOf(pair.key), says(M.unknownEntryProperty, path, key), 'warning');
  }
  const termPair = pairOf(item, 'term');
  const term = termPair ? stringOf(termPair.value) : undefined;
  if (!termPair) fail(item, M.termRequired);
  else if (term === undefined || term.trim() === '') fail(termPair.value ?? termPair.key, M.termNotString);
  else if (LINE_BREAK.test(term.trim())) fail(termPair.value ?? termPair.key, M.termLineBreak);

  const definitionPair = pairOf(item, 'definition');
  const definition = definitionPair ? stringOf(definitionPair.value) : undefined;
  if (!definitionPair) fail(item, M.definitionRequired);
  else if (definition === undefined) fail(definitionPair.value ?? definitionPair.key, M.definitionNotString);

  const aliases = stringList(item, 'aliases', 'aliases', fail) ?? [];
  const see = stringList(item, 'see', 'see', fail);
  const categoryPair = pairOf(item, 'category');
  const category = categoryPair ? stringOf(categoryPair.value) : undefined;
  if (categoryPair && category === undefined) fail(categoryPair.value ?? categoryPair.key, M.categoryNotString);
  const source = readSource(item, path, fail, report);
  if (!valid || term === undefined || definition === undefined) return undefined;

  const line = lineOf(starts, offsetOf(termPair?.key)) + 1;
  const entry: GlossaryEntry = { term: term.trim(), aliases, definition, origin: { kind: 'file', file, line } };
  if (category !== undefined) entry.category = category;
  if (source) entry.source = source;
  if (see) entry.see = see;
  return entry;
}

function readSource(
  item: YAMLMap,
  path: string,
  fail: Fail,
  report: Report,
): GlossarySource | undefined {
  const pair = pairOf(item, 'source');
  if (!pair) return undefined;
  const node = pair.value;
  if (!isMap(node)) {
    fail(node ?? pair.key, M.sourceNotMapping);
    return undefined;
  }
  for (const p of node.items) {
    const key = keyOf(p);
    if (!sourceKeys.has(key)) report(offsetOf(p.key), says(M.unknownSourceProperty, path, key), 'warning');
  }
  const titlePair = pairOf(node, 'title');
  const title = titlePair ? stringOf(titlePair.value) : undefined;
  if (!titlePair) fail(node, M.titleRequired);
  else if (title === undefined) fail(titlePair.value ?? titlePair.key, M.titleNotString);
  const out: GlossarySource = { title: title ?? '' };
  for (const key of ['publisher', 'date'] as const) {
    const p = pairOf(node, key);
    if (!p) continue;
    const value = stringOf(p.value);
    if (value === undefined) fail(p.value ?? p.key, M.sourceFieldNotString, key);
    else out[key] = value;
  }
  const authors = stringList(node, 'authors', 'source.authors', fail);
  if (authors) out.authors = authors;
  const urlPair = pairOf(node, 'url');
  if (urlPair) {
    const url = stringOf(urlPair.value);
    if (url === undefined) fail(urlPair.value ?? urlPair.key, M.urlNotString);
    // Hovers render the url as a link; anything but http(s) (javascript:, file:, command:) is refused.
    else if (!/^https?:\/\/[^\s/?#]+/i.test(url)) report(offsetOf(urlPair.value), says(M.urlNotHttp, path));
    else out.url = url;
  }
  return out;
}

/**
 * A term or alias spelled over two lines (a YAML `|` block) is a slip: it could only be found in a text that
 * breaks the line at the same place, and the editor would then have to analyse every draft whole at each edit.
 */
const LINE_BREAK = /[\r\n]/;

/** How deep `[` and `{` may nest in a glossary file: its own form needs four (terms, an entry, its source or a list). */
const MAX_NESTING = 256;

/** What a scan of a glossary file's brackets and quotes finds (offsets). */
interface Shape {
  /** The bracket that first nests deeper than MAX_NESTING (the scan stops there), or -1. */
  tooDeep: number;
  /** The `[` and `{` never closed, in the order of the file. */
  unclosedBrackets: { at: number; char: string }[];
  /** The quotes that open a string never closed, in the order of the file. */
  unclosedQuotes: number[];
}

/**
 * The brackets and quotes of a glossary file, read as JSON or YAML reads them, without building anything: for the
 * parsers' sake (thousands of nested brackets exhaust their stacks) and to say where an unclosed one opens (the
 * parser finds it where it gives up, lines later).
 * - JSON: every quote opens a string, which ends at its line's end if not before; every bracket nests.
 * - YAML: a quote or bracket counts only where a value starts (a line's start, after `: `, `- `, `? `, an anchor or
 *   a tag, and after `[`, `{` or `,` in brackets): `China's` or `[0, 36000)元` inside plain text are text. What is
 *   open when a line starts no further in than the line it opened on is cut there (YAML continues a string or a
 *   bracket only on lines indented further). Block scalars (`|`, `>`) are skipped; `#` after a space starts a comment.
 */
function shapeOf(source: string, json: boolean): Shape {
  const unclosedBrackets: Shape['unclosedBrackets'] = [];
  const unclosedQuotes: number[] = [];
  const opened: { at: number; char: string; indent: number }[] = [];
  const n = source.length;
  let valueStart = true;
  let lineStart = 0;
  let lineIndent = 0;
  // The column of the key a YAML block scalar (`|`, `>`) belongs to: its text is the lines indented further.
  let keyColumn = 0;
  let blockColumn = -1;
  /** How many spaces start the line at `i`. */
  const indentAt = (i: number): number => {
    let e = i;
    while (e < n && source[e] === ' ') e++;
    return e - i;
  };
  /** Whether the line starting at `i` holds something (not blank, not only a comment). */
  const holdsText = (i: number): boolean => {
    let e = i;
    while (e < n && (source[e] === ' ' || source[e] === '\t')) e++;
    return e < n && source[e] !== '\n' && source[e] !== '\r' && source[e] !== '#';
  };
  for (let i = 0; i < n; i++) {
    const c = source[i];
    if (c === '\n') {
      lineStart = i + 1;
      lineIndent = indentAt(lineStart);
      valueStart = true;
      if (json || !holdsText(lineStart)) continue;
      if (blockColumn >= 0) {
        if (lineIndent > blockColumn) {
          while (i + 1 < n && source[i + 1] !== '\n') i++;
          continue;
        }
        blockColumn = -1;
      }
      if (opened.length > 0 && lineIndent <= opened[0].indent) {
        for (const o of opened) unclosedBrackets.push({ at: o.at, char: o.char });
        opened.length = 0;
      }
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (c === '#' && !json && (i === 0 || /\s/.test(source[i - 1]))) {
      while (i + 1 < n && source[i + 1] !== '\n') i++;
      continue;
    }
    const inFlow = opened.length > 0;
    const spaceAfter = /\s/.test(source[i + 1] ?? ' ');
    if (!json && !valueStart) {
      // Inside plain text: only what ends it counts.
      if (inFlow && c === ',') valueStart = true;
      else if (inFlow && (c === ']' || c === '}')) close(c);
      else if (c === ':' && (inFlow || spaceAfter)) valueStart = true;
      continue;
    }
    if (c === '[' || c === '{') {
      opened.push({ at: i, char: c, indent: lineIndent });
      if (opened.length > MAX_NESTING) return { tooDeep: i, unclosedBrackets, unclosedQuotes };
    } else if (c === ']' || c === '}') {
      close(c);
      valueStart = json;
    } else if (c === '"' || c === "'") {
      const open = i;
      const openIndent = lineIndent;
      // A quoted key: a block scalar after it belongs to its column.
      if (!json && !inFlow) keyColumn = i - lineStart;
      let closed = false;
      for (i++; i < n; i++) {
        const d = source[i];
        if (d === c) {
          // YAML doubles a single quote inside '…'.
          if (c === "'" && source[i + 1] === "'") i++;
          else {
            closed = true;
            break;
          }
        } else if (c === '"' && d === '\\') {
          i++;
        } else if (d === '\n') {
          const indent = indentAt(i + 1);
          // JSON strings hold no line break; YAML's go on only on lines indented further than their own.
          if (json || (holdsText(i + 1) && indent <= openIndent)) break;
          lineStart = i + 1;
          lineIndent = indent;
        }
      }
      if (!closed) {
        unclosedQuotes.push(open);
        // Read on from the line the string was cut at.
        i--;
      }
      valueStart = json;
    } else if (c === ',' || ((c === '-' || c === ':' || c === '?') && spaceAfter)) {
      // A block sequence's item: a block scalar (- |) belongs to the column of its dash.
      if (c === '-' && !inFlow) keyColumn = i - lineStart;
      valueStart = true;
    } else if (!json && (c === '&' || c === '!')) {
      // An anchor or a tag before the value: the value still starts after it. Its name ends at a space or at what
      // ends a value in brackets (&y], !!null}); a verbatim tag at its > (!<tag:yaml.org,2002:str>).
      const tagEnd = c === '!' && source[i + 1] === '<' ? source.indexOf('>', i) : -1;
      const lineEnd = source.indexOf('\n', i);
      if (tagEnd >= 0 && (lineEnd < 0 || tagEnd < lineEnd)) i = tagEnd;
      else while (i + 1 < n && !/[\s,[\]{}]/.test(source[i + 1])) i++;
    } else if (!json && !inFlow && (c === '|' || c === '>')) {
      blockColumn = keyColumn;
      valueStart = false;
    } else if (!json) {
      if (!inFlow) keyColumn = i - lineStart;
      valueStart = false;
    }
  }
  for (const o of opened) unclosedBrackets.push({ at: o.at, char: o.char });
  return { tooDeep: -1, unclosedBrackets, unclosedQuotes };

  /** Closes the innermost bracket if `c` closes it (a `}` does not close a `[`). */
  function close(c: string): void {
    const top = opened[opened.length - 1];
    if (top && (top.char === '[') === (c === ']')) opened.pop();
  }
}

/** A list of strings under `key` (`label` in messages), undefined when absent; reports and returns undefined when invalid. */
function stringList(map: YAMLMap, key: string, label: string, fail: Fail): string[] | undefined {
  const pair = pairOf(map, key);
  if (!pair) return undefined;
  const node = pair.value;
  if (!isSeq(node)) {
    fail(node ?? pair.key, M.notStringList, label);
    return undefined;
  }
  const out: string[] = [];
  let ok = true;
  node.items.forEach((child, i) => {
    const value = stringOf(child);
    if (value === undefined || value.trim() === '') {
      fail(child, M.emptyListItem, label, i);
      ok = false;
    } else if (LINE_BREAK.test(value.trim())) {
      fail(child, M.listItemLineBreak, label, i);
      ok = false;
    } else out.push(value.trim());
  });
  return ok ? out : undefined;
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => keyOf(p) === key) as Pair | undefined;
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** A scalar's text when it is a string (numbers and booleans are not definitions). */
function stringOf(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

function offsetOf(node: unknown): number {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : 0;
}

const jsonLiteral = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * The first syntax error of a JSON text, with its offset; undefined when the text is JSON.
 * (JSON.parse's messages carry no position on every Node version.)
 */
export function jsonSyntaxError(text: string): ({ offset: number } & Says) | undefined {
  let i = 0;
  const n = text.length;
  class JsonSyntax extends Error {
    constructor(
      readonly offset: number,
      readonly says: Says,
    ) {
      super(says.message);
    }
  }
  const fail = (message: Says, at = i): never => {
    throw new JsonSyntax(at, message);
  };
  /** What was found at `at` instead of what `template` expects ({0}), or the end of the file. */
  const found = (template: (typeof M)[keyof typeof M], at = i): never => fail(at >= n ? says(M.jsonEndOfFile) : says(template, `'${text[at]}'`), at);
  const space = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const string = () => {
    const open = i++;
    while (i < n && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail(says(c === 0x0a ? M.jsonUnterminatedString : M.jsonControlCharacter));
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail(says(M.jsonUnicodeEscape), i - 1);
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x') || i >= n) fail(says(M.jsonEscape), i - 1);
      }
      i++;
    }
    if (i >= n) fail(says(M.jsonUnterminatedString), open);
    i++;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (let comma = -1; ; ) {
        space();
        if (text[i] === '}' && comma >= 0) fail(says(M.jsonTrailingComma), comma);
        if (text[i] !== '"') found(M.jsonPropertyName);
        string();
        space();
        if (text[i] !== ':') found(M.jsonColon);
        i++;
        value();
        space();
        if (text[i] === ',') {
          comma = i++;
          continue;
        }
        if (text[i] === '}') return void i++;
        found(M.jsonObjectEnd);
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (let comma = -1; ; ) {
        space();
        if (text[i] === ']' && comma >= 0) fail(says(M.jsonTrailingComma), comma);
        value();
        space();
        if (text[i] === ',') {
          comma = i++;
          continue;
        }
        if (text[i] === ']') return void i++;
        found(M.jsonArrayEnd);
      }
    }
    if (c === '"') return string();
    jsonLiteral.lastIndex = i;
    const literal = jsonLiteral.exec(text);
    if (!literal) found(M.jsonUnexpected);
    else i += literal[0].length;
  };
  try {
    value();
    space();
    if (i < n) found(M.jsonAfterValue);
    return undefined;
  } catch (e) {
    if (e instanceof JsonSyntax) return { offset: e.offset, ...e.says };
    throw e;
  }
}
