import type { Glossary } from '../terms/glossary';
import { findTerms } from '../terms/matcher';
import { CONFIGS, type ConfigName } from './configs';
import { detectScript } from './scripts';
import { nextTurn } from '../steps';

/** About how many UTF-16 units `glossaryPhrasesInSlices` reads in one turn of the event loop (then to a line end). */
const PHRASE_SLICE_CHARS = 32 * 1024;

/**
 * Phrase pairs that write each glossary term found in `text` in the glossary's own form for the
 * conversion's target script, so that a term keeps its fixed spelling: with 數據要素 in the glossary,
 * s2twp turns 数据要素 into 數據要素, not the Taiwan phrase 資料要素. The form is the first of the
 * entry's term and aliases written in the target script, else one both scripts share (算力); an entry
 * with neither is left to OpenCC.
 *
 * glossaryPhrases('数据要素市场', glossary, 's2twp') → [['数据要素', '數據要素']]
 */
export function glossaryPhrases(text: string, glossary: Glossary, config: ConfigName): [string, string][] {
  const target = CONFIGS[config].target;
  if (target === 'shinjitai') return [];
  const pairs = new Map<string, string>();
  for (const m of findTerms(text, glossary)) {
    if (pairs.has(m.text)) continue;
    const entry = glossary.get(m.id);
    if (!entry) continue;
    const forms = [entry.term, ...entry.aliases];
    const fixed = forms.find((f) => detectScript(f) === target) ?? forms.find((f) => detectScript(f) === 'none');
    if (fixed !== undefined) pairs.set(m.text, fixed);
  }
  return [...pairs];
}

/**
 * `glossaryPhrases` of each text, one list after the other as `texts.flatMap` would give them, read a slice at a time
 * with a turn of the event loop between slices: a 10 MB draft held the editor for most of a second. Slices end at line
 * ends: no glossary form holds a line break, and whether a Latin form stands as a whole word is judged by the
 * characters next to it, which a line end settles; so the pairs are the whole text's.
 */
export async function glossaryPhrasesInSlices(texts: readonly string[], glossary: Glossary, config: ConfigName): Promise<[string, string][]> {
  const all: [string, string][] = [];
  for (const text of texts) {
    const pairs = new Map<string, string>();
    for (let start = 0; start < text.length; ) {
      const lf = text.indexOf('\n', start + PHRASE_SLICE_CHARS);
      const end = lf === -1 ? text.length : lf + 1;
      for (const [from, to] of glossaryPhrases(text.slice(start, end), glossary, config)) if (!pairs.has(from)) pairs.set(from, to);
      start = end;
      if (start < text.length) await nextTurn();
    }
    all.push(...pairs);
  }
  return all;
}
