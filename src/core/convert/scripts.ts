/**
 * Which script a text is written in, and which characters slipped in from the other one (a Traditional document
 * with 關系 or 取決于 in it), from opencc-js's character tables and phrase dictionaries: no hand-made list.
 */
import type { Span } from '../types';
import { lineStarts } from '../text/lines';
import { runSteps, SteppedBuild } from '../steps';
import { ownCopy } from '../text/ownCopy';
import { converterFor, converterSteps, dictionaryEntries, dictionaryPairSteps, expectedTrieEdges, ROUND_TRIP_DICTIONARIES } from './converter';
import { roundTripPieces, roundTripPiecesSteps, type RoundTrip, type RoundTripPieces } from './roundTripPieces';
import { DictionaryTrie } from './trie';

export type DocumentScript = 'traditional' | 'simplified' | 'mixed' | 'none';

/** A character of the other script: in a Traditional text a Simplified form, in a Simplified text a Traditional one. */
export interface MixedChar extends Span {
  /** Exactly `input.slice(start, end)`: one character (a code point). */
  char: string;
  /** The character the document's own script writes here, read in its phrase context. */
  suggestion: string;
  /** The script `char` belongs to. */
  script: 'simplified' | 'traditional';
  /** 1-based line. */
  line: number;
}

export interface ScriptCounts {
  /** Characters that only Traditional text writes (they change under t2s and not under s2t): 們, 這. */
  traditional: number;
  /** Characters that only Simplified text writes (they change under s2t and not under t2s): 们, 这. */
  simplified: number;
}

interface CharacterTables {
  /** Traditional → Simplified, character level (TSCharacters). */
  toSimplified: Map<string, string>;
  /** Simplified → Traditional, character level (STCharacters). */
  toTraditional: Map<string, string>;
  /** Characters that are the Simplified form of some other character (values of TSCharacters): 于 (於), 系 (係). */
  simplifiedForms: Set<string>;
  /** OpenCC standard form → the regional forms Taiwan and Hong Kong write (TWVariants, HKVariants): 臺 → 台. */
  regionalForms: Map<string, Set<string>>;
  twVariants: Map<string, string>;
  hkVariants: Map<string, string>;
  /** Per code point: the CHAR_* bits below (1.1 MB, so the hot loops read a byte instead of hashing a string). */
  charFlags: Uint8Array;
  /** The lowest UTF-16 unit that can start a candidate character (U+3437 in opencc-js 1.4.2): below it, skip fast. */
  lowestCandidate: number;
}

const CHAR_TO_SIMPLIFIED = 1; // a key of TSCharacters
const CHAR_TO_TRADITIONAL = 2; // a key of STCharacters
const CHAR_SIMPLIFIED_FORM = 4; // the Simplified form of another character: a candidate in a Traditional text
const CHAR_TRADITIONAL_ONLY = 8; // converts to Simplified and not to Traditional: a candidate in a Simplified text

/** The character tables, built on first use (`characterTables()` at once, or in steps). */
const tables = new SteppedBuild(buildCharacterTables);

function characterTables(): CharacterTables {
  return tables.get();
}

function* buildCharacterTables(): Generator<void, CharacterTables, void> {
  const toSimplified = yield* dictionaryPairSteps('TSCharacters');
  const toTraditional = yield* dictionaryPairSteps('STCharacters');
  yield;
  const simplifiedForms = new Set<string>();
  for (const [traditional, simplified] of toSimplified) if (traditional !== simplified) simplifiedForms.add(simplified);
  const twVariants = yield* dictionaryPairSteps('TWVariants');
  const hkVariants = yield* dictionaryPairSteps('HKVariants');
  const regionalForms = new Map<string, Set<string>>();
  for (const variants of [twVariants, hkVariants]) {
    for (const [standard, regional] of variants) {
      const forms = regionalForms.get(standard) ?? new Set<string>();
      forms.add(regional);
      regionalForms.set(standard, forms);
    }
  }
  const charFlags = new Uint8Array(0x110000);
  let lowestCandidate = 0xd800; // astral characters start with a high surrogate: never skip past those
  const mark = (chars: Iterable<string>, flag: number) => {
    for (const c of chars) {
      const code = c.codePointAt(0)!;
      if (String.fromCodePoint(code) !== c) continue; // the tables are looked up one code point at a time
      charFlags[code] |= flag;
      if (flag & (CHAR_SIMPLIFIED_FORM | CHAR_TRADITIONAL_ONLY)) lowestCandidate = Math.min(lowestCandidate, code);
    }
  };
  yield;
  mark(toSimplified.keys(), CHAR_TO_SIMPLIFIED);
  mark(toTraditional.keys(), CHAR_TO_TRADITIONAL);
  yield;
  mark(simplifiedForms, CHAR_SIMPLIFIED_FORM);
  mark([...toSimplified.keys()].filter((c) => !toTraditional.has(c)), CHAR_TRADITIONAL_ONLY);
  return { toSimplified, toTraditional, simplifiedForms, regionalForms, twVariants, hkVariants, charFlags, lowestCandidate };
}

