import zhCn from '../../l10n/bundle.l10n.zh-cn.json';
import zhTw from '../../l10n/bundle.l10n.zh-tw.json';
import { formatMessage } from '../core/messages';

/** A problem's or a glossary error's message in the user's language, from its English template and arguments. */
export type Translate = (template: string, args: readonly (string | number)[]) => string;

/**
 * The messages of the locale the environment names, as gettext reads it (LC_ALL, then LC_MESSAGES, then LANG):
 * zh_CN, zh_SG or zh get the 简体中文 bundle the extension uses, zh_TW, zh_HK, zh_MO or zh_Hant the 繁體中文 one,
 * anything else English.
 *
 * translator({ LANG: 'zh_TW.UTF-8' })('No source is cited for {0}.', ['4 266家']) === '4 266家 未註明來源。'
 */
export function translator(env: Readonly<Record<string, string | undefined>> = {}): Translate {
  const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  const bundle: Readonly<Record<string, string>> | undefined = /^zh[_-](tw|hk|mo|hant)/.test(locale) ? zhTw : /^zh(?![a-z])/.test(locale) ? zhCn : undefined;
  return (template, args) => formatMessage(bundle?.[template] ?? template, args);
}
