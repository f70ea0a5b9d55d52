/**
 * Lazy OpenCC converters on opencc-js's dictionaries, and whole-text and chunked conversion.
 *
 * Nothing here loads a dictionary at import time. Next to the bundles each dictionary is a text file,
 * dist/opencc/<Name>.txt (esbuild.mjs writes them), read on first use, a piece at a time where a build is
 * stepped; where there is none (bundles of the unit tests) the opencc-js dictionary module is `require`d instead,
 * inside a function, so that a bundler wraps it in a lazy initialiser. A converter is built
 * once per configuration and kept (s2twp costs ~0.2 s to build), at once (`converterFor`) or a few
 * hundred dictionary entries at a time (`converterSteps`).
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ConverterFunction } from 'opencc-js/types/core';
import type { ConfigName } from './configs';
import { nextTurn, runSteps, stepBetweenTurns, SteppedBuild } from '../steps';
import { convertAroundProtected, findProtectedSpans, type ProtectOptions } from './protect';
import { DictionaryTrie, isDescriptionCharacter, unmatchedEnd } from './trie';

/** The dictionary files opencc-js 1.4.2 ships (dist/esm-lib/dict/*.js). */
export type DictionaryName =
  | 'CJK_Compatibility_Ideographs'
  | 'HKPhrases'
  | 'HKPhrasesRev'
  | 'HKVariants'
  | 'HKVariantsPhrases'
  | 'HKVariantsRev'
  | 'HKVariantsRevPhrases'
  | 'JPShinjitaiCharacters'
  | 'JPShinjitaiCharactersRev'
  | 'JPShinjitaiPhrases'
  | 'STCharacters'
  | 'STPhrases'
  | 'STPhrases_GeneratedFromRegionalPhrases'
  | 'TSCharacters'
  | 'TSPhrases'
  | 'TWPhrases'
  | 'TWPhrasesRev'
  | 'TWVariants'
  | 'TWVariantsPhrases'
  | 'TWVariantsRev'
  | 'TWVariantsRevPhrases';

interface DictionaryModule {
  default: string;
}

const loaded = new Set<DictionaryName>();

/** Dictionary entries read between two pauses of a stepped build (under a millisecond of trie building: a page
 * fault or a collection can stretch a step several times over, so steps are kept short). */
const ENTRIES_PER_STEP = 200;

/**
 * The text of one opencc-js dictionary ("source target|source target|…"), read whole.
 * Example: `openccDictionary('TWVariants').startsWith('僞 偽')`.
 */
export function openccDictionary(name: DictionaryName): string {
  loaded.add(name);
  const file = dictionaryFile(name);
  return file === undefined ? bundledDictionary(name) : readFileSync(file, 'utf8');
}

/**
 * The entries of one dictionary, in order: `openccDictionary(name).split('|')`, with its file read
 * FILE_PIECE_BYTES at a time (STPhrases is 1.9 MB: read, decoded and compiled at once as a module, it held the
 * extension host for 44–52 ms).
 */
export function* dictionaryEntries(name: DictionaryName): Generator<string, void, void> {
  const file = dictionaryFile(name);
  if (file === undefined) {
    yield* entriesOf(openccDictionary(name));
    return;
  }
  loaded.add(name);
  yield* fileEntries(file);
}

/**
 * The '|'-separated entries of a UTF-8 file, read `pieceBytes` at a time (each read opens and closes the file,
 * so a reader dropped half way holds nothing open).
 */
export function* fileEntries(file: string, pieceBytes = FILE_PIECE_BYTES): Generator<string, void, void> {
  const buffer = Buffer.allocUnsafe(Math.max(4, pieceBytes));
  let position = 0;
  /** Bytes of a character cut at the end of the last read, moved to the front of the buffer. */
  let kept = 0;
  let carry = '';
  for (;;) {
    const fd = openSync(file, 'r');
    let n: number;
    try {
      n = readSync(fd, buffer, kept, buffer.length - kept, position);
    } finally {
      closeSync(fd);
    }
    position += n;
    const filled = kept + n;
    // Up to a whole character: a UTF-8 character cut by the read waits for the next one.
    const whole = n === 0 ? filled : wholeCharacters(buffer, filled);
    const text = carry + buffer.toString('utf8', 0, whole);
    kept = filled - whole;
    buffer.copy(buffer, 0, whole, filled);
    if (n === 0) {
      yield* entriesOf(text);
      return;
    }
    const bar = text.lastIndexOf('|');
    if (bar === -1) {
      carry = text;
      continue;
    }
    yield* entriesOf(text.slice(0, bar));
    carry = text.slice(bar + 1);
  }
}