/**
 * Counts the characters that only one script writes. Example: `scriptCounts('我們这样')` → `{ traditional: 1, simplified: 2 }`.
 */
export function scriptCounts(text: string): ScriptCounts {
  const { charFlags } = characterTables();
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x2e80) continue; // below the CJK radicals nothing converts
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    const flags = charFlags[code] & (CHAR_TO_SIMPLIFIED | CHAR_TO_TRADITIONAL);
    if (flags === CHAR_TO_SIMPLIFIED) traditional++;
    else if (flags === CHAR_TO_TRADITIONAL) simplified++;
  }
  return { traditional, simplified };
}

/** Share of the minority script up to which a text still counts as written in the majority one. */
const MINORITY_SHARE = 0.1;

/**
 * The script a text is written in: 'traditional' or 'simplified' when at most a tenth of the script-specific
 * characters belong to the other script, 'mixed' above that, 'none' when no character tells (ASCII, or only
 * characters both scripts share). Example: `detectScript('這是繁體') === 'traditional'`.
 */
export function detectScript(text: string): DocumentScript {
  return scriptOfCounts(scriptCounts(text));
}

/**
 * The script that counts of script-specific characters show (the rule of `detectScript`), for callers
 * that add counts up piece by piece. Example: `scriptOfCounts({ traditional: 9, simplified: 1 }) === 'traditional'`.
 */
export function scriptOfCounts({ traditional, simplified }: ScriptCounts): DocumentScript {
  const total = traditional + simplified;
  if (total === 0) return 'none';
  if (simplified <= total * MINORITY_SHARE) return 'traditional';
  if (traditional <= total * MINORITY_SHARE) return 'simplified';
  return 'mixed';
}

export interface MixedScriptOptions {
  /** Regional forms to suggest in a Traditional text: 'tw' (為, 裡; the default), 'hk', or 't' (OpenCC standard 爲, 裏). */
  region?: 'tw' | 'hk' | 't';
  /**
   * Characters the document's style accepts, never reported. OpenCC's standard writes 佈/佔 in 發佈, 佔據 where
   * Taiwan's Ministry of Education standard writes 發布, 占據: a Taiwan text may pass `['布', '占']`.
   */
  accept?: readonly string[];
}

/**
 * The characters of the other script in a text written in `main` (detected when omitted; a mixed text is taken
 * as its majority script). How: fold the text to the other script character by character (length-preserving),
 * convert it back with the phrase-aware OpenCC converter (s2t or t2s), and flag a character that differs from its
 * round trip when it is itself a form of the other script: in 取決于 the round trip gives 取決於 and 于 is the
 * Simplified form of 於; in 系統 it gives 系統 again, so 系 stays. Regional standard forms (台 for 臺) are accepted.
 * Only the pieces of text around candidate characters go through the converter (see `findInPieces`); the answer
 * is the same as for the whole text at once.
 * Example: `findMixedScript('生產關系')` → `[{ start: 3, end: 4, char: '系', suggestion: '係', script: 'simplified', line: 1 }]`.
 */
export function findMixedScript(text: string, main?: 'traditional' | 'simplified', options: MixedScriptOptions = {}): MixedChar[] {
  return runSteps(findMixedScriptSteps(text, main, options));
}

