/**
 * The shapes the language engine hands to the editor features and the CLI.
 * Offsets are UTF-16 code units into the analysed text (as VS Code's `offsetAt`), end exclusive.
 */
import type { MessageTemplate } from './messages';

export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Where a glossary entry came from: the built-in glossary or a workspace file (1-based line). */
export interface EntryOrigin {
  kind: 'builtin' | 'file' | 'document';
  file?: string;
  line?: number;
}

export interface GlossarySource {
  title: string;
  url?: string;
  publisher?: string;
  date?: string;
  /** Authors or editors, for a book or report. */
  authors?: string[];
}

export interface GlossaryEntry {
  /** Canonical form, any script. */
  term: string;
  aliases: string[];
  definition: string;
  category?: string;
  source?: GlossarySource;
  see?: string[];
  origin: EntryOrigin;
}

/** One occurrence of a glossary term in the text. `id` is the entry's canonical `term`. */
export interface TermMatch extends Span {
  id: string;
  text: string;
  line: number;
}

export type FigureKind =
  | 'amount' // money or quantity with a unit: 8856 億美元, 1.4 万亿斤
  | 'count' // counted things: 4 266家, 613 家
  | 'percent' // 59%, 百分之三十, 逾6成, 0.5个百分点
  | 'rate' // a quantity per unit time or a measure with SI unit: 230 EFLOPS
  | 'number' // a bare magnitude: 五千五百七十五万
  | 'date' // 2024年12月, 二〇〇五年三月三日
  | 'year' // 2024年, 民國113年
  | 'period' // 2021—2025年
  | 'ordinal' // 第二位, 排名第一
  | 'counted'; // 三大核心要素, 四道護城河

export interface Citation extends Span {
  text: string;
  /** The 《title》 inside the cue, without the brackets. */
  title?: string;
  /** The agency or firm named by the cue: 瑞穗證券, 國家互聯網信息辦公室. */
  publisher?: string;
}

export interface Figure extends Span {
  text: string;
  line: number;
  kind: FigureKind;
  value: number | null;
  range: [number, number] | null;
  unit: string | null;
  approx: boolean;
  /** 超過/逾/以上 mark a lower bound, 不到/以下 an upper one. */
  bound?: 'lower' | 'upper';
  source: Citation | null;
}

export type HeadingKind =
  | 'part' // 第X篇/編
  | 'chapter' // 第X章
  | 'section' // 第X節
  | 'article' // 第X條
  | 'gbt' // GB/T 9704 一、 （一） 1. （1）
  | 'markdown'
  | 'caption' // 圖1-1, 表2
  | 'matter' // 摘要, 導語, 參考文獻 ...
  | 'plain'; // a short line standing alone between paragraphs

export interface Heading extends Span {
  title: string;
  level: number;
  kind: HeadingKind;
  line: number;
  /** Span of the title inside the line. */
  titleStart: number;
  titleEnd: number;
  /** The numbering as written (一、, （二）, 3., 第四章), when there is one. */
  number?: string;
}

export interface Problem extends Span {
  code: string;
  /** In English, for the CLI and JSON. */
  message: string;
  /** The English message with {0}, {1} … for `args`: the key of its translation (core/messages.ts). */
  template: MessageTemplate;
  args: readonly (string | number)[];
  severity: Severity;
  /** The text a quick fix puts in place of [start, end), when there is one obvious fix. */
  suggestion?: string;
}