/** How many of the first `length` bytes of `bytes` end on a UTF-8 character boundary. */
function wholeCharacters(bytes: Buffer, length: number): number {
  // The last lead byte, at most three bytes back, and whether its character is complete.
  for (let back = 1; back <= Math.min(4, length); back++) {
    const b = bytes[length - back];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte
    const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return size > back ? length - back : length;
  }
  return length;
}

const FILE_PIECE_BYTES = 64 * 1024;

/** dist/opencc/<Name>.txt next to the bundle, or undefined where there is none. */
function dictionaryFile(name: DictionaryName): string | undefined {
  if (!dictionaryFiles.has(name)) {
    const file = join(__dirname, 'opencc', `${name}.txt`);
    dictionaryFiles.set(name, existsSync(file) ? file : undefined);
  }
  return dictionaryFiles.get(name);
}

const dictionaryFiles = new Map<DictionaryName, string | undefined>();

/**
 * The dictionary as opencc-js's own module, for bundles without the text files. Each `require` names its file
 * literally so that a bundler can find it and still keep it lazy.
 */
function bundledDictionary(name: DictionaryName): string {
  /* eslint-disable @typescript-eslint/no-require-imports */
  let module: DictionaryModule;
  switch (name) {
    case 'CJK_Compatibility_Ideographs': module = require('opencc-js/dict/CJK_Compatibility_Ideographs'); break;
    case 'HKPhrases': module = require('opencc-js/dict/HKPhrases'); break;
    case 'HKPhrasesRev': module = require('opencc-js/dict/HKPhrasesRev'); break;
    case 'HKVariants': module = require('opencc-js/dict/HKVariants'); break;
    case 'HKVariantsPhrases': module = require('opencc-js/dict/HKVariantsPhrases'); break;
    case 'HKVariantsRev': module = require('opencc-js/dict/HKVariantsRev'); break;
    case 'HKVariantsRevPhrases': module = require('opencc-js/dict/HKVariantsRevPhrases'); break;
    case 'JPShinjitaiCharacters': module = require('opencc-js/dict/JPShinjitaiCharacters'); break;
    case 'JPShinjitaiCharactersRev': module = require('opencc-js/dict/JPShinjitaiCharactersRev'); break;
    case 'JPShinjitaiPhrases': module = require('opencc-js/dict/JPShinjitaiPhrases'); break;
    case 'STCharacters': module = require('opencc-js/dict/STCharacters'); break;
    case 'STPhrases': module = require('opencc-js/dict/STPhrases'); break;
    case 'STPhrases_GeneratedFromRegionalPhrases': module = require('opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases'); break;
    case 'TSCharacters': module = require('opencc-js/dict/TSCharacters'); break;
    case 'TSPhrases': module = require('opencc-js/dict/TSPhrases'); break;
    case 'TWPhrases': module = require('opencc-js/dict/TWPhrases'); break;
    case 'TWPhrasesRev': module = require('opencc-js/dict/TWPhrasesRev'); break;
    case 'TWVariants': module = require('opencc-js/dict/TWVariants'); break;
    case 'TWVariantsPhrases': module = require('opencc-js/dict/TWVariantsPhrases'); break;
    case 'TWVariantsRev': module = require('opencc-js/dict/TWVariantsRev'); break;
    case 'TWVariantsRevPhrases': module = require('opencc-js/dict/TWVariantsRevPhrases'); break;
  }
  /* eslint-enable @typescript-eslint/no-require-imports */
  return module.default;
}

/** The entries of an opencc-js dictionary, source → target (all of the target, several candidates included). */
export function dictionaryPairs(name: DictionaryName): Map<string, string> {
  return runSteps(dictionaryPairSteps(name));
}

