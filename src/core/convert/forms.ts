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
/** The converters `scriptForms` reads: to Simplified from Taiwan and Hong Kong forms, then to the four standards. */
const FORM_CONFIGS = { fromTaiwan: 'tw2s', fromHongKong: 'hk2s', traditional: 's2t', taiwan: 's2tw', hongKong: 's2hk' } as const satisfies Record<string, ConfigName>;
/** Past this many words the cache starts again (terms come from glossaries and from the documents themselves). */
const CACHE_LIMIT = 10000;

/**
 * Builds the converters `scriptForms` reads, a slice at a time between turns of the event loop: the first hover on a
 * term would otherwise build up to five of them in one turn (about a tenth of a second, a converter with STPhrases).
 */
export async function scriptFormsReady(): Promise<void> {
  for (const config of Object.values(FORM_CONFIGS)) await converterReady(config);
}

/**
 * A word in Simplified, Traditional (OpenCC standard), Taiwan and Hong Kong forms, from any of them.
 *
 * scriptForms('護城河').simplified === '护城河'
 */
export function scriptForms(word: string): ScriptForms {
  let forms = cache.get(word);
  if (!forms) {
    const simplified = convertText(convertText(word, FORM_CONFIGS.fromTaiwan), FORM_CONFIGS.fromHongKong);
    forms = {
      simplified,
      traditional: convertText(simplified, FORM_CONFIGS.traditional),
      taiwan: convertText(simplified, FORM_CONFIGS.taiwan),
      hongKong: convertText(simplified, FORM_CONFIGS.hongKong),
    };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    // A copy as the key: a term a document defines is a slice of it.
    cache.set(ownCopy(word), forms);
  }
  return forms;
}
