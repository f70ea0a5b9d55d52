/** OpenCC conversion on opencc-js: configurations, lazy converters, chunked conversion, protection, script checks. */
export { CONFIG_NAMES, CONFIGS, configFor, isConfigName } from './configs';
export type { ConfigInfo, ConfigName, OpenccLocale, TargetScript } from './configs';
export {
  convertChunks,
  convertText,
  convertTextInChunks,
  converterBuildTimes,
  converterReady,
  converterFor,
  converterSteps,
  isConverterBuilt,
  loadedDictionaries,
  openccDictionary,
} from './converter';
export type { ChunkOptions, ConvertedChunk, ConvertOptions, DictionaryName } from './converter';
export { convertAroundProtected, findProtectedSpans } from './protect';
export type { ProtectedKind, ProtectedSpan, ProtectOptions } from './protect';
export { detectScript, findMixedScript, findMixedScriptSteps, mixedScriptRuns, mixedScriptSteps, scriptCounts } from './scripts';
export type { DocumentScript, MixedChar, MixedRun, MixedScriptOptions, ScriptCounts } from './scripts';
export { scriptForms, scriptFormsReady } from './forms';
export type { ScriptForms } from './forms';