/** `dictionaryPairs(name)`, pausing (yielding) every ENTRIES_PER_STEP entries. */
export function* dictionaryPairSteps(name: DictionaryName): Generator<void, Map<string, string>, void> {
  const map = new Map<string, string>();
  let count = 0;
  for (const entry of dictionaryEntries(name)) {
    const space = entry.indexOf(' ');
    if (space > 0) map.set(entry.slice(0, space), entry.slice(space + 1));
    if (++count % ENTRIES_PER_STEP === 0) yield;
  }
  return map;
}

/**
 * The entries of a dictionary's text ("source target…|source target…|…"), in order, one at a time: what
 * `text.split('|')` gives, without making the whole array at once (STPhrases has 49,000).
 */
export function* entriesOf(text: string): Generator<string, void, void> {
  for (let at = 0; ; ) {
    const bar = text.indexOf('|', at);
    yield text.slice(at, bar === -1 ? text.length : bar);
    if (bar === -1) return;
    at = bar + 1;
  }
}

/** Which dictionaries have been loaded so far (for tests and memory reports). */
export function loadedDictionaries(): DictionaryName[] {
  return [...loaded].sort();
}

interface ConfigChain {
  /** Dictionaries that cut the text into words before conversion (OpenCC's mmseg segmentation). */
  segmentation?: DictionaryName[];
  /** Conversion steps, each a group of dictionaries searched together (longest match wins). */
  conversionChain: DictionaryName[][];
}

const ST_PHRASES: DictionaryName[] = ['STPhrases', 'STPhrases_GeneratedFromRegionalPhrases'];
const TS_PHRASES: DictionaryName[] = ['TSPhrases'];
const ST: DictionaryName[] = [...ST_PHRASES, 'STCharacters'];
const TS: DictionaryName[] = [...TS_PHRASES, 'TSCharacters'];

/**
 * The dictionaries `converterFor('s2t')` and `converterFor('t2s')` convert with (after normalisation), and which of
 * them hold phrases: what the mixed-script check's round trips are built of. Example: `ROUND_TRIP_DICTIONARIES.t2s.phrases`
 * is `['TSPhrases']`.
 */
export const ROUND_TRIP_DICTIONARIES: Readonly<Record<'s2t' | 't2s', { all: readonly DictionaryName[]; phrases: readonly DictionaryName[] }>> = {
  s2t: { all: ST, phrases: ST_PHRASES },
  t2s: { all: TS, phrases: TS_PHRASES },
};

/** The same chains as opencc-js's preset `configs` (dist/esm-lib/preset/full.js), by dictionary name. */
const CHAINS: Readonly<Record<ConfigName, ConfigChain>> = {
  s2t: { conversionChain: [ST] },
  t2s: { conversionChain: [TS] },
  s2tw: { segmentation: ST_PHRASES, conversionChain: [ST, ['TWVariantsPhrases', 'TWVariants']] },
  tw2s: { segmentation: ['TSPhrases'], conversionChain: [['TWVariantsRevPhrases', 'TWVariantsRev'], TS] },
  s2twp: { segmentation: ST_PHRASES, conversionChain: [ST, ['TWPhrases', 'TWVariantsPhrases', 'TWVariants']] },
  tw2sp: { segmentation: ['TSPhrases'], conversionChain: [['TWPhrasesRev', 'TWVariantsRevPhrases', 'TWVariantsRev'], TS] },
  s2hk: { segmentation: ST_PHRASES, conversionChain: [ST, ['HKVariantsPhrases', 'HKVariants']] },
  hk2s: { segmentation: ['TSPhrases'], conversionChain: [['HKVariantsRevPhrases', 'HKVariantsRev'], TS] },
  s2hkp: { segmentation: ST_PHRASES, conversionChain: [ST, ['HKPhrases', 'HKVariantsPhrases', 'HKVariants']] },
  hk2sp: { segmentation: ['TSPhrases'], conversionChain: [['HKPhrasesRev', 'HKVariantsRevPhrases', 'HKVariantsRev'], TS] },
  t2tw: { conversionChain: [['TWVariantsPhrases', 'TWVariants']] },
  tw2t: { conversionChain: [['TWVariantsRevPhrases', 'TWVariantsRev']] },
  t2hk: { conversionChain: [['HKVariantsPhrases', 'HKVariants']] },
  hk2t: { conversionChain: [['HKVariantsRevPhrases', 'HKVariantsRev']] },
  t2jp: { conversionChain: [['JPShinjitaiCharactersRev']] },
  jp2t: { conversionChain: [['JPShinjitaiPhrases', 'JPShinjitaiCharacters']] },
};

