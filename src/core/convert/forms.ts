import type { ConfigName } from './configs';
import { converterReady, convertText } from './converter';
import { ownCopy } from '../text/ownCopy';

/** One word in the four written standards a hover shows. */
export interface ScriptForms {
  simplified: string;
  traditional: string;
  taiwan: string;
  hongKong: string;
}

const cache = new Map<string, ScriptForms>();
/** The converters `scriptForms` reads. */
const FORM_CONFIGS: readonly ConfigName[] = ['tw2s', 'hk2s', 's2t', 's2tw', 's2hk'];
/** Past this many words the cache starts again (terms come from glossaries and from the documents themselves). */
const CACHE_LIMIT = 10000;

/**
 * Builds the converters `scriptForms` reads, a slice at a time between turns of the event loop (the first hover on a
 * term would otherwise build four of them at once, a quarter of a second and more).
 */
export async function scriptFormsReady(): Promise<void> {
  for (const config of FORM_CONFIGS) await converterReady(config);
}

/**
 * A word in Simplified, Traditional (OpenCC standard), Taiwan and Hong Kong forms, from any of them.
 *
 * scriptForms('護城河').simplified === '护城河'
 */
export function scriptForms(word: string): ScriptForms {
  let forms = cache.get(word);
  if (!forms) {
    const simplified = convertText(convertText(word, 'tw2s'), 'hk2s');
    forms = {
      simplified,
      traditional: convertText(simplified, 's2t'),
      taiwan: convertText(simplified, 's2tw'),
      hongKong: convertText(simplified, 's2hk'),
    };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    // A copy as the key: a term a document defines is a slice of it.
    cache.set(ownCopy(word), forms);
  }
  return forms;
}