/**
 * `findMixedScript` as a generator that pauses (yields) after every few pieces of text it puts through the converter
 * (`findInPieces`). A session's first large document meets new pieces in every block: its first blocks took up to
 * 13 ms each in one go. A text read whole (an ideographic description ⿰ in it, or no pieces for the round trip) is
 * read without a pause.
 */
export function* findMixedScriptSteps(text: string, main?: 'traditional' | 'simplified', options: MixedScriptOptions = {}): Generator<void, MixedChar[], void> {
  const documentScript = main ?? majorityScript(text);
  if (documentScript === undefined) return [];
  const t = characterTables();
  const roundTrip: RoundTrip = documentScript === 'traditional' ? 's2t' : 't2s';
  const accepted = new Set(options.accept ?? []);
  const region = options.region ?? 'tw';
  const variants = roundTrip === 't2s' ? undefined : region === 'tw' ? t.twVariants : region === 'hk' ? t.hkVariants : undefined;
  const starts = lineStarts(text);
  const script = documentScript === 'traditional' ? 'simplified' : 'traditional';
  const found: MixedChar[] = [];
  let line = 0; // slips come in text order, so the line only moves forward
  const report: SlipSink = (start, char, returned) => {
    if (accepted.has(char)) return;
    while (line + 1 < starts.length && starts[line + 1] <= start) line++;
    found.push({ start, end: start + char.length, char, suggestion: variants?.get(returned) ?? returned, script, line: line + 1 });
  };
  const pieces = roundTripPieces(roundTrip, foldTable(roundTrip, t));
  // Opencc-js passes an ideographic description sequence (⿰氵青) through whole, even across a line break.
  if (pieces !== null && !/[\u2ff0-\u2fff]/.test(text)) yield* findInPieces(text, roundTrip, pieces, t, report);
  else findInWholeText(text, roundTrip, t, report);
  return found;
}

/**
 * Characters of the other script next to each other: one stretch of a line with no sentence end in it and no
 * character only the document's own script writes, from the first such character to the last.
 */
export interface MixedRun extends Span {
  /** Exactly `input.slice(start, end)`. */
  text: string;
  /** The run as the document's own script writes it: each character of the other script replaced by its suggestion. */
  suggestion: string;
  /** The script the run's characters belong to. */
  script: 'simplified' | 'traditional';
  /** How many characters of the other script the run holds. */
  count: number;
  /** 1-based line. */
  line: number;
}

/**
 * `findMixedScript`'s characters joined into runs, so that a sentence pasted in the other script is one problem
 * rather than one per character, while a lone slip in a sentence written in the document's own script stays alone:
 * a run ends at a line end, at a sentence end (。！？；), and at a character only the document's script writes.
 * Example: in the Traditional `他說：这个系统很好。` the run is `这个系统` (suggestion 這個系統, count 3); in
 * `生產關系的發展` it is just `系`.
 */
export function mixedScriptRuns(text: string, chars: readonly MixedChar[]): MixedRun[] {
  return mixedScriptRunBounds(text, chars).map(({ first, last }) => runOf(text, chars, first, last));
}

/** A run of `findMixedScript`'s characters, by place among them: `chars[first]` to `chars[last - 1]`. */
export interface MixedRunBounds {
  first: number;
  last: number;
}

/**
 * The runs `mixedScriptRuns` makes, without their text and suggestion: for callers that write those only when asked.
 * Example: `mixedScriptRunBounds(text, findMixedScript(text))` for the Traditional `他說：这个系统很好。` →
 * `[{ first: 0, last: 3 }]`.
 */