const buildTimes = new Map<ConfigName, number>();

/**
 * The opencc-js converter for `config`, built on first call and kept (see `converterSteps`).
 * Example: `converterFor('s2tw')('汉语') === '漢語'`.
 */
export function converterFor(config: ConfigName): ConverterFunction {
  return converterBuild(config).get();
}

/** Each configuration's converter, built or under way. */
const converters = new Map<ConfigName, SteppedBuild<ConverterFunction>>();

function converterBuild(config: ConfigName): SteppedBuild<ConverterFunction> {
  let build = converters.get(config);
  if (build === undefined) {
    build = new SteppedBuild(() => buildConverter(config));
    converters.set(config, build);
  }
  return build;
}

/**
 * Builds `config`'s converter, pausing (yielding) every ENTRIES_PER_STEP dictionary entries, so that an editor
 * can build it between turns of its event loop (s2t alone takes a quarter of a second); callers share one build.
 * Returns at once when it is built. The converter is the one opencc-js's `ConverterBuilder` makes for the same
 * configuration (its preset `configs`): the same tries (ours, in typed arrays: trie.ts), filled with the same entries in the same order
 * (a group's last dictionary first, so that an earlier one's entry wins), normalised by
 * CJK_Compatibility_Ideographs, cut by the segmentation trie when the configuration has one, then converted by
 * each step of the chain, segment by segment. Unit tests hold its output to opencc-js's Converter for every
 * configuration.
 */
export function* converterSteps(config: ConfigName): Generator<void, void, void> {
  yield* converterBuild(config).steps();
}

function* buildConverter(config: ConfigName): Generator<void, ConverterFunction, void> {
  let ms = 0;
  let resumed = performance.now();
  const pause = function* (): Generator<void, void, void> {
    ms += performance.now() - resumed;
    yield;
    resumed = performance.now();
  };
  // Through pause(), so that the build time counts only the work.
  const trieOf = function* (names: readonly DictionaryName[]): Generator<void, DictionaryTrie, void> {
    for (const steps = trieBuild(names).steps(); ;) {
      const step = steps.next();
      if (step.done) return step.value;
      yield* pause();
    }
  };
  const chain = CHAINS[config];
  const normalization = yield* trieOf(['CJK_Compatibility_Ideographs']);
  const segmentation = chain.segmentation ? yield* trieOf(chain.segmentation) : undefined;
  const steps: DictionaryTrie[] = [];
  for (const names of chain.conversionChain) steps.push(yield* trieOf(names));
  const convert: ConverterFunction = (text) => {
    const normalized = normalization.convert(text);
    let segments = segmentation ? segmentation.segment(normalized) : [normalized];
    for (const step of steps) segments = segments.map((segment) => step.convert(segment));
    return segments.join('');
  };
  buildTimes.set(config, ms + performance.now() - resumed);
  return convert;
}

/**
 * The trie of each list of dictionaries, built or under way, shared by the converters whose chains hold the same
 * list: s2t, s2tw, s2hk, s2twp and s2hkp all convert with STPhrases + STCharacters, and the last four cut with
 * STPhrases. Built once, nothing adds to a trie; a read keeps state only within one synchronous call (the node
 * `match` found, for `lastValue` right after it, and the values it has decoded), so converters may share them. They
 * stay inside this module: anything that adds words (protect.ts, the phrase index of scripts.ts) builds its own.
 */
const tries = new Map<string, SteppedBuild<DictionaryTrie>>();

