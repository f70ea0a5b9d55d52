import zhCn from '../../l10n/bundle.l10n.zh-cn.json';
import zhTw from '../../l10n/bundle.l10n.zh-tw.json';
import { formatMessage, type MessageTemplate } from '../core/messages';
import type { BEFORE_ERA, FigureKindLabel } from '../core/figures/describe';
import { CLI_TRANSLATIONS, type CliTemplate, type Translation } from './translations';

/**
 * A text in the user's language, from its English template and arguments: the CLI's own (./translations.ts) or
 * a problem's, a glossary error's or a figure kind's (the core's, translated in the bundles the extension uses).
 */
export type Translate = (template: CliTemplate | MessageTemplate | FigureKindLabel | typeof BEFORE_ERA, args?: readonly CliArg[]) => string;

/** A CLI text inside another's arguments (the reason in 'cannot read {0}: {1}'), translated along with it. */
export class NestedText {
  constructor(readonly template: CliTemplate) {}

  toString(): string {
    return this.template;
  }
}

/** An argument of a CLI text: a value as it is, or a text of its own. */
export type CliArg = string | number | NestedText;

const BUNDLES: Record<keyof Translation, Readonly<Record<string, string>>> = { 'zh-cn': zhCn, 'zh-tw': zhTw };

/**
 * The texts of the locale the environment names, as gettext reads it (LC_ALL, then LC_MESSAGES, then LANG):
 * zh_CN, zh_SG or zh get 简体中文, zh_TW, zh_HK, zh_MO or zh_Hant 繁體中文, anything else English.
 *
 * translator({ LANG: 'zh_TW.UTF-8' })('No source is cited for {0}.', ['4 266家']) === '4 266家 未註明來源。'
 * translator({ LANG: 'zh_CN.UTF-8' })('unknown option {0}', ['-q']) === '未知选项 -q'
 */
export function translator(env: Readonly<Record<string, string | undefined>> = {}): Translate {
  const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  const language = /^zh[_-](tw|hk|mo|hant)/.test(locale) ? 'zh-tw' : /^zh(?![a-z])/.test(locale) ? 'zh-cn' : undefined;
  if (language === undefined) return (template, args = []) => formatMessage(template, args.map(String));
  const cli: Readonly<Partial<Record<string, Translation>>> = CLI_TRANSLATIONS;
  const translate = (template: string): string => cli[template]?.[language] ?? BUNDLES[language][template] ?? template;
  return (template, args = []) => formatMessage(translate(template), args.map((a) => (a instanceof NestedText ? translate(a.template) : a)));
}

/** An error the CLI reports in the user's language: `message` is the English, `template` and `args` its parts. */
export class CliError extends Error {
  readonly args: readonly CliArg[];
  constructor(
    readonly template: CliTemplate,
    ...args: CliArg[]
  ) {
    super(formatMessage(template, args.map(String)));
    this.args = args;
  }
}