export function mixedScriptRunBounds(text: string, chars: readonly MixedChar[]): MixedRunBounds[] {
  const runs: MixedRunBounds[] = [];
  if (chars.length === 0) return runs;
  const { charFlags } = characterTables();
  // Characters the document's own script alone writes: Traditional-only ones when the slips are Simplified.
  const own = chars[0].script === 'simplified' ? CHAR_TO_SIMPLIFIED : CHAR_TO_TRADITIONAL;
  const joins = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) {
      const unit = text.charCodeAt(i);
      if (unit < 0x2e80) {
        if (unit === 0x0a || unit === 0x0d || unit === 0x21 || unit === 0x3b || unit === 0x3f) return false; // \n \r ! ; ?
        continue;
      }
      if (unit === 0x3002 || unit === 0xff01 || unit === 0xff1f || unit === 0xff1b) return false; // 。！？；
      const code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
      if ((charFlags[code] & (CHAR_TO_SIMPLIFIED | CHAR_TO_TRADITIONAL)) === own) return false;
    }
    return true;
  };
  let first = 0;
  for (let k = 1; k <= chars.length; k++) {
    if (k < chars.length && joins(chars[k - 1].end, chars[k].start)) continue;
    runs.push({ first, last: k });
    first = k;
  }
  return runs;
}

/** The run of `chars[first]` to `chars[last - 1]`. */
function runOf(text: string, chars: readonly MixedChar[], first: number, last: number): MixedRun {
  const { start, script, line } = chars[first];
  const end = chars[last - 1].end;
  // Joined once, not grown with +=: a grown string is a chain of pieces (a 12-slip run, a kilobyte), and a
  // draft pasted in the other script keeps tens of thousands of runs for as long as it is open.
  const parts: string[] = [];
  let at = start;
  for (let k = first; k < last; k++) {
    parts.push(text.slice(at, chars[k].start), chars[k].suggestion);
    at = chars[k].end;
  }
  return { start, end, text: text.slice(start, end), suggestion: parts.join(''), script, count: last - first, line };
}

/**
 * Receives, in text order, each character that differs from its round trip and is a slip whatever the style
 * accepts: its offset, the character, and the round trip's character there (the document script's form, before
 * regional variants).
 */
type SlipSink = (start: number, char: string, returned: string) => void;

/**
 * Whether the code point `i`, which differs from its round trip, is a slip: a form of the other script whose
 * round trip is its counterpart, and that no dictionary phrase over the original text vouches for.
 */
function isSlip(roundTrip: RoundTrip, i: number, original: string[], folded: string[], returned: string[], t: CharacterTables): boolean {
  const c = original[i];
  const r = returned[i];
  if (roundTrip === 's2t') {
    // c must be unchanged by the fold (not itself Traditional), a Simplified form, and r's own Simplified form.
    if (!t.simplifiedForms.has(c) || t.toSimplified.get(r) !== c) return false;
    if (t.regionalForms.get(r)?.has(c)) return false;
  } else {
    // c must be a Traditional form whose Simplified form is r (髮 → 发), not a character both scripts write.
    if (!t.toSimplified.has(c) || t.toTraditional.has(c)) return false;
    if (t.toSimplified.get(c) !== r && t.toTraditional.get(r) !== c) return false;
  }
  return !vouchedByPhrase(i, original, folded, phraseIndex(roundTrip), t);
}

/** The fold before the round trip: to Simplified before s2t, to Traditional before t2s. */
function foldTable(roundTrip: RoundTrip, t: CharacterTables): Map<string, string> {
  return roundTrip === 's2t' ? t.toSimplified : t.toTraditional;
}

/** The whole text through the converter at once: for texts the piece search cannot take. */
function findInWholeText(text: string, roundTrip: RoundTrip, t: CharacterTables, report: SlipSink): void {
  const table = foldTable(roundTrip, t);
  compareRoundTrip(text, (s) => foldCharacters(s, table), converterFor(roundTrip), (i, original, folded, returned, start) => {
    if (isSlip(roundTrip, i, original, folded, returned, t)) report(start, original[i], returned[i]);
  });
}

/** The slips of one piece, `start` in UTF-16 units from the piece's start; most pieces have none. */
type PieceSlips = readonly { start: number; char: string; returned: string }[];

const NO_SLIPS: PieceSlips = [];

/** Pieces already judged, by their text: policy texts repeat their words. Emptied when full. */
const judgedPieces: Record<RoundTrip, Map<string, PieceSlips>> = { s2t: new Map(), t2s: new Map() };
const JUDGED_PIECES_LIMIT = 1 << 17;
/** Pieces `findInPieces` puts through the converter between two pauses. */
const JUDGE_STEP = 8;