function trieBuild(names: readonly DictionaryName[]): SteppedBuild<DictionaryTrie> {
  const key = names.join('+');
  let build = tries.get(key);
  if (build === undefined) {
    build = new SteppedBuild(() => fillTrie(names));
    tries.set(key, build);
  }
  return build;
}

/** A trie of the entries of `names` (the last one's first, so that an earlier one's entry wins), in steps. */
function* fillTrie(names: readonly DictionaryName[]): Generator<void, DictionaryTrie, void> {
  const trie = new DictionaryTrie(expectedTrieEdges(names));
  yield* trie.prepare();
  for (const name of [...names].reverse()) {
    let count = 0;
    for (const entry of dictionaryEntries(name)) {
      // "source target[ more]": the second field is the replacement, as opencc-js reads it.
      const space = entry.indexOf(' ');
      if (space === -1) throw new TypeError(`opencc-js dictionary ${name}: entry ${count + 1} has no space`);
      const next = entry.indexOf(' ', space + 1);
      trie.addWord(entry.slice(0, space), entry.slice(space + 1, next === -1 ? entry.length : next));
      if (++count % ENTRIES_PER_STEP === 0) yield;
    }
    yield;
  }
  return trie;
}

/**
 * About how many trie edges (distinct key prefixes) the keys of `names` make: a dictionary file has 8 bytes or more
 * for each in STPhrases (11.6) and the character tables, its text 4 UTF-16 units or more. Some small dictionaries
 * have fewer; their tables grow, quickly at that size.
 */
export function expectedTrieEdges(names: readonly DictionaryName[]): number {
  let edges = 0;
  for (const name of names) {
    const file = dictionaryFile(name);
    edges += file === undefined ? openccDictionary(name).length / 4 : statSync(file).size / 8;
  }
  return Math.ceil(edges);
}

/** How long `converterReady` builds before it waits for a turn of the event loop, in ms. */
const READY_SLICE_MS = 2;

/** Each configuration's build under way through `converterReady`: callers at once share one, a slice per turn. */
const readying = new Map<ConfigName, Promise<void>>();

/**
 * Builds `config`'s converter, unless it is built, a slice of about `sliceMs` at a time with a turn of the event loop
 * between slices, so that a first conversion or hover in an editor does not build it in one long turn (s2t, with
 * STPhrases, takes about a tenth of a second; a converter whose tries another has built, a millisecond).
 * `converterFor(config)` is at hand once this resolves. Callers at the same time wait for the same build.
 */
export function converterReady(config: ConfigName, sliceMs = READY_SLICE_MS): Promise<void> {
  if (isConverterBuilt(config)) return Promise.resolve();
  let ready = readying.get(config);
  if (ready === undefined) {
    ready = stepBetweenTurns(converterSteps(config), sliceMs).finally(() => readying.delete(config));
    readying.set(config, ready);
  }
  return ready;
}

/** Whether `config`'s converter has been built already. */
export function isConverterBuilt(config: ConfigName): boolean {
  return converters.get(config)?.isBuilt ?? false;
}

/**
 * The work each built converter's own build steps did, in ms (first use only). Tries are shared between converters
 * (`trieBuild`): one whose tries an earlier converter built counts only what was left to build.
 */
export function converterBuildTimes(): Partial<Record<ConfigName, number>> {
  return Object.fromEntries(buildTimes);
}

export interface ConvertOptions {
  /** Spans left as they are (URLs, code spans, user words, …) and custom phrase pairs; see protect.ts. */
  protect?: ProtectOptions;
}

/**
 * Converts `text` with the OpenCC configuration `config`. Every character no dictionary knows (Latin, digits,
 * punctuation, emoji, line endings, a BOM) passes through unchanged.
 * Example: `convertText('软件和鼠标', 's2twp') === '軟體和滑鼠'`.
 */
export function convertText(text: string, config: ConfigName, options: ConvertOptions = {}): string {
  const convert = converterFor(config);
  if (options.protect === undefined) return convert(text);
  return convertAroundProtected(text, findProtectedSpans(text, options.protect), convert);
}

