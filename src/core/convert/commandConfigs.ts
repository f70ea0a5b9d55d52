import type { ConfigName } from './configs';

/** The configurations that get a command of their own in the palette (the rest are in "Convert…"). */
export const CONVERT_COMMAND_CONFIGS = [
  's2t', 't2s', 's2tw', 's2twp', 'tw2s', 'tw2sp', 's2hk', 'hk2s', 't2tw', 't2hk', 'tw2t', 'hk2t',
] as const satisfies readonly ConfigName[];