/**
 * The slips of `text`, judged piece by piece. A piece ends wherever no multi-character dictionary entry can
 * span the boundary: no entry holds the two code points on either side as a pair, neither as folded nor as
 * normalised (CJK compatibility ideographs) text. Opencc-js converts by forward maximum matching on a trie, so
 * every match lies inside one piece and a piece converts alone exactly as it does inside the whole text; every
 * phrase `vouchedByPhrase` could find lies inside one piece too. So a piece's slips depend on its text alone,
 * and only pieces holding a candidate (a character that is a form of the other script at all) need judging.
 */
function* findInPieces(text: string, roundTrip: RoundTrip, pieces: RoundTripPieces, t: CharacterTables, report: SlipSink): Generator<void, void, void> {
  const candidate = roundTrip === 's2t' ? CHAR_SIMPLIFIED_FORM : CHAR_TRADITIONAL_ONLY;
  const { charFlags: flags, lowestCandidate } = t;
  const judged = judgedPieces[roundTrip];
  let judgedHere = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < lowestCandidate) continue;
    const code = text.codePointAt(i)!;
    if ((flags[code] & candidate) === 0) {
      if (code > 0xffff) i++;
      continue;
    }
    const start = pieces.startBefore(text, i);
    const end = pieces.endAfter(text, i + (code > 0xffff ? 2 : 1));
    const piece = text.slice(start, end);
    let found = judged.get(piece);
    let fresh = false;
    if (found === undefined) {
      found = judgePiece(piece, roundTrip, t);
      if (judged.size >= JUDGED_PIECES_LIMIT) judged.clear();
      judged.set(ownCopy(piece), found);
      fresh = true;
    }
    for (const slip of found) report(start + slip.start, slip.char, slip.returned);
    i = end - 1;
    if (fresh && ++judgedHere % JUDGE_STEP === 0) yield;
  }
}

/** One piece through the round trip, compared code point by code point (the piece keeps its length). */
function judgePiece(piece: string, roundTrip: RoundTrip, t: CharacterTables): PieceSlips {
  const table = foldTable(roundTrip, t);
  const original = Array.from(piece);
  const folded = original.map((c) => table.get(c) ?? c);
  const returned = Array.from(converterFor(roundTrip)(folded.join('')));
  let slips: { start: number; char: string; returned: string }[] | undefined;
  let at = 0;
  for (let i = 0; i < original.length; i++) {
    if (original[i] !== returned[i] && isSlip(roundTrip, i, original, folded, returned, t)) {
      (slips ??= []).push({ start: at, char: original[i], returned: returned[i] });
    }
    at += original[i].length;
  }
  return slips ?? NO_SLIPS;
}

interface PhraseIndex {
  /** In a trie rather than a Map: 49,000 keys and values would each be a string on the heap. */
  targets: DictionaryTrie;
  /** Longest source, in code points. */
  longest: number;
}

/** The phrase index of each round trip, built on first use. */
const phraseIndexes: Record<RoundTrip, SteppedBuild<PhraseIndex>> = {
  s2t: new SteppedBuild(() => buildPhraseIndex('s2t')),
  t2s: new SteppedBuild(() => buildPhraseIndex('t2s')),
};

/** The phrase entries (two characters or more) the round trip converts with, source → target. */
function phraseIndex(direction: RoundTrip): PhraseIndex {
  return phraseIndexes[direction].get();
}

function* buildPhraseIndex(direction: RoundTrip): Generator<void, PhraseIndex, void> {
  const names = ROUND_TRIP_DICTIONARIES[direction].phrases;
  const targets = new DictionaryTrie(expectedTrieEdges(names));
  yield* targets.prepare();
  let longest = 0;
  let count = 0;
  for (const name of names) {
    // Straight from the entries (no dictionary repeats a source): a map of all of them first would be one more
    // map of 49,000 to fill and grow. A later dictionary's phrase replaces an earlier one's.
    for (const entry of dictionaryEntries(name)) {
      if (++count % PHRASES_PER_STEP === 0) yield;
      const space = entry.indexOf(' ');
      if (space <= 0) continue;
      const source = entry.slice(0, space);
      const target = entry.slice(space + 1);
      const length = Array.from(source).length;
      if (length < 2 || Array.from(target).length !== length) continue;
      targets.addWord(source, target);
      longest = Math.max(longest, length);
    }
  }
  return { targets, longest };
}

