/**
 * The OpenCC configurations that opencc-js 1.4.2 can run, named as OpenCC names them (s2twp.json → 's2twp'),
 * each with the opencc-js locales it corresponds to (`Converter({ from, to })`, see opencc-js's README table).
 */

/** opencc-js locale codes: cn Mainland Simplified, tw/hk regional Traditional, twp/hkp with regional phrases,
 *  jp Japanese Shinjitai, t OpenCC standard Traditional (the intermediate form). */
export type OpenccLocale = 'cn' | 'tw' | 'twp' | 'hk' | 'hkp' | 'jp' | 't';

/** The script a configuration writes. */
export type TargetScript = 'traditional' | 'simplified' | 'shinjitai';

export const CONFIG_NAMES = [
  's2t',
  't2s',
  's2tw',
  'tw2s',
  's2twp',
  'tw2sp',
  's2hk',
  'hk2s',
  's2hkp',
  'hk2sp',
  't2tw',
  'tw2t',
  't2hk',
  'hk2t',
  't2jp',
  'jp2t',
] as const;

export type ConfigName = (typeof CONFIG_NAMES)[number];

export interface ConfigInfo {
  name: ConfigName;
  from: OpenccLocale;
  to: OpenccLocale;
  target: TargetScript;
  /** One English line for pickers and `--help`. */
  description: string;
}

function info(name: ConfigName, from: OpenccLocale, to: OpenccLocale, target: TargetScript, description: string): ConfigInfo {
  return { name, from, to, target, description };
}

/** Every configuration by name. Example: `CONFIGS.s2twp.to === 'twp'`. */
export const CONFIGS: Readonly<Record<ConfigName, ConfigInfo>> = {
  s2t: info('s2t', 'cn', 't', 'traditional', 'Simplified Chinese to Traditional Chinese (OpenCC standard forms)'),
  t2s: info('t2s', 't', 'cn', 'simplified', 'Traditional Chinese (OpenCC standard forms) to Simplified Chinese'),
  s2tw: info('s2tw', 'cn', 'tw', 'traditional', 'Simplified Chinese to Traditional Chinese (Taiwan standard characters)'),
  tw2s: info('tw2s', 'tw', 'cn', 'simplified', 'Traditional Chinese (Taiwan standard characters) to Simplified Chinese'),
  s2twp: info('s2twp', 'cn', 'twp', 'traditional', 'Simplified Chinese to Traditional Chinese (Taiwan), with Taiwan phrasing (软件 → 軟體)'),
  tw2sp: info('tw2sp', 'twp', 'cn', 'simplified', 'Traditional Chinese (Taiwan) to Simplified Chinese, with Mainland phrasing (軟體 → 软件)'),
  s2hk: info('s2hk', 'cn', 'hk', 'traditional', 'Simplified Chinese to Traditional Chinese (Hong Kong standard characters)'),
  hk2s: info('hk2s', 'hk', 'cn', 'simplified', 'Traditional Chinese (Hong Kong standard characters) to Simplified Chinese'),
  s2hkp: info('s2hkp', 'cn', 'hkp', 'traditional', 'Simplified Chinese to Traditional Chinese (Hong Kong), with Hong Kong phrasing (small dictionary)'),
  hk2sp: info('hk2sp', 'hkp', 'cn', 'simplified', 'Traditional Chinese (Hong Kong) to Simplified Chinese, with Mainland phrasing (small dictionary)'),
  t2tw: info('t2tw', 't', 'tw', 'traditional', 'Traditional Chinese (OpenCC standard forms) to Taiwan standard characters'),
  tw2t: info('tw2t', 'tw', 't', 'traditional', 'Traditional Chinese (Taiwan standard characters) to OpenCC standard forms'),
  t2hk: info('t2hk', 't', 'hk', 'traditional', 'Traditional Chinese (OpenCC standard forms) to Hong Kong standard characters'),
  hk2t: info('hk2t', 'hk', 't', 'traditional', 'Traditional Chinese (Hong Kong standard characters) to OpenCC standard forms'),
  t2jp: info('t2jp', 't', 'jp', 'shinjitai', 'Traditional Chinese characters (Kyūjitai) to Japanese Shinjitai (experimental)'),
  jp2t: info('jp2t', 'jp', 't', 'traditional', 'Japanese Shinjitai to Traditional Chinese characters (Kyūjitai) (experimental)'),
};

/** Whether `value` names a configuration. Example: `isConfigName('s2twp') === true`, `isConfigName('s2x') === false`. */
export function isConfigName(value: unknown): value is ConfigName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CONFIGS, value);
}

/** The configuration converting between two opencc-js locales, if there is one. Example: `configFor('cn', 'twp') === 's2twp'`. */
export function configFor(from: OpenccLocale, to: OpenccLocale): ConfigName | undefined {
  return CONFIG_NAMES.find((name) => CONFIGS[name].from === from && CONFIGS[name].to === to);
}