export interface ChunkOptions extends ConvertOptions {
  /** About how many UTF-16 units each chunk holds; a chunk always ends at a line end (default 8192). */
  chunkChars?: number;
  /** Called after each chunk with the input converted so far and the whole input's length. */
  onProgress?: (done: number, total: number) => void;
  /** Asked before each chunk; when it says true the conversion stops and yields nothing more. */
  isCancelled?: () => boolean;
}

/** One converted piece: `text` is the conversion of `input.slice(start, end)`. */
export interface ConvertedChunk {
  start: number;
  end: number;
  text: string;
}

// s2twp converts ~2.5 M UTF-16 units per second here: 8192 take ~3 ms, well inside a 16 ms frame.
const DEFAULT_CHUNK_CHARS = 8192;

/**
 * Converts `text` piece by piece, yielding to the event loop between pieces, so a 10 MB document does not block
 * an editor. Pieces end only at line ends (LF, CRLF, lone CR): no opencc-js dictionary entry contains a line
 * break, so no phrase is cut and the pieces joined are byte-identical to `convertText(text, config)`.
 * A single line longer than `chunkChars` is one piece.
 * Example: `for await (const c of convertChunks(big, 's2twp')) out.push(c.text)`.
 */
export async function* convertChunks(text: string, config: ConfigName, options: ChunkOptions = {}): AsyncGenerator<ConvertedChunk> {
  const chunkChars = Math.max(1, options.chunkChars ?? DEFAULT_CHUNK_CHARS);
  const convertOptions: ConvertOptions = { protect: options.protect };
  await converterReady(config);
  let start = 0;
  let first = true;
  while (start < text.length) {
    if (!first) await nextTurn();
    first = false;
    if (options.isCancelled?.()) return;
    const end = chunkEnd(text, start, chunkChars);
    yield { start, end, text: convertText(text.slice(start, end), config, convertOptions) };
    start = end;
    options.onProgress?.(end, text.length);
  }
}

/**
 * The whole conversion through `convertChunks`, or `undefined` when cancelled part way.
 * Example: `await convertTextInChunks(big, 's2twp', { isCancelled: () => token.isCancellationRequested })`.
 */
export async function convertTextInChunks(text: string, config: ConfigName, options: ChunkOptions = {}): Promise<string | undefined> {
  const parts: string[] = [];
  let converted = 0;
  for await (const chunk of convertChunks(text, config, options)) {
    parts.push(chunk.text);
    converted = chunk.end;
  }
  return converted === text.length ? parts.join('') : undefined;
}

/**
 * Where the chunk starting at `start` ends: just after the last line end within `chunkChars`, else after the
 * first line end beyond; never inside an ideographic description sequence (⿰氵青), which opencc-js passes
 * through as one unit and which may swallow a line break as an operand.
 */
function chunkEnd(text: string, start: number, chunkChars: number): number {
  const limit = start + chunkChars;
  if (limit >= text.length) return text.length;
  let end = lastLineEndBefore(text, start, limit);
  if (end <= start) end = nextLineEnd(text, limit);
  while (end < text.length && idsReachesBeyond(text, start, end)) end = nextLineEnd(text, end);
  return end;
}

/** Offset just after the last line terminator that ends at or before `limit` (CRLF kept whole), or `start`. */
function lastLineEndBefore(text: string, start: number, limit: number): number {
  for (let i = limit - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return i + 1;
    if (c === 0x0d) {
      if (i + 1 === limit && text.charCodeAt(i + 1) === 0x0a) continue; // CRLF cut in two: take an earlier end
      return i + 1;
    }
  }
  return start;
}

/** Offset just after the first line terminator at or after `from`, or the text's end. */
function nextLineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return i + 1;
    if (c === 0x0d) return text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
  }
  return text.length;
}

/** Whether an ideographic description sequence (⿰…⿿ and its operands) that starts in [start, end) runs on past `end`. */
function idsReachesBeyond(text: string, start: number, end: number): boolean {
  // Fast path: most text has no description characters at all.
  let any = false;
  for (let i = start; i < end; i++) {
    if (isDescriptionCharacter(text.charCodeAt(i))) {
      any = true;
      break;
    }
  }
  if (!any) return false;
  let i = start;
  while (i < end) i = unmatchedEnd(text, i);
  return i > end;
}