/** Phrases indexed between two pauses of `buildPhraseIndex`. */
const PHRASES_PER_STEP = 250;

/**
 * Builds, on first use, what `findMixedScript` reads for a text written in `main` (the character tables, the
 * round trip's converter, its phrase index and piece tables: about a quarter of a second each way), pausing
 * (yielding) between the parts and every few hundred dictionary entries within them, so that an editor can build
 * it between turns of its event loop. Callers share one build; it yields nothing once all is built.
 */
export function* mixedScriptSteps(main: 'traditional' | 'simplified'): Generator<void, void, void> {
  const t = yield* tables.steps();
  const roundTrip: RoundTrip = main === 'traditional' ? 's2t' : 't2s';
  yield* converterSteps(roundTrip);
  yield* phraseIndexes[roundTrip].steps();
  yield* roundTripPiecesSteps(roundTrip, foldTable(roundTrip, t));
}

/** Builds the character tables on first use, pausing (yielding) between their parts. */
export function* characterTableSteps(): Generator<void, void, void> {
  yield* tables.steps();
}

/**
 * Whether some dictionary phrase covering position `i` writes the original text exactly (regional forms allowed).
 * Forward maximum matching can pick a phrase that cuts a word in two (美国制|裁 → 美國製裁); the text's own 制裁 is
 * still a dictionary phrase, so its 制 is not a slip. A real slip (關系) has no phrase that writes it.
 */
function vouchedByPhrase(i: number, original: string[], folded: string[], phrases: PhraseIndex, t: CharacterTables): boolean {
  const from = Math.max(0, i - phrases.longest + 1);
  for (let s = from; s <= i; s++) {
    let key = folded.slice(s, i).join('');
    for (let e = i + 1; e <= Math.min(folded.length, s + phrases.longest); e++) {
      key += folded[e - 1];
      if (e - s < 2) continue;
      const target = phrases.targets.get(key);
      if (target !== undefined && writesOriginal(Array.from(target), original, s, t)) return true;
    }
  }
  return false;
}

function writesOriginal(target: string[], original: string[], at: number, t: CharacterTables): boolean {
  return target.every((char, k) => char === original[at + k] || (t.regionalForms.get(char)?.has(original[at + k]) ?? false));
}

function majorityScript(text: string): 'traditional' | 'simplified' | undefined {
  const { traditional, simplified } = scriptCounts(text);
  if (traditional + simplified === 0) return undefined;
  return traditional >= simplified ? 'traditional' : 'simplified';
}

/** Maps each code point through `table` (one character to one character, so lengths in code points stay). */
function foldCharacters(text: string, table: Map<string, string>): string {
  let out = '';
  for (const c of text) out += table.get(c) ?? c;
  return out;
}

/**
 * Calls `differs(i, original, folded, returned, offset)` for each code point `i` where `text` and its round trip
 * (`convert(fold(text))`) differ. The comparison is code point by code point, which needs equal lengths: if a
 * phrase changed the length, the text is compared line by line, then run of Han characters by run, and a run that
 * still differs in length is skipped.
 */
function compareRoundTrip(
  text: string,
  fold: (s: string) => string,
  convert: (s: string) => string,
  differs: (i: number, original: string[], folded: string[], returned: string[], offset: number) => void,
  offset = 0,
  level: 0 | 1 | 2 = 0,
): void {
  const foldedText = fold(text);
  const returned = Array.from(convert(foldedText));
  const original = Array.from(text);
  if (original.length === returned.length) {
    let folded: string[] | undefined;
    let at = offset;
    for (let i = 0; i < original.length; i++) {
      if (original[i] !== returned[i]) differs(i, original, (folded ??= Array.from(foldedText)), returned, at);
      at += original[i].length;
    }
    return;
  }
  if (level === 2) return;
  const pieces = level === 0 ? /[^\r\n]+/g : /\p{Script=Han}+/gu;
  for (const m of text.matchAll(pieces)) compareRoundTrip(m[0], fold, convert, differs, offset + m.index, level === 0 ? 1 : 2);
}
