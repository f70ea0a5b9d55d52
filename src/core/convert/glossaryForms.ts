import type { Glossary } from '../terms/glossary';
import { findTerms } from '../terms/matcher';
import { CONFIGS, type ConfigName } from './configs';
import { detectScript } from './scripts';

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
