/**
 * The mixed-script check as it was before it was made fast (whole-text round trip through opencc-js), kept
 * verbatim as the oracle that src/core/convert/scripts.ts must agree with. Test-only: nothing in src/ imports it.
 */
import type { Span } from '../../src/core/types';
import { lineOf, lineStarts } from '../../src/core/text/lines';
import { converterFor, openccDictionary, type DictionaryName } from '../../src/core/convert/converter';

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
}

let tables: CharacterTables | undefined;

function pairsOf(name: DictionaryName): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of openccDictionary(name).split('|')) {
    const space = entry.indexOf(' ');
    if (space > 0) map.set(entry.slice(0, space), entry.slice(space + 1));
  }
  return map;
}

function characterTables(): CharacterTables {
  if (tables === undefined) {
    const toSimplified = pairsOf('TSCharacters');
    const toTraditional = pairsOf('STCharacters');
    const simplifiedForms = new Set<string>();
    for (const [traditional, simplified] of toSimplified) if (traditional !== simplified) simplifiedForms.add(simplified);
    const twVariants = pairsOf('TWVariants');
    const hkVariants = pairsOf('HKVariants');
    const regionalForms = new Map<string, Set<string>>();
    for (const variants of [twVariants, hkVariants]) {
      for (const [standard, regional] of variants) {
        const forms = regionalForms.get(standard) ?? new Set<string>();
        forms.add(regional);
        regionalForms.set(standard, forms);
      }
    }
    tables = { toSimplified, toTraditional, simplifiedForms, regionalForms, twVariants, hkVariants };
  }
  return tables;
}

/**
 * Counts the characters that only one script writes. Example: `scriptCounts('我們这样')` → `{ traditional: 1, simplified: 2 }`.
 */
export function scriptCounts(text: string): ScriptCounts {
  const { toSimplified, toTraditional } = characterTables();
  let traditional = 0;
  let simplified = 0;
  for (const c of text) {
    if (c.charCodeAt(0) < 0x2e80) continue; // below the CJK radicals nothing converts
    const changesToSimplified = toSimplified.has(c);
    const changesToTraditional = toTraditional.has(c);
    if (changesToSimplified && !changesToTraditional) traditional++;
    else if (changesToTraditional && !changesToSimplified) simplified++;
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
  const { traditional, simplified } = scriptCounts(text);
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
 * Example: `findMixedScript('生產關系')` → `[{ start: 3, end: 4, char: '系', suggestion: '係', script: 'simplified', line: 1 }]`.
 */
export function findMixedScript(text: string, main?: 'traditional' | 'simplified', options: MixedScriptOptions = {}): MixedChar[] {
  const documentScript = main ?? majorityScript(text);
  if (documentScript === undefined) return [];
  const t = characterTables();
  const accepted = new Set(options.accept ?? []);
  const found: { start: number; char: string; suggestion: string }[] = [];
  if (documentScript === 'traditional') {
    const region = options.region ?? 'tw';
    const phrases = phraseIndex('s2t');
    const roundTrip = converterFor('s2t');
    compareRoundTrip(text, (s) => foldCharacters(s, t.toSimplified), roundTrip, (i, original, folded, returned, start) => {
      const c = original[i];
      const r = returned[i];
      // c must be unchanged by the fold (not itself Traditional), a Simplified form, and r's own Simplified form.
      if (accepted.has(c) || !t.simplifiedForms.has(c) || t.toSimplified.get(r) !== c) return;
      if (t.regionalForms.get(r)?.has(c)) return;
      if (vouchedByPhrase(i, original, folded, phrases, t)) return;
      const suggestion = (region === 'tw' ? t.twVariants : region === 'hk' ? t.hkVariants : undefined)?.get(r) ?? r;
      found.push({ start, char: c, suggestion });
    });
  } else {
    const phrases = phraseIndex('t2s');
    const roundTrip = converterFor('t2s');
    compareRoundTrip(text, (s) => foldCharacters(s, t.toTraditional), roundTrip, (i, original, folded, returned, start) => {
      const c = original[i];
      const r = returned[i];
      // c must be a Traditional form whose Simplified form is r (髮 → 发), not a character both scripts write.
      if (accepted.has(c) || !t.toSimplified.has(c) || t.toTraditional.has(c)) return;
      if (t.toSimplified.get(c) !== r && t.toTraditional.get(r) !== c) return;
      if (vouchedByPhrase(i, original, folded, phrases, t)) return;
      found.push({ start, char: c, suggestion: r });
    });
  }
  const starts = lineStarts(text);
  const script = documentScript === 'traditional' ? 'simplified' : 'traditional';
  return found.map(({ start, char, suggestion }) => ({
    start,
    end: start + char.length,
    char,
    suggestion,
    script,
    line: lineOf(starts, start) + 1,
  }));
}

interface PhraseIndex {
  targets: Map<string, string>;
  /** Longest source, in code points. */
  longest: number;
}

const phraseIndexes = new Map<'s2t' | 't2s', PhraseIndex>();

/** The phrase entries (two characters or more) the round trip converts with, source → target. */
function phraseIndex(direction: 's2t' | 't2s'): PhraseIndex {
  let index = phraseIndexes.get(direction);
  if (index === undefined) {
    const names: DictionaryName[] = direction === 's2t' ? ['STPhrases', 'STPhrases_GeneratedFromRegionalPhrases'] : ['TSPhrases'];
    const targets = new Map<string, string>();
    let longest = 0;
    for (const name of names) {
      for (const [source, target] of pairsOf(name)) {
        const length = Array.from(source).length;
        if (length < 2 || Array.from(target).length !== length) continue;
        targets.set(source, target);
        longest = Math.max(longest, length);
      }
    }
    index = { targets, longest };
    phraseIndexes.set(direction, index);
  }
  return index;
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
