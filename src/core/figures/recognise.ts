import type { Figure, FigureKind } from '../types';
import { normalizeWidth } from '../text/normalize';
import { lineOf, lineStarts } from '../text/lines';
import { parseChineseNumber, BIG_UNITS, CHINESE_TENS } from './chineseNumber';
import {
  BRIDGE_VERBS,
  CAPTION_WORDS,
  DURATION_AFTER_YEAR,
  DURATION_BEFORE_YEAR,
  NOT_CAPTION_BEFORE,
  NOT_TENTHS,
  NOUN_STOPS,
  PERCENT_POINT,
  PERCENT_POINT_LATIN,
  PER_UNIT_WORDS,
  ROC_PREFIXES,
  CALENDAR_YEAR_AFTER,
  FISCAL_YEAR_WORDS,
  YEARS_COUNTING_VERBS,
  YEAR_COMPARISONS,
  HALF_YEARS,
  SESSION_WORDS,
  SI_AFTER_QIAN,
  SI_AFTER_ZHAO,
  TAIWAN_MARKERS,
  HONG_KONG_MARKERS,
  HEADING_ORDINAL_CLASSIFIERS,
  INNER_APPROX,
  BROKEN_THROUGH,
  NEGATORS,
  HEDGES,
  FLIPPED_BY_NEGATION,
  SAVING_AFTER,
  LATIN_MAGNITUDES,
  NEVER_PER_UNIT,
  NOT_AFTER_PER_YUAN,
  NON_FIGURE_WORDS,
  ORDINAL_CLASSIFIERS,
  PREFIX_CURRENCIES,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  RANGE_JOINERS,
  UNITS,
  type Qualifier,
  type UnitEntry,
  QUALIFIER_WORDS,
  HOLIDAYS_BEFORE_JIE,
  COUNTING_BEFORE_TIAO,
  BEFORE_ABOUT_HAVE,
  ERA_PREFIXES,
} from './vocabulary';

export interface FigureOptions {
  /** What 兆 means before money and plain units (before 瓦/赫 it is always part of the unit). Default 'trillion'. */
  zhao?: 'trillion' | 'million';
  /** Currency code of a bare 元. 'auto' (default): TWD when the text has a Taiwanese marker (民國, 新臺幣, 行政院 ...) and never 人民幣, else CNY. */
  yuan?: 'auto' | string;
  /** Read 3-digit years before 年 as 民國 years (105年 → 2016). 'auto' (default): when the text has a Taiwanese marker. */
  rocYears?: 'auto' | boolean;
}

/** 人民幣 anywhere keeps a bare 元 CNY even in a text with Taiwanese markers. */
export const RENMINBI = /人民幣|人民币/;

/**
 * What 'auto' resolves to for a whole text: a Taiwanese marker anywhere (民國, 新臺幣, 行政院 …) makes a
 * bare 元 TWD, unless 人民幣 appears, and 3-digit years 民國 years; else a Hong Kong one (香港特區, 港府 …)
 * makes it HKD, unless 人民幣 appears. Shared with the incremental analyzer, which finds the markers block by block.
 *
 * documentFigureOptions(true, false, false) → { yuan: 'TWD', rocYears: true }
 */
export function documentFigureOptions(taiwanese: boolean, renminbi: boolean, hongKong: boolean): { yuan: string; rocYears: boolean } {
  const yuan = renminbi ? 'CNY' : taiwanese ? 'TWD' : hongKong ? 'HKD' : 'CNY';
  return { yuan, rocYears: taiwanese };
}

/** Chinese digits the scanner starts on (the financial forms 壹貳參 also mean other words: 大陸, 參加). */
const SCAN_DIGITS = new Set('〇○零一二三四五六七八九两兩');
const SCAN_SMALL = new Set('十百千');
const OPEN_QUOTES = new Set('“"「『‘\'《');
const CLOSE_QUOTES = new Set('”"」』’\'》');
const MAX_NOUN = 6;
/** Characters after a number that can make it a figure, besides units: a cheap first test. */
const MAY_FOLLOW_NUMBER = new Set([
  ...'%‰成年月日倍多余餘/',
  ...RANGE_JOINERS.map((j) => j[0]),
  ...PERCENT_POINT_LATIN.map((w) => w.text[0]),
  ...FISCAL_YEAR_WORDS.map((w) => w[0]),
]);

const unitsByFirst = indexByFirstChar(UNITS);
/** What may follow the slash of a unit per unit (公斤/公顷, 元/千瓦时, 元/人): measures, not money, 倍 nor ages. */
const perUnitsByFirst = indexByFirstChar([
  ...UNITS.filter((e) => (e.kind === 'amount' || e.kind === 'rate') && !e.currency && !e.scale && !NEVER_PER_UNIT.has(e.text)),
  ...PER_UNIT_WORDS,
]);
/** After a Latin unit, what makes it part of a longer one or of a name: 5 GBs, km/h, kW·h, km², GB/T. */
const LATIN_UNIT_GOES_ON = /[A-Za-z0-9/／·⋅•²³¹⁰⁴-⁹]/;

function indexByFirstChar<T extends { text: string }>(entries: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const e of [...entries].sort((a, b) => b.text.length - a.text.length)) {
    const list = map.get(e.text[0]) ?? [];
    list.push(e);
    map.set(e.text[0], list);
  }
  return map;
}

const byLengthDesc = <T extends { text: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => b.text.length - a.text.length);
const QUALIFIERS_BEFORE_SORTED = byLengthDesc(QUALIFIERS_BEFORE);
const QUALIFIERS_AFTER_SORTED = byLengthDesc(QUALIFIERS_AFTER);
const NEGATORS_SORTED = byLengthDesc(NEGATORS);
const HEDGES_SORTED = byLengthDesc(HEDGES);
const PREFIX_CURRENCIES_SORTED = byLengthDesc(PREFIX_CURRENCIES);
const PERCENT_POINT_LATIN_SORTED = byLengthDesc(PERCENT_POINT_LATIN);
const LATIN_MAGNITUDES_SORTED = byLengthDesc(LATIN_MAGNITUDES);
/** Latin words a number may run into without being part of a name: 3.3pct, US$1.5bn. */
const LATIN_WORDS_AFTER_NUMBER = byLengthDesc([...PERCENT_POINT_LATIN, ...LATIN_MAGNITUDES]);
const CAPTIONS_SORTED = [...CAPTION_WORDS].sort((a, b) => b.length - a.length).map((text) => ({ text }));
const NON_FIGURE_PATTERN = new RegExp(
  [...NON_FIGURE_WORDS].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'g',
);

/** Character classes as bits in one table, so the scan over every character is a single array read. */
const DIGIT = 1;
const CN_DIGIT = 2;
const SMALL = 4;
const TENS = 8;
const BIG = 16;
const ORDINAL = 32;
const CHAR_CLASS = new Uint8Array(65536);
for (const c of '0123456789') CHAR_CLASS[c.charCodeAt(0)] |= DIGIT;
for (const c of SCAN_DIGITS) CHAR_CLASS[c.charCodeAt(0)] |= CN_DIGIT;
for (const c of SCAN_SMALL) CHAR_CLASS[c.charCodeAt(0)] |= SMALL;
for (const c of CHINESE_TENS.keys()) CHAR_CLASS[c.charCodeAt(0)] |= TENS;
for (const c of BIG_UNITS.keys()) CHAR_CLASS[c.charCodeAt(0)] |= BIG;
CHAR_CLASS['第'.charCodeAt(0)] |= ORDINAL;
const classOf = (c: string | undefined): number => (c === undefined ? 0 : CHAR_CLASS[c.charCodeAt(0)]);
const NUMERAL_START = DIGIT | CN_DIGIT | SMALL | TENS | ORDINAL;
const NUMERAL_RUN = DIGIT | CN_DIGIT | SMALL | TENS | BIG;

const isAsciiDigit = (c: string | undefined): boolean => (classOf(c) & DIGIT) !== 0;
const isFullWidthDigit = (c: string | undefined): boolean => c !== undefined && c >= '０' && c <= '９';
const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const isCnDigit = (c: string | undefined): boolean => (classOf(c) & CN_DIGIT) !== 0;
const isTens = (c: string | undefined): boolean => (classOf(c) & TENS) !== 0;
const isSmall = (c: string | undefined): boolean => (classOf(c) & SMALL) !== 0;
const isBig = (c: string | undefined): boolean => (classOf(c) & BIG) !== 0;
const isCjk = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  return (x >= 0x4e00 && x <= 0x9fff) || (x >= 0x3400 && x <= 0x4dbf);
};

/**
 * The later year of a span written with its last two digits only (2012至13年, 1998至02年): the first year after
 * `year` that ends so, when it is at most MAX_CUT_SHORT_SPAN years later. 2012 and 13 → 2013, 1998 and 02 → 2002,
 * 2012 and 10 → null.
 */
function continuedYear(year: number, m: Numeral): number | null {
  const d = m.plainDigits;
  if (d === null || d.length !== 2 || year < 1000) return null;
  let later = year - (year % 100) + Number(d);
  if (later <= year) later += 100;
  return later - year <= MAX_CUT_SHORT_SPAN ? later : null;
}

/** The longest span of years read with its later year cut short (2000至09年 is ten years). */
const MAX_CUT_SHORT_SPAN = 20;

/** Year, month and day in digits with one separator (2024-03-05, 2023/02/02, 113.10.30), not followed by more. */
const NUMERIC_DATE = /(\d{4}|\d{3})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.\-/]*\d|[A-Za-z])/y;

/** What a number after 每 counts when it is the base of a rate: 每千人口, 每10万人, 每百户. */
const PER_CAPITA_BASES = ['人口', '人', '户', '戶', '家庭'];

/** 本(109)年, 去(112)年: this, last or next year with its number in brackets. */
const THIS_YEAR = new Set('本今去明前');

/** 數十, 几百: 'several' before a place. */
const SEVERAL = new Set('数數几幾');
/** Characters before 數 that make a word with it (人數, 指數, 戶數, 無數): no 'several' follows. */
const ENDS_WORD_BEFORE_SHU = new Set('人指次户戶倍分岁歲总總多少半参參件位天个個度字常函变變系复複基整奇偶票无無');
/** Characters before 上 that make a word with it (線上, 網上, 平台上, 世界上): no 'over' follows. */
const ENDS_WORD_BEFORE_SHANG = new Set('线線网網场場台臺面路以向之加马馬身晚早手楼樓市街界会會');
/** The places a numeral may open with (十億, 百家, 千人). */
const PLACES = new Set('十百千万萬亿億');

/** The longest quoted name that opens with a numeral, in characters (“三去一降一补”). */
const QUOTED_NAME_MAX = 6;
/** Spans of time a quoted numeral may count: “三个月内完成” is a figure. */
const TIME_WORDS = ['月', '年', '天', '日', '周', '週', '星期', '小时', '小時', '分钟', '分鐘', '秒', '季', '世纪', '世紀'];
/** Classifiers between the numeral and the noun of such a name: 三个代表, 五大任务, 八項規定. */
const NAME_CLASSIFIERS = new Set('个個大项項条條');

/** The year a span of dates written without one is compared in: later than any year written after it (至2024年3月). */
const UNWRITTEN_YEAR = 9999;

/** A numeral as read from the text: where it is, what it is worth and how it was written. */
class Numeral {
  private parsed: number | null | undefined;
  private digits: string | null | undefined;

  constructor(
    private readonly text: string,
    private readonly folded: string,
    readonly start: number,
    readonly end: number,
    readonly arabic: boolean,
    /** Chinese numerals only, no Arabic digit. */
    readonly chinese: boolean,
    readonly hasBig: boolean,
    /** 多/余 between the number and its magnitude: 40余萬. */
    readonly innerApprox: boolean,
    private readonly unitless: boolean,
    private readonly zhao: 'trillion' | 'million',
  ) {}

  /** Parsed on first use: most numerals are rejected by their context before their value matters. */
  get value(): number | null {
    if (this.parsed === undefined) {
      const raw = this.text.slice(this.start, this.end);
      this.parsed = parseChineseNumber(this.innerApprox ? raw.replace(/[多余餘]/g, '') : raw, { zhao: this.zhao });
    }
    return this.parsed;
  }

  /** Digits only, no separators, units or point: candidates for years (2024, 二〇二〇). */
  get plainDigits(): string | null {
    if (this.digits === undefined) {
      const t = this.folded.slice(this.start, this.end);
      this.digits = !this.unitless ? null : /^\d+$/.test(t) ? t : /^[〇○零一二三四五六七八九]+$/.test(t) ? [...t].map(chineseDigitValue).join('') : null;
    }
    return this.digits;
  }

  /** The lone numeral 一, which is mostly the article 'a': 一個, 一種. */
  get lone(): boolean {
    return this.end - this.start === 1 && this.folded[this.start] === '一';
  }

  /**
   * Two neighbouring Chinese digits for an approximate number (GB/T 15835 概數): 七八個 'seven or eight', 三五天,
   * 三四百 300–400, 七八十 70–80, 兩三千億, 五六十萬, 四十五六 45–46. Read positionally they would be 3400 or 96.
   */
  get pair(): [number, number] | null {
    if (this.pairRange === undefined) this.pairRange = this.arabic ? null : this.readPair();
    return this.pairRange;
  }

  private pairRange: [number, number] | null | undefined;

  /**
   * Three or more digits each one above the one before, ending the number (一二三, 二三四個, 十二三四人) or before
   * 十/百/千 (一二三百人), list or count aloud: no number. Not when a digit or a big unit follows the run, where
   * some newspapers write an amount digit by digit (一二三億元, 一二三〇人, 一二三五億元, 一二三百萬元), nor after a
   * decimal point, where digits are places (百分之一點二三四).
   */
  get enumeration(): boolean {
    if (!this.chinese) return false;
    const t = this.folded;
    let run = 1;
    for (let p = this.start + 1; p <= this.end; p++) {
      if (p < this.end && DIGIT_VALUE[t[p]] === DIGIT_VALUE[t[p - 1]] + 1) {
        run++;
        continue;
      }
      if (run >= 3) return p === this.end || (isSmall(t[p]) && !isBig(t[p + 1]) && !isCnDigit(t[p + 1]));
      if (t[p] === '點' || t[p] === '点') return false;
      run = 1;
    }
    return false;
  }

  private readPair(): [number, number] | null {
    const d = this.plainDigits;
    // 三五天 is 'three to five days', as common as the neighbouring pairs.
    if (d === '35') return [3, 5];
    if (d !== null) {
      return d.length !== 2 || d[0] === '0' || Number(d[1]) !== Number(d[0]) + 1 ? null : [Number(d[0]), Number(d[1])];
    }
    // 三四十多萬: 多 between the number and its magnitude is read apart, as `value` reads it.
    const folded = this.folded.slice(this.start, this.end);
    const t = this.innerApprox ? folded.replace(/[多余餘]/g, '') : folded;
    const m = APPROXIMATE_PAIR.exec(t);
    // 三两天, 三兩個: 'two or three', the larger written first.
    const reversed = m !== null && m[1] === '三' && (m[2] === '两' || m[2] === '兩');
    // Neighbours, or 三五 (三五十人: thirty to fifty).
    if (!m || (DIGIT_VALUE[m[2]] !== DIGIT_VALUE[m[1]] + 1 && m[1] + m[2] !== '三五' && !reversed)) return null;
    // Digits after a decimal point are places: 十二點五六 is 12.56.
    if (/[.．點点]/.test(t.slice(0, m.index))) return null;
    // A pair at the end counts in the place below the unit before it (四十五六); 一兩 alone is 1–2.
    const written = (digit: string): number | null =>
      parseChineseNumber(t.slice(0, m.index) + digit + t.slice(m.index + 2), { zhao: this.zhao });
    const low = written(reversed ? m[2] : m[1]);
    const high = written(reversed ? m[1] : m[2]);
    return low === null || high === null || high <= low ? null : [low, high];
  }
}

/** What follows 年代 in words that are no decade: 代表, 代理, 代扣, 代償, 代言, 代價, 代替, 代辦, 代碼, 代謝, 代購, 代銷, 代收. */
const NOT_DECADE_AFTER = new Set('表理扣償偿言價价替辦办碼码謝谢購购銷销收');
/** Two neighbouring digits (not part of a longer run of digits) before a unit or at the end. */
const APPROXIMATE_PAIR = /(?<![〇○零一二两兩三四五六七八九])([一二两兩三四五六七八])([二两兩三四五六七八九])(?=[十百千万萬亿億兆]|$)/;
const DIGIT_VALUE: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

const chineseDigitValue = (ch: string): string => String(Math.max(0, '〇○零一二三四五六七八九'.indexOf(ch) - 2));

interface Pending {
  start: number;
  end: number;
  kind: FigureKind;
  value: number | null;
  unit: string | null;
  approx: boolean;
  bound?: 'lower' | 'upper';
  range?: [number, number] | null;
}

/**
 * Finds the cited figures of a text: amounts, counts, percentages, dates, years, periods,
 * ordinals and counted nouns, sorted by start and never overlapping. `source` is left null.
 *
 * Choices, so that callers can rely on them:
 * - A qualifier before the number (約, 逾, 超過, 不到, 近, 高達, 人民幣 ...) belongs to the figure's span;
 *   超(過)/逾/高於/以上/多/余 mark `bound: 'lower'`, 不到/不足/低於/不高於/以下/近 `bound: 'upper'`, 約/左右 no bound.
 *   數十億元 is a range of two to nine of its place, 上百億元 at least its place.
 * - Ranges (70%~ 95%, 2021—2025年) have `range: [low, high]` and `value: null`.
 * - Dates: `value` is yyyymmdd as a number (2024年12月 → 20241200, day 0 when absent); null without a year (5 月 15 日).
 *   Years: `value` is the year (民國113年 → 2024). A non-year number before 年 (12 年) is a duration: 'amount', unit '年';
 *   so is a 3-digit one a Taiwanese text marks as years (已通車130年, 有100年歷史). A quarter or half of a year
 *   (106年第4季, 2024年上半年) is a date spanning its months.
 * - Percentages: `value` in percent (逾6成 → 60), unit '%'; 个百分点 and pct (回落3.3pct) give unit 'percentage point'.
 * - A unit per unit stays whole, with the kind of its first unit: 5845公斤/公顷 (unit '公斤/公顷'), 0.35元/千瓦时 ('CNY/千瓦时').
 * - billion, million, trillion (bn, mn) after an amount in a currency written before it multiply it: US$3.2 billion → 3.2e9.
 * - A Chinese numeral below 100 before a classifier (三大核心要素, 四道“護城河”, 兩個) is 'counted' and spans its noun
 *   (up to 6 characters, or a quoted term); Arabic numbers before a classifier are 'count' (4 266家, 1256 万人).
 * - Not figures: bare numbers without a unit or magnitude (heading numbers 一、 1. （1）, 2030 重大項目),
 *   document numbers (〔2018〕123號, 字第…號), captions (圖1-1, 表2), names with Latin letters (GPT-4, H20, 5G)
 *   and the words in NON_FIGURE_WORDS (一方面, 十四五, 之一).
 *
 * findFigures('國內研發資金達到8856 億美元')[0] → { text: '8856 億美元', kind: 'amount', value: 885600000000, unit: 'USD', ... }
 */
export function findFigures(text: string, options: FigureOptions = {}): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const scan = new FigureScan(text, options);
  scan.readOn(text.length);
  return scan.figures();
}

/**
 * Characters `findFigureSteps` reads between two pauses. Until V8 has optimised the recogniser (the first few
 * hundred blocks of a session's first large document), a block of 2,048 characters dense with figures takes 10–20 ms
 * to read in one go; 256 take at most a few.
 */
const SCAN_STEP = 256;

/** `findFigures` as a generator that pauses (yields) after every SCAN_STEP characters or so (a figure is read whole). */
export function* findFigureSteps(text: string, options: FigureOptions = {}): Generator<void, Figure[], void> {
  if (typeof text !== 'string' || text.length === 0) return [];
  const scan = new FigureScan(text, options);
  while (!scan.readOn(SCAN_STEP)) yield;
  return scan.figures();
}

/**
 * The month and day a date written without its year ends on, its numerals read as `findFigures` reads them: the
 * last month, and the last day after it. Undefined without a day.
 * Examples: `lastMonthDay('4月29日至31日')` → `{ month: 4, day: 31 }`; `lastMonthDay('3月五六日')` → `{ month: 3, day: 6 }`
 * (the later of the two); `lastMonthDay('1至3月')` → undefined.
 */
export function lastMonthDay(dateText: string): { month: number; day: number } | undefined {
  return new FigureScan(dateText, {}).lastMonthDay();
}

class FigureScan {
  private readonly s: string;
  private readonly found: Pending[] = [];
  private lastEnd = 0;
  /** Where `readOn` goes on from. */
  private readTo = 0;
  private readonly idioms: [number, number][] = [];
  private idiomAt = 0;
  private readonly yuan: string;
  private readonly rocYears: boolean;
  private readonly zhao: 'trillion' | 'million';

  constructor(
    private readonly text: string,
    options: FigureOptions,
  ) {
    this.s = normalizeWidth(text);
    this.zhao = options.zhao ?? 'trillion';
    const auto = documentFigureOptions(TAIWAN_MARKERS.test(text), RENMINBI.test(text), HONG_KONG_MARKERS.test(text));
    this.yuan = !options.yuan || options.yuan === 'auto' ? auto.yuan : options.yuan;
    this.rocYears = options.rocYears === undefined || options.rocYears === 'auto' ? auto.rocYears : options.rocYears;
    for (const m of this.s.matchAll(NON_FIGURE_PATTERN)) this.idioms.push([m.index, m.index + m[0].length]);
  }

  /**
   * Reads on from where the last call stopped, through about `count` more characters (a figure that starts among
   * them is read whole, however far it reaches); true once the text is read to its end.
   */
  readOn(count: number): boolean {
    const s = this.s;
    const stop = Math.min(s.length, this.readTo + count);
    let i = this.readTo;
    while (i < stop) {
      const cls = CHAR_CLASS[s.charCodeAt(i)];
      if ((cls & NUMERAL_START) === 0) {
        i++;
        continue;
      }
      const next = cls & ORDINAL ? this.ordinalAt(i) : s.startsWith('百分之', i) ? this.percentWordsAt(i) : this.numeralAt(i);
      i = Math.max(next, i + 1);
    }
    this.readTo = i;
    return i >= s.length;
  }

  /** The figures read so far. */
  figures(): Figure[] {
    const starts = lineStarts(this.text);
    return this.found.map((f) => ({
      start: f.start,
      end: f.end,
      text: this.text.slice(f.start, f.end),
      line: lineOf(starts, f.start) + 1,
      kind: f.kind,
      value: f.value,
      range: f.range ?? null,
      unit: f.unit,
      approx: f.approx,
      ...(f.bound ? { bound: f.bound } : {}),
      source: null,
    }));
  }

  private emit(f: Pending): number {
    if (f.start < this.lastEnd || f.end <= f.start) return f.end;
    this.found.push(f);
    this.lastEnd = f.end;
    return f.end;
  }

  private inIdiom(i: number): boolean {
    while (this.idiomAt < this.idioms.length && this.idioms[this.idiomAt][1] <= i) this.idiomAt++;
    const span = this.idioms[this.idiomAt];
    return span !== undefined && span[0] <= i;
  }

  private skipSpaces(p: number, max = 2): number {
    let q = p;
    while (q < this.s.length && q - p < max && this.s[q] === ' ') q++;
    return q;
  }

  /**
   * “兩個屏障”, “五大任务”, 「千萬工程」: a short quoted phrase that opens with a Chinese numeral and no unit names a
   * policy or a slogan; it states no figure (“三个月内完成” does: 月 is a unit).
   */
  private opensQuotedName(n: Numeral): boolean {
    const s = this.s;
    if (!n.chinese || !OPEN_QUOTES.has(s[n.start - 1])) return false;
    const noun = NAME_CLASSIFIERS.has(s[n.end]) ? n.end + 1 : n.end;
    // “八成”, “十多年”, “一百多家”: a share, a qualifier or a unit makes it a figure.
    if (this.unitAt(noun) || MAY_FOLLOW_NUMBER.has(s[noun]) || TIME_WORDS.some((w) => s.startsWith(w, noun))) return false;
    for (let q = noun; q < s.length && q - n.start <= QUOTED_NAME_MAX; q++) {
      if (CLOSE_QUOTES.has(s[q])) return q > noun;
      if (!isCjk(s[q])) return false;
    }
    return false;
  }

  private lineStartBefore(i: number): boolean {
    for (let p = i - 1; p >= 0; p--) {
      const c = this.s[p];
      if (c === '\n' || c === '\r') return true;
      if (c !== ' ' && c !== '\t') return false;
    }
    return true;
  }

  /** Whether only a line start, spaces and Markdown's heading marks (## 第一章) come before `i`. */
  private headingStartBefore(i: number): boolean {
    const s = this.s;
    let p = i;
    while (p > 0 && (s[p - 1] === ' ' || s[p - 1] === '\t')) p--;
    const spaced = p < i;
    let marks = 0;
    while (p > 0 && s[p - 1] === '#') {
      p--;
      marks++;
    }
    if (marks > 0 && (!spaced || marks > 6)) return false;
    return this.lineStartBefore(p);
  }

  /** The longest entry of `list` ending at `p` (optionally across one space), not reaching into the previous figure. */
  private matchBefore<T extends { text: string }>(list: readonly T[], p: number): { entry: T; start: number } | null {
    return this.matchEndingAt(list, p) ?? (this.s.charCodeAt(p - 1) === 0x20 ? this.matchEndingAt(list, p - 1) : null);
  }

  private matchEndingAt<T extends { text: string }>(list: readonly T[], at: number): { entry: T; start: number } | null {
    for (const entry of list) {
      const start = at - entry.text.length;
      if (start >= this.lastEnd && this.s.startsWith(entry.text, start)) return { entry, start };
    }
    return null;
  }

  private matchAfter<T extends { text: string }>(list: readonly T[], p: number): T | null {
    for (const entry of list) if (this.s.startsWith(entry.text, p)) return entry;
    return null;
  }

  /** The longest word of `list` at `p` that no Latin letter or digit carries on (pct, not pctile). */
  private latinWordAt<T extends { text: string }>(list: readonly T[], p: number): T | null {
    const w = this.matchAfter(list, p);
    return w && !isLatin(this.s[p + w.text.length]) && !isAsciiDigit(this.s[p + w.text.length]) ? w : null;
  }

  private unitAt(p: number, index = unitsByFirst): UnitEntry | null {
    const list = index.get(this.s[p]);
    if (!list) return null;
    for (const e of list) if (this.s.startsWith(e.text, p) && !(e.latin && LATIN_UNIT_GOES_ON.test(this.s[p + e.text.length] ?? ''))) return e;
    return null;
  }

  // ---------------------------------------------------------------- reading numerals

  /** Reads Arabic digits with digit groups (4 266, 3,313) and a decimal part. */
  private readArabic(p: number): number {
    const s = this.s;
    const first = p;
    while (p < s.length && isAsciiDigit(s[p])) p++;
    let grouped = p - first <= 3;
    while (grouped && p + 3 < s.length + 1 && (s[p] === ',' || s[p] === ' ')) {
      // A full-width ， is prose punctuation, except between full-width digits (４，２６６).
      if (s[p] === ',' && this.text[p] !== ',' && !(isFullWidthDigit(this.text[p - 1]) && isFullWidthDigit(this.text[p + 1]))) break;
      if (!(isAsciiDigit(s[p + 1]) && isAsciiDigit(s[p + 2]) && isAsciiDigit(s[p + 3]) && !isAsciiDigit(s[p + 4]))) break;
      p += 4;
      grouped = true;
    }
    if (s[p] === '.' && isAsciiDigit(s[p + 1])) {
      p++;
      while (p < s.length && isAsciiDigit(s[p])) p++;
    }
    return p;
  }

  /** Reads a run of Chinese digits with an optional decimal part (一八八一, 九.四, 十二點六八's 二點六八). */
  private readChineseDigits(p: number): number {
    const s = this.s;
    const start = p;
    while (p < s.length && isCnDigit(s[p]) && (p === start || !this.liangStartsAnew(p))) p++;
    if ((s[p] === '.' || s[p] === '點' || s[p] === '点') && isCnDigit(s[p + 1])) {
      p++;
      while (p < s.length && isCnDigit(s[p])) p++;
    }
    return p;
  }

  /** After 億 or 兆, does a number continue the same numeral (6 兆 3,313 億, 1,126萬7千, 三万五)? */
  private continuesAfterBig(p: number, needBig: boolean, bigExponent: number): boolean {
    const s = this.s;
    let q = p;
    let hasSmall = false;
    let lastNum = false;
    const first = q;
    while (q < s.length) {
      if (isAsciiDigit(s[q]) && !lastNum) {
        q = this.readArabic(q);
        lastNum = true;
      } else if (isCnDigit(s[q]) && !lastNum) {
        q = this.readChineseDigits(q);
        lastNum = true;
      } else if (isSmall(s[q]) && !(s[q] === '千' && SI_AFTER_QIAN.has(s[q + 1]))) {
        q++;
        hasSmall = true;
        lastNum = false;
      } else break;
    }
    if (q === first) return false;
    const r = this.skipSpaces(q);
    if (isBig(s[r]) && !(s[r] === '兆' && SI_AFTER_ZHAO.has(s[r + 1]))) return true;
    if (needBig) return false;
    // 2萬4337美元, 1萬2,083座: a plain number of fewer places than the unit fills the places below it.
    const digits = s.slice(first, q).replace(/[, ]/g, '');
    const plainArabic = /^\d+$/.test(digits) && digits.length <= bigExponent && !'年月日號号'.includes(s[r] ?? '_');
    return hasSmall || plainArabic || (q - first === 1 && isCnDigit(s[first]) && !isCnDigit(s[q]));
  }

  private readNumeral(i: number): Numeral | null {
    const s = this.s;
    let p = i;
    let end = i;
    let last: 'num' | 'small' | 'big' | null = null;
    let arabic = false;
    let chinese = false;
    let hasBig = false;
    let innerApprox = false;
    let units = 0;
    let lastBig = 0;
    while (p < s.length) {
      const c = s[p];
      if (isAsciiDigit(c) || isCnDigit(c)) {
        if (last === 'num') break;
        if (last === 'big' && !this.continuesAfterBig(p, false, lastBig)) break;
        if (isAsciiDigit(c)) {
          p = this.readArabic(p);
          arabic = true;
        } else {
          p = this.readChineseDigits(p);
          chinese = true;
        }
        last = 'num';
        end = p;
      } else if (isTens(c) && last !== 'num') {
        if (last === 'big' && !this.continuesAfterBig(p, false, lastBig)) break;
        p++;
        chinese = true;
        units++;
        last = 'small';
        end = p;
      } else if (isSmall(c)) {
        if (last === 'big') break;
        if (c === '百' && s.startsWith('百分之', p)) break;
        if (c === '千' && SI_AFTER_QIAN.has(s[p + 1])) break;
        p++;
        chinese = true;
        units++;
        last = 'small';
        end = p;
      } else if (isBig(c) && last !== null) {
        if (c === '兆' && SI_AFTER_ZHAO.has(s[p + 1])) break;
        lastBig = c === '兆' ? (this.zhao === 'million' ? 6 : 12) : (BIG_UNITS.get(c) ?? 4);
        p++;
        hasBig = true;
        units++;
        last = 'big';
        end = p;
      } else if ((c === '.' || c === '點' || c === '点') && last === 'small' && isCnDigit(s[p + 1])) {
        // 二十.二: a decimal part straight after 十.
        p = this.readChineseDigits(p + 1);
        last = 'num';
        end = p;
      } else if (INNER_APPROX.has(c) && (last === 'num' || last === 'small') && isBig(s[p + 1])) {
        innerApprox = true;
        p++;
      } else if (c === ' ' && last !== null) {
        const q = this.skipSpaces(p);
        const n = s[q];
        const unitNext =
          (isSmall(n) && !(n === '百' && s.startsWith('百分之', q)) && !(n === '千' && SI_AFTER_QIAN.has(s[q + 1]))) ||
          (isBig(n) && !(n === '兆' && SI_AFTER_ZHAO.has(s[q + 1])));
        if (last === 'num' && unitNext) p = q;
        else if (last === 'big' && (isAsciiDigit(n) || isCnDigit(n)) && this.continuesAfterBig(q, true, lastBig)) p = q;
        else break;
      } else break;
    }
    if (end === i || last === null) return null;
    return new Numeral(this.text, s, i, end, arabic, chinese && !arabic, hasBig, innerApprox, units === 0, this.zhao);
  }

  /** Skips a whole run of numeral characters so that a rejected numeral is not re-read from its middle. */
  private skipRun(p: number): number {
    const s = this.s;
    while (p < s.length && (CHAR_CLASS[s.charCodeAt(p)] & NUMERAL_RUN) !== 0 && !this.liangStartsAnew(p)) p++;
    return p;
  }

  /**
   * Whether the 两 at `p`, after a digit, starts a numeral of its own. 两 is no digit of a longer number: it counts
   * alone (两个), or ends a pair that starts a number, 一两 or 三两 (一两个, 三两天: one or two, two or three). After any
   * other digit, or after 一/三 that end a list or a longer number (一、三两个, 十三两个), it starts anew:
   * 一、二两个季度 is 两个季度, not 22.
   */
  private liangStartsAnew(p: number): boolean {
    const s = this.s;
    if ((s[p] !== '两' && s[p] !== '兩') || p === 0 || !isCnDigit(s[p - 1])) return false;
    // 一百零两: a slip for 零二, read on as before.
    if (s[p - 1] === '零' || s[p - 1] === '〇' || s[p - 1] === '○') return false;
    if (s[p - 1] !== '一' && s[p - 1] !== '三') return true;
    const before = s[p - 2] ?? '';
    if (isCnDigit(before) || isSmall(before) || isTens(before)) return true;
    // A list of numbers (一、三两个季度), not a word before 、 (企业、三两个品牌) nor a heading's number (三、一两年内).
    const listed = s[p - 3] ?? '';
    return before === '、' && isCnDigit(listed) && p - 3 > 0 && s[p - 4] !== '\n';
  }

  // ---------------------------------------------------------------- context before a number

  /** Qualifier and currency written before the number (約新台幣 3,000 億元). */
  private prefixOf(i: number): { start: number; qualifier: Qualifier | null; currency: string | null } {
    let start = i;
    let currency: string | null = null;
    const cur = this.matchBefore(PREFIX_CURRENCIES_SORTED, start);
    if (cur) {
      start = cur.start;
      currency = cur.entry.unit;
    }
    let qualifier: Qualifier | null = null;
    // 約增40.6%, 約占四分之三: a verb may sit between the qualifier and the number.
    const verb = this.matchBefore(BRIDGE_VERBS, start);
    let q = this.matchBefore(QUALIFIERS_BEFORE_SORTED, start);
    const have = !q && verb?.entry.text === '有';
    if (!q && verb) {
      const bridged = this.matchBefore(QUALIFIERS_BEFORE_SORTED, verb.start);
      // 近有 is 'recently there were' (近有報道稱, 新近有5家), not 'nearly' (有近 is).
      q = bridged && !(bridged.entry.text === '近' && have) ? bridged : null;
    }
    // 突破3项关键技术: things broken through, counted; 突破1300万辆: a threshold passed.
    if (q?.entry.text === '突破' && start === i && this.brokenThrough(i)) q = null;
    if (q && FLIPPED_BY_NEGATION.has(q.entry.text)) q = this.negatedThreshold(q);
    if (q && !this.endsWord(q.start, q.entry.text, have)) {
      start = q.start;
      qualifier = q.entry;
    }
    return { start, qualifier, currency };
  }

  /**
   * A threshold qualifier (超过, 突破 …) as the words before it leave it: turned round by a negation (不得超过3% and
   * 未突破100万辆 are at most), except in a question (能不能突破) or negated twice (不得不突破: must); dropped after a
   * hedge (未必能突破, 能否突破, 是否突破).
   */
  private negatedThreshold(q: { entry: Qualifier; start: number }): { entry: Qualifier; start: number } | null {
    const s = this.s;
    if (this.matchEndingAt(HEDGES_SORTED, q.start) || (q.entry.text === '突破' && s.endsWith('是否', q.start))) return null;
    const negator = this.matchEndingAt(NEGATORS_SORTED, q.start);
    if (!negator || this.matchEndingAt(NEGATORS_SORTED, negator.start)) return q;
    if (negator.entry.text.length === 2 && s[negator.start - 1] === negator.entry.text[1]) return q;
    return { start: negator.start, entry: { text: negator.entry.text + q.entry.text, bound: q.entry.bound === 'lower' ? 'upper' : 'lower' } };
  }

  /** Whether the number at `at`, after 突破, counts things broken through (突破3项关键技术) rather than a threshold. */
  private brokenThrough(at: number): boolean {
    const m = this.readNumeral(at);
    return m !== null && m.value !== null && m.value < 10000 && BROKEN_THROUGH.test(this.s.slice(this.skipSpaces(m.end), m.end + 8));
  }

  /** Whether the qualifier `text` at `at` ends a word (节约, 公约, 最近) rather than qualifies the number after it. */
  private endsWord(at: number, text: string, beforeHave: boolean): boolean {
    if (at === 0) return false;
    const s = this.s;
    const before = s[at - 1];
    if (beforeHave && (text === '约' || text === '約')) return isCjk(before) && !BEFORE_ABOUT_HAVE.includes(before);
    const otherWordEnds = QUALIFIER_WORDS.get(before + text);
    if (otherWordEnds === undefined) return false;
    const ahead = s.slice(Math.max(0, at - 3), at - 1);
    if ((before === '节' || before === '節') && HOLIDAYS_BEFORE_JIE.some((h) => ahead.endsWith(h))) return false;
    if ((before === '节' || before === '節') && SAVING_AFTER.some((w) => ahead.endsWith(w))) return true;
    if ((before === '条' || before === '條') && COUNTING_BEFORE_TIAO.test(ahead.slice(-1))) return false;
    return ahead === '' || !otherWordEnds.includes(ahead.slice(-1));
  }

  private suffixQualifier(p: number): Qualifier | null {
    const q = this.matchAfter(QUALIFIERS_AFTER_SORTED, p);
    // 多 after a unit only as 'more than' when a noun does not follow as a word (多家 is a word).
    if (q && q.text === '多' && isCjk(this.s[p + 1]) && !/[，,。;；、)）]/.test(this.s[p + 1])) return null;
    return q;
  }

  private rejectedContext(n: Numeral): boolean {
    const s = this.s;
    const i = n.start;
    if (n.arabic) {
      // Names with Latin letters: GPT-4, H20, 5G, C919, IPv6, 2024Q1.
      // A Latin unit may follow without a space (12PB, 120億kWh).
      // The second of a pair of Latin units (100MW/200MWh) goes with the first, which is no figure either.
      if (isLatin(s[i - 1]) || ((s[i - 1] === '-' || s[i - 1] === '/') && isLatin(s[i - 2])) || (isLatin(s[n.end]) && !this.unitAt(n.end)?.latin && !this.latinWordAt(LATIN_WORDS_AFTER_NUMBER, n.end))) return true;
      // Dotted or hyphenated references: 113.10.30, 1-1.
      if ((s[i - 1] === '.' || s[i - 1] === '-') && isAsciiDigit(s[i - 2])) return true;
      // Document numbers: 〔2018〕, [2024], 【2020】.
      if ('〔[【'.includes(s[i - 1] ?? '_') && '〕]】'.includes(s[n.end] ?? '_')) return true;
      const cap = this.matchBefore(CAPTIONS_SORTED, i);
      if (cap && !NOT_CAPTION_BEFORE.has(s[cap.start - 1] ?? '')) return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- figures

  /**
   * 一、二十年 (10–20 years), 约三、四成 (30–40 %), 两、三千亿元: two neighbouring digits written apart, the second
   * with its place and unit, an approximate range (GB/T 15835 writes 三四百 without the 、). The figure of the
   * second numeral, widened to the first; null (nothing made) when the first is a heading number or no neighbour.
   */
  private listedPairAt(n: Numeral): number | null {
    const s = this.s;
    const d = DIGIT_VALUE[s[n.start]];
    if (!n.chinese || n.end - n.start !== 1 || d === undefined || d === 9 || s[n.start - 1] === '第') return null;
    // 二、 opening a line numbers a heading (GB/T 9704); 兩、 never does.
    if (this.headingStartBefore(n.start) && s[n.start] !== '两' && s[n.start] !== '兩') return null;
    const m = this.readNumeral(n.end + 1);
    if (!m || !m.chinese || DIGIT_VALUE[s[m.start]] !== d + 1) return null;
    const start = this.prefixOf(n.start).start;
    const made = this.found.length;
    const end = this.numeralAt(m.start);
    const f = this.madeOne(made);
    if (!f || !isPowerOfTen(f.value! / (d + 1))) return end;
    f.start = start;
    f.range = [Number(((f.value! * d) / (d + 1)).toPrecision(15)), f.value!];
    f.value = null;
    f.approx = true;
    return end;
  }

  /**
   * The figure of the numeral at `i`; after 數/几 (數十億元, 幾百家) a range of two to nine of its places, after 上
   * (上百億元, 上千人) at least its value: both approximate, with a qualifier before them (約數十億元).
   */
  private numeralAt(i: number): number {
    const s = this.s;
    // 人數十萬, 線上百萬: 數 and 上 ending a word of their own.
    const several = SEVERAL.has(s[i - 1]) && !ENDS_WORD_BEFORE_SHU.has(s[i - 2]) && i - 1 >= this.lastEnd;
    const over = s[i - 1] === '上' && s[i] !== '十' && !ENDS_WORD_BEFORE_SHANG.has(s[i - 2]) && i - 1 >= this.lastEnd;
    const pre = (several || over) && PLACES.has(s[i]) ? this.prefixOf(i - 1) : undefined;
    const made = this.found.length;
    const end = this.numeralFigureAt(i);
    const f = this.madeOne(made);
    if (!pre || !f || f.start !== i) return end;
    // 近幾十年來 is 'in recent decades', as 近3年 is 'the last three years'.
    const recent = pre.qualifier?.text === '近' && f.unit === '年';
    f.start = recent ? i - 1 : pre.start;
    f.approx = true;
    if (several) {
      f.range = [2 * f.value!, 9 * f.value!];
      f.value = null;
      if (pre.qualifier?.bound && !recent) f.bound = pre.qualifier.bound;
    } else {
      f.bound = 'lower';
    }
    return end;
  }

  /** The figure made since `made` when it is exactly one, with a value and no range (one to widen); else undefined. */
  private madeOne(made: number): Pending | undefined {
    const f = this.found[made];
    return this.found.length === made + 1 && f.value !== null && !f.range ? f : undefined;
  }

  private numeralFigureAt(i: number): number {
    const dated = this.numericDateAt(i);
    if (dated !== null) return dated;
    const n = this.readNumeral(i);
    if (!n) return i + 1;
    const after = this.skipRun(n.end);
    if (this.rejectedContext(n)) return Math.max(after, this.skipCaption(n.end));
    const s = this.s;
    const q = this.skipSpaces(n.end);
    if (s.startsWith('分之', q)) return this.fractionAt(n, q) ?? after;
    if (s[n.end] === '、') {
      const listed = this.listedPairAt(n);
      if (listed !== null) return listed;
    }
    // 本(109)年9月4日, 今(2024)年: Taiwan's official style writes this year's number in brackets.
    if (s[i - 1] === '(' && s[n.end] === ')' && s[n.end + 1] === '年' && THIS_YEAR.has(s[i - 2]) && n.arabic) {
      const y = this.yearAt(n, n.end + 1, this.prefixOf(i - 2), i - 2);
      if (y !== null) return y;
    }
    if (!n.hasBig && !MAY_FOLLOW_NUMBER.has(s[q]) && !unitsByFirst.has(s[q]) && this.matchBefore(PREFIX_CURRENCIES_SORTED, i) === null) return after;
    if (this.inIdiom(i) || this.opensQuotedName(n)) return after;
    // 每千人口, 每10万人: the base of a rate (每千人口执业医师3.4人), not a number of people.
    if (s[i - 1] === '每') {
      const base = PER_CAPITA_BASES.find((w) => s.startsWith(w, q));
      if (base) return q + base.length;
    }
    const pre = this.prefixOf(i);
    // 一二三百人 is a list, not 12,300 people; 一二三四年 is still the year 1234.
    if (n.enumeration) return this.yearAt(n, q, pre) ?? after;

    const pct = this.percentAfter(n, q, pre);
    if (pct !== null) return pct;
    const joined = RANGE_JOINERS.some((j) => s.startsWith(j, q));
    if (n.lone && s[q] !== '月' && s[q] !== '倍') {
      // 一至三月 (a lone 一 is mostly the article 'a', but not before a span of months).
      return (joined ? this.monthSpanAt(n) : null) ?? after;
    }
    if (this.isDecade(n, q)) return after;
    // 三年級 is a school grade: neither a year nor a number of years.
    if (s[q] === '年' && (s[q + 1] === '級' || s[q + 1] === '级')) return after;
    // 2023/24年度, 2023財政年度: a financial year (a slash or a financial-year word after a year starts one).
    const financial = (s[q] === '/' || this.fiscalYearEnd(q) !== null) && n.arabic && n.plainDigits?.length === 4;
    if (s[q] === '年' || joined || financial) {
      const y = this.yearAt(n, q, pre);
      if (y !== null) return y;
      if (this.isShortYear(n, q)) return after;
    }
    if (s[q] === '月' || s[q] === '日') {
      const d = this.monthDayAt(n, pre.start);
      if (d !== null) return d;
    }
    if (joined) {
      const span = this.monthSpanAt(n);
      if (span !== null) return span;
    }
    const r = this.amountRangeAt(n, q, pre);
    if (r !== null) return r;
    const u = this.unitFigureAt(n, q, pre);
    if (u !== null) return u;
    if (n.hasBig) {
      const { approx, bound, end } = this.closeQualifiers(n, n.end, pre.qualifier);
      const pair = n.pair;
      if (pair) return this.emit({ start: pre.start, end, kind: 'number', value: null, unit: null, approx: true, bound, range: pair });
      return this.emit({ start: pre.start, end, kind: 'number', value: n.value, unit: null, approx, bound });
    }
    return after;
  }

  /**
   * The end of the unit spelled out in brackets after a Latin one, 230 EFLOPS（百億億次浮點運算/秒）: one figure
   * filling the brackets, in the same unit and worth one of it. It belongs to the unit, as (EFLOPS) does after
   * the Chinese name.
   */
  private spelledOutUnitAfter(at: number, unit: string | null, scale: number): number | null {
    const p = this.skipSpaces(at);
    // The folded copy has ( and ) for （ and ）.
    if (this.s[p] !== '(') return null;
    const close = this.s.indexOf(')', p + 1);
    if (close === -1 || close - p > 24) return null;
    const inner = findFigures(this.text.slice(p + 1, close));
    const only = inner.length === 1 ? inner[0] : undefined;
    return only && only.start === 0 && only.end === close - p - 1 && only.unit === unit && only.value === scale ? close + 1 : null;
  }

  /** See `lastMonthDay`. */
  lastMonthDay(): { month: number; day: number } | undefined {
    const s = this.s;
    let month: number | undefined;
    let day: number | undefined;
    for (let i = 0; i < s.length; ) {
      const n = (CHAR_CLASS[s.charCodeAt(i)] & NUMERAL_START) !== 0 ? this.readNumeral(i) : null;
      if (!n) {
        i++;
        continue;
      }
      // Of two neighbouring digits (一二月, 五六日) the later one ends the date.
      const value = (n.chinese ? n.pair?.[1] : undefined) ?? n.value;
      const q = this.skipSpaces(n.end);
      if (s[q] === '月' && value !== null && Number.isInteger(value)) {
        month = value;
        day = undefined;
      } else if (DAY_ENDS.includes(s[q]) && month !== undefined && value !== null) {
        day = value;
      }
      i = Math.max(n.end, i + 1);
    }
    return month !== undefined && day !== undefined ? { month, day } : undefined;
  }

  /** 圖1-1, 表2-3: skip the whole reference. */
  private skipCaption(p: number): number {
    const s = this.s;
    while ((s[p] === '-' || s[p] === '.') && isAsciiDigit(s[p + 1])) {
      p++;
      while (isAsciiDigit(s[p])) p++;
    }
    return p;
  }

  private closeQualifiers(
    n: Numeral,
    end: number,
    before: Qualifier | null,
    extra?: Qualifier | null,
  ): { approx: boolean; bound?: 'lower' | 'upper'; end: number } {
    const after = this.suffixQualifier(end);
    const all = [before, n.innerApprox ? { text: '余', bound: 'lower' as const } : null, extra ?? null, after].filter(
      (x): x is Qualifier => x !== null,
    );
    const bound = all.find((x) => x.bound)?.bound;
    return { approx: all.length > 0, ...(bound ? { bound } : {}), end: after ? end + after.text.length : end };
  }

  /** 59%, 39.6%, 70%~ 95%, 5%至8%, 逾6成, 0.5个百分点, 5至8%, -3.5%. */
  private percentAfter(n: Numeral, q: number, pre: ReturnType<FigureScan['prefixOf']>): number | null {
    const s = this.s;
    let unit: string | null = null;
    let scale = 1;
    let unitLen = 0;
    /** The digit written after 成 (四成五), in percent. */
    let tenths = 0;
    const pointEnd = this.percentPointEnd(q);
    if (s[q] === '%') {
      unit = '%';
      unitLen = 1;
    } else if (s[q] === '‰') {
      unit = '‰';
      unitLen = 1;
    } else if (pointEnd !== null) {
      unit = 'percentage point';
      unitLen = pointEnd - q;
    } else if (s[q] === '成' && !NOT_TENTHS.has(s[q + 1]) && !n.hasBig) {
      unit = '%';
      scale = 10;
      unitLen = 1;
      // 四成五 is 45 %: a lone digit after 成 that ends the phrase (or comes before 的) is the next place; in
      // 三成五家 or 六成一线城市 the digit starts a word of its own.
      const next = DIGIT_VALUE[s[q + 1]];
      const after = s[q + 2];
      if (n.chinese && n.pair === null && next !== undefined && (after === undefined || after === '的' || !isCjk(after))) {
        tenths = next;
        unitLen = 2;
      }
    }
    let start = pre.start;
    let sign = 1;
    if (unit === '%' && scale === 1 && n.arabic && start === n.start && (s[n.start - 1] === '-' || s[n.start - 1] === '−')) {
      const b = s[n.start - 2];
      if (n.start - 1 >= this.lastEnd && !isAsciiDigit(b) && !isLatin(b) && b !== '%') {
        start = n.start - 1;
        sign = -1;
      }
    }
    const v = n.value === null ? null : (scaleValue(n.value, scale) + tenths) * sign;
    if (unit !== null) {
      const end = q + unitLen;
      const range = this.rangeAfter(end, (_m, r) => this.percentUnitAt(r, unit, scale));
      if (range) {
        const lo = v;
        const hi = range.value === null ? null : scaleValue(range.value, scale);
        const { approx, bound, end: e } = this.closeQualifiers(n, range.end, pre.qualifier);
        return this.emit({ start, end: e, kind: 'percent', value: null, unit, approx, bound, range: orderedRange(lo, hi) });
      }
      const { approx, bound, end: e } = this.closeQualifiers(n, end, pre.qualifier);
      // 三四成 is 30–40 %.
      const pair = n.pair;
      if (pair) return this.emit({ start, end: e, kind: 'percent', value: null, unit, approx: true, bound, range: [scaleValue(pair[0], scale), scaleValue(pair[1], scale)] });
      return this.emit({ start, end: e, kind: 'percent', value: v, unit, approx, bound });
    }
    // 5至8%, 2至3个百分点, 7至8成: a bare number joined to a percentage (一至两个百分点 too: the unit after the second
    // end says 一 is a number, not the article).
    if (n.value !== null) {
      for (const [u, by] of [['%', 1], ['percentage point', 1], ['%', 10]] as const) {
        const range = this.rangeAfter(q, (_m, r) => this.percentUnitAt(r, u, by));
        if (range) {
          const { approx, bound, end: e } = this.closeQualifiers(n, range.end, pre.qualifier);
          const [lo, hi] = [n.value, range.value].map((x) => (x === null ? null : scaleValue(x, by)));
          return this.emit({ start, end: e, kind: 'percent', value: null, unit: u, approx, bound, range: orderedRange(lo, hi) });
        }
      }
    }
    return null;
  }

  /** 3至5万元 (the 万 applies to both ends), 5000万至1亿元, 100万元至200万元, 10到20家. */
  private amountRangeAt(n: Numeral, q: number, pre: ReturnType<FigureScan['prefixOf']>): number | null {
    // 兩三千至五千元: a range from the pair's lower end.
    const lowest = n.pair?.[0] ?? n.value;
    if (lowest === null || n.lone) return null;
    // 年 only from a number of years under a hundred (3至5年, 两到三年): larger ones are years of the calendar, and
    // after a currency (US$3至5年期) the money ends at the first number.
    // 公元25至220年 names years of the calendar, however small.
    const era = this.matchEndingAt(ERA_PREFIXES, pre.start) !== null;
    const usable = (e: UnitEntry | null): e is UnitEntry => e !== null && !e.countedOnly && (e.text !== '年' || (lowest < 100 && !pre.currency && !era));
    const first = this.unitAt(q);
    const firstUnit = usable(first) ? first : null;
    // US$3-5 billion, US$3至5億: after a currency written before it, a range may end in a Latin magnitude or no unit.
    const byCurrency = (m: Numeral): UnitEntry | null => {
      // Not when a unit follows that is no amount's (至2027年3月 is a date, 至5年期 a term).
      if (!pre.currency || firstUnit || m.value === null || this.unitAt(this.skipSpaces(m.end))) return null;
      const magnitude = this.latinMagnitudeAfter(m);
      return { text: magnitude ? this.s.slice(m.end, magnitude.end) : '', unit: pre.currency, kind: 'amount', scale: magnitude?.scale };
    };
    const range = this.rangeAfter(firstUnit ? q + firstUnit.text.length : q, (m, r) => {
      const e = this.unitAt(r);
      if (usable(e)) return !firstUnit || e.unit === firstUnit.unit ? r + e.text.length : null;
      const c = byCurrency(m);
      return c ? m.end + c.text.length : null;
    });
    // 兩三千至四五千元: a pair at the far end counts by its larger end.
    const highest = range?.second.pair?.[1] ?? range?.value ?? null;
    if (!range || highest === null) return null;
    const unitAt = this.skipSpaces(range.second.end);
    const written = this.unitAt(unitAt);
    const entry = usable(written) ? written : byCurrency(range.second);
    // 80至120年 is a span of 80 to 120 years; in a Taiwanese text 110至113年 is one of 民國 years (read elsewhere),
    // unless a qualifier or a word around it says it counts years (約80至120年, 屋齡30至100年, 50至100年一遇).
    const counted = pre.qualifier !== null || this.durationWordBefore(pre.start) || this.durationWordAfter(unitAt);
    if (!entry || (entry.text === '年' && highest >= (this.rocYears && !counted ? 100 : 1000))) return null;
    let low = lowest;
    if (!firstUnit && !n.hasBig && range.second.hasBig) {
      const m = range.second;
      const bigAt = [...this.s.slice(m.start, m.end)].findIndex((c) => isBig(c));
      const coefficient = parseChineseNumber(this.text.slice(m.start, m.start + bigAt), { zhao: this.zhao });
      // The magnitude the second end is written in (both read as written: 四五萬 is 450,000 over 45), when the
      // first end is a bare count of it (3至5萬), not a number of its own (3000至5萬, 兩三千至四五萬).
      if (coefficient && range.value !== null && lowest <= coefficient) low = Number(((lowest * range.value) / coefficient).toPrecision(15));
    }
    // Each end in the unit written after it (500 PFLOPS至1 EFLOPS), or after the second when the first has none; not a
    // magnitude after a currency range on a first end that has its own (US$3億至5 billion).
    if (!(n.hasBig && entry !== written)) low = scaleValue(low, (firstUnit ?? entry).scale ?? 1);
    const high = scaleValue(highest, entry.scale ?? 1);
    const unit = entry.unit === 'YUAN' ? (pre.currency ?? this.yuan) : entry.unit;
    // 100至230 EFLOPS（百億億次浮點運算/秒）: the unit spelled out belongs to the range too.
    let unitEnd = entry.latin && entry.scale ? (this.spelledOutUnitAfter(range.end, unit, entry.scale) ?? range.end) : range.end;
    const per = this.perUnitsAfter(entry, unitEnd);
    if (per) unitEnd = per.end;
    const { approx, bound, end } = this.closeQualifiers(n, unitEnd, pre.qualifier);
    return this.emit({ start: pre.start, end, kind: entry.kind, value: null, unit: per ? unit + per.units : unit, approx: approx || n.pair !== null, bound, range: orderedRange(low, high) });
  }

  private percentUnitAt(r: number, unit: string, scale: number): number | null {
    const s = this.s;
    if (unit === '%' && scale === 1 && s[r] === '%') return r + 1;
    if (unit === '%' && scale === 10 && s[r] === '成') return r + 1;
    if (unit === '‰' && s[r] === '‰') return r + 1;
    if (unit === 'percentage point') return this.percentPointEnd(r);
    return null;
  }

  /** billion, million … (bn, mn) after `n`, across one space, and where it ends; none after a number with 億 or 萬. */
  private latinMagnitudeAfter(n: Numeral): { scale: number; end: number } | null {
    if (n.hasBig) return null;
    const at = this.skipSpaces(n.end, 1);
    const latin = this.latinWordAt(LATIN_MAGNITUDES_SORTED, at);
    return latin ? { scale: latin.scale, end: at + latin.text.length } : null;
  }

  /** Where 个百分点 or pct (3.3pct, 4.1 pct) at `p` ends. */
  private percentPointEnd(p: number): number | null {
    const w = PERCENT_POINT.find((x) => this.s.startsWith(x, p)) ?? this.latinWordAt(PERCENT_POINT_LATIN_SORTED, p)?.text;
    return w === undefined ? null : p + w.length;
  }

  /**
   * The units after the slashes of a unit per unit at `p` (公斤/公顷, 元/人/年), joined as written, and where they end;
   * null when none follows or `entry` (倍, 歲) divides nothing.
   */
  private perUnitsAfter(entry: UnitEntry, p: number): { units: string; end: number } | null {
    if (NEVER_PER_UNIT.has(entry.text)) return null;
    let units = '';
    let end = p;
    while (this.s[end] === '/') {
      const per = this.unitAt(end + 1, perUnitsByFirst);
      if (!per || (per.text.endsWith('元') && NOT_AFTER_PER_YUAN.has(this.s[end + 1 + per.text.length]))) break;
      units += `/${per.unit}`;
      end += 1 + per.text.length;
    }
    return end === p ? null : { units, end };
  }

  /**
   * A range continuing at `p`: joiner, optional spaces, a numeral, and whatever `close` accepts after it.
   * Returns the second numeral's value and where the range ends.
   */
  private rangeAfter(p: number, close: (m: Numeral, r: number) => number | null, lead?: string): { value: number | null; end: number; second: Numeral } | null {
    const s = this.s;
    const a = this.skipSpaces(p);
    const joiner = RANGE_JOINERS.find((j) => s.startsWith(j, a));
    if (!joiner) return null;
    let b = this.skipSpaces(a + joiner.length);
    if (s.startsWith('百分之', b)) b += 3;
    // 第一至第三章: the word before the first number, written again before the second.
    if (lead !== undefined && s.startsWith(lead, b)) b += lead.length;
    const m = this.readNumeral(b);
    if (!m || m.enumeration) return null;
    const r = this.skipSpaces(m.end);
    const end = close(m, r);
    if (end === null) return null;
    return { value: m.value, end, second: m };
  }

  /** 百分之三十, 百分之十二點六八, 百分之五至百分之八. */
  private percentWordsAt(i: number): number {
    const n = this.readNumeral(i + 3);
    if (!n || n.enumeration) return i + 3;
    const pre = this.prefixOf(i);
    const range = this.rangeAfter(n.end, (m) => m.end);
    if (range) {
      const { approx, bound, end } = this.closeQualifiers(n, range.end, pre.qualifier);
      return this.emit({ start: pre.start, end, kind: 'percent', value: null, unit: '%', approx, bound, range: orderedRange(n.value, range.value) });
    }
    const { approx, bound, end } = this.closeQualifiers(n, n.end, pre.qualifier);
    // 百分之三四十 is 30–40 %.
    const pair = n.pair;
    if (pair) return this.emit({ start: pre.start, end, kind: 'percent', value: null, unit: '%', approx: true, bound, range: pair });
    return this.emit({ start: pre.start, end, kind: 'percent', value: n.value, unit: '%', approx, bound });
  }

  /** 四分之三 → 75%. */
  private fractionAt(n: Numeral, q: number): number | null {
    const m = this.readNumeral(q + 2);
    if (!m || n.value === null || m.value === null || n.value === 0) return null;
    const pre = this.prefixOf(n.start);
    const { approx, bound, end } = this.closeQualifiers(m, m.end, pre.qualifier);
    return this.emit({ start: pre.start, end, kind: 'percent', value: (m.value / n.value) * 100, unit: '%', approx, bound });
  }

  private yearValue(n: Numeral, roc: boolean): number | null {
    if (n.plainDigits === null || n.value === null) return null;
    if (roc) return n.value >= 1 && n.value < 200 ? n.value + 1911 : null;
    return n.plainDigits.length === 4 && n.value >= 1000 && n.value < 2200 ? n.value : null;
  }

  /** 2023/24年度, 2022/2023年度, 2023/24財年: a financial year, written with a slash and the next year. */
  private financialYearAfter(p: number, year: number): { end: number; second: Numeral } | null {
    const s = this.s;
    if (s[p] !== '/') return null;
    const m = this.readNumeral(p + 1);
    // 2023/24 or 2022/2023: the next year, cut short or whole.
    const next = m?.plainDigits?.length === 4 ? m.value : m ? continuedYear(year, m) : null;
    if (!m || !m.arabic || next !== year + 1) return null;
    const end = s[m.end] === '年' ? m.end + 1 : this.fiscalYearEnd(m.end);
    return end === null ? null : { end, second: m };
  }

  /**
   * Whether a range joiner at `at` leads to a later 民國 year of three digits: 至116年 in a Taiwanese text, 至116年度 in
   * any (a financial year), not a number of years (至116年來; 至116年間 is during those years). From a year of two
   * digits, 民國38年 (1949) or later: 80年至113年 and 99至101年 are spans of years, 30至100年 counts them.
   */
  private rocYearSpanAfter(n: Numeral, at: number): boolean {
    const s = this.s;
    const from = n.value ?? 0;
    // 民國38年 (1949) onwards: 30至100年 counts years.
    if (n.plainDigits?.length === 2 && from < 38) return false;
    return this.rangeAfter(at, (m, r) =>
      s[r] === '年' && m.arabic && m.plainDigits?.length === 3 && (m.value ?? 0) > from &&
      (this.rocYears || s[r + 1] === '度') && (!this.durationWordAfter(r) || s[r + 1] === '間' || s[r + 1] === '间') ? r + 1 : null,
    ) !== null;
  }

  /** Where a financial-year word (財政年度, 财年) at `p` ends, or null. */
  private fiscalYearEnd(p: number): number | null {
    const w = FISCAL_YEAR_WORDS.find((x) => this.s.startsWith(x, p));
    return w === undefined ? null : p + w.length;
  }

  /**
   * 2022年, 2024年12月, 二〇〇五年三月三日, 民國113年, 2021—2025年, 2021年至2025年, 113至116年, 106年第4季, 2024年上半年;
   * else 12 年 (or 已通車130年 in a Taiwanese text) as a duration.
   */
  private yearAt(n: Numeral, q: number, pre: ReturnType<FigureScan['prefixOf']>, from = n.start): number | null {
    const s = this.s;
    const rocPrefix = this.matchBefore(ROC_PREFIXES, n.start);
    let year = this.yearValue(n, rocPrefix !== null);
    // 公元25年, 公元25至220年, 西元前221年, 公元前2070年: an era makes a number of digits a year of the calendar however
    // small, before the era a negative one. It is part of the figure (as 民國 is) where it makes the year: not in
    // 公元2025年, which stays the figure 2025年 it always was.
    const era = rocPrefix === null ? this.matchBefore(ERA_PREFIXES, n.start) : null;
    const beforeEra = era !== null && era.entry.text.endsWith('前');
    // Digits (公元25年), Chinese numerals (公元二十五年) or, before the era, a magnitude (公元前5万年, 公元前一萬年); not a
    // magnitude after 公元 (公元3.5万年前, 公元二十万年 count years), nor a rough number (公元前五六千年, 公元前二十余万年).
    const eraNumber = n.value !== null && Number.isInteger(n.value) && n.value >= 1 && !n.pair && !n.innerApprox &&
      (n.plainDigits !== null || beforeEra || (n.chinese && !n.hasBig));
    const eraYear = era !== null && (year === null || beforeEra) && eraNumber && (s[q] === '年' || RANGE_JOINERS.some((j) => s.startsWith(j, q)));
    if (eraYear) year = beforeEra ? -n.value! : n.value;
    const start = rocPrefix ? rocPrefix.start : eraYear ? era.start : from;
    // 約113年 rounds a number of years; 低於112年 compares with a year.
    const qualifier = pre.qualifier?.text;
    const mayBeYear = qualifier === undefined || YEAR_COMPARISONS.some((w) => qualifier.endsWith(w));
    if (year === null && s[q] === '年' && n.plainDigits && n.plainDigits.length <= 3 && n.arabic) {
      // 113年8月30日, 113年1-3月: a year below 1000 with a month is a 民國 date; with two digits (99年3月) only in a
      // Taiwanese text, where elsewhere it is 1999 or 2012 cut short (isShortYear).
      const md = this.monthDayAfter(q + 1) ?? this.monthRangeAfter(q + 1);
      if (md && (n.plainDigits.length === 3 || this.rocYears)) year = (n.value ?? 0) + 1911;
      else if (
        n.plainDigits.length === 3 &&
        mayBeYear &&
        (CALENDAR_YEAR_AFTER.some((w) => s.startsWith(w, q)) || this.partOfYearAfter(q + 1) !== null || (this.rocYears && !this.isRocDuration(n, q))) &&
        !this.endsRangeOfNumbers(n.start)
      ) {
        year = this.yearValue(n, true);
      } else if (n.plainDigits.length === 2 && this.rocYears && mayBeYear && !this.durationWordBefore(n.start) &&
        this.rocYearSpanAfter(n, s[q + 1] === '度' ? q + 2 : q + 1)) {
        // 99年至101年, 99年度至100年度 in a Taiwanese text: a span that ends in a 民國 year starts at one.
        year = this.yearValue(n, true);
      }
    } else if (year === null && n.arabic && (n.plainDigits?.length === 3 || (n.plainDigits?.length === 2 && this.rocYears)) && mayBeYear &&
      !this.durationWordBefore(n.start) && this.rocYearSpanAfter(n, q)) {
      // 113至116年: a span of 民國 years with 年 written once, in a Taiwanese text or as financial years (113至116年度);
      // 99至101年 in a Taiwanese text, from a year of two digits to one of three.
      year = this.yearValue(n, true);
    }
    if (year === null) return null;
    // A 民國 year, written so or read so (113年, 112年11月), makes the later year of a span one too.
    const roc = rocPrefix !== null || (n.value !== null && year === n.value + 1911);
    // Period: 2021—2025年, 2021年至2025年, 113年度至116年度, and with the later year cut short: 2012至13年, 二〇二三至二四年度, 2023/24年度.
    const fiscalEnd = this.fiscalYearEnd(q);
    const joinAt = fiscalEnd ?? (s[q] !== '年' ? q : s[q + 1] === '度' ? q + 2 : q + 1);
    if (eraYear) {
      const span = this.eraSpanAfter(joinAt, year, beforeEra);
      if (span) return this.emit({ start, end: span.end, kind: 'period', value: null, unit: null, approx: false, range: [year, span.later] });
    }
    const laterYear = (m: Numeral): number | null => {
      if (!roc) return this.yearValue(m, false) ?? continuedYear(year, m);
      const later = this.yearValue(m, true);
      return later !== null && later > year ? later : null;
    };
    const range = eraYear ? null : this.rangeAfter(joinAt, (m, r) => (laterYear(m) === null ? null : s[r] === '年' ? r + 1 : this.fiscalYearEnd(r))) ?? this.financialYearAfter(joinAt, year);
    if (range) {
      const hi = laterYear(range.second);
      const end = s[range.end] === '度' ? range.end + 1 : range.end;
      return this.emit({ start, end, kind: 'period', value: null, unit: null, approx: false, range: orderedRange(year, hi) });
    }
    // 2023財政年度: a financial year.
    if (fiscalEnd !== null) return this.emit({ start, end: fiscalEnd, kind: 'year', value: year, unit: null, approx: false });
    if (s[q] !== '年') return null;
    // 公元前221年 is a year alone: dates carry yyyymmdd, which has no room for one before the era.
    if (year < 0) return this.emit({ start, end: q + 1, kind: 'year', value: year, unit: null, approx: false });
    const md = this.monthDayAfter(q + 1);
    if (md) {
      const from = year * 10000 + md.month * 100 + (md.day ?? 0);
      // 2023年1月至3月, 2024年3月5日至7日, 2023年11月至2024年2月, 112年11月至113年2月: one span of dates.
      const to = this.dateRangeEnd(md.end, year, md, roc);
      if (to) return this.emit({ start, end: to.end, kind: 'date', value: null, unit: null, approx: false, range: [from, to.value] });
      // 2024年3月5-7日, 2023年6月18至20日: a span of days after the month.
      const days = md.day === null ? this.dayRangeAfter(md.end) : null;
      if (days) {
        const month = year * 10000 + md.month * 100;
        return this.emit({ start, end: days.end, kind: 'date', value: null, unit: null, approx: false, range: [month + days.from, month + days.to] });
      }
      return this.emit({ start, end: md.end, kind: 'date', value: from, unit: null, approx: false });
    }
    // 2023年1-3月, 2023年1至3月份.
    const months = this.monthRangeAfter(q + 1);
    if (months) {
      return this.emit({ start, end: months.end, kind: 'date', value: null, unit: null, approx: false, range: [year * 10000 + months.from * 100, year * 10000 + months.to * 100] });
    }
    // 106年第4季, 2024年第一季度, 2024年上半年: a part of the year, its months as a span of dates.
    const part = this.partOfYearAfter(q + 1);
    if (part) {
      // 2024年第一季度至第三季度: the span of the parts, from the first's first month to the last's last.
      const next = this.skipSpaces(part.end);
      const joiner = RANGE_JOINERS.find((j) => s.startsWith(j, next));
      const last = joiner ? this.partOfYearAfter(this.skipSpaces(next + joiner.length)) : null;
      const through = last && last.to > part.to ? last : part;
      return this.emit({ start, end: through.end, kind: 'date', value: null, unit: null, approx: false, range: [year * 10000 + part.from * 100, year * 10000 + through.to * 100] });
    }
    const end = s[q + 1] === '度' ? q + 2 : q + 1;
    return this.emit({ start, end, kind: 'year', value: year, unit: null, approx: false });
  }

  /**
   * Where a span of dates that starts with `md` (a month of `year`, or a day of it) ends, and its last date
   * (yyyymmdd): 至3月 after a month, 至7日 or 至4月2日 after a day, 至2024年2月 after either. Null when no later date of
   * the same precision follows a range joiner.
   */
  private dateRangeEnd(p: number, year: number, md: { month: number; day: number | null }, roc: boolean): { end: number; value: number } | null {
    const s = this.s;
    let value = 0;
    const range = this.rangeAfter(p, (m, r) => {
      let y = year;
      let next: { end: number; month: number; day: number | null } | null;
      if (s[r] === '年') {
        const later = this.yearValue(m, roc);
        if (later === null) return null;
        y = later;
        next = this.monthDayAfter(r + 1);
      } else if (s[r] === '月') {
        next = this.monthDayAfter(m.start);
      } else if (md.day !== null && DAY_ENDS.includes(s[r]) && inCalendarRange(m, 31)) {
        next = { end: r + 1, month: md.month, day: m.value };
      } else {
        return null;
      }
      if (!next || (next.day === null) !== (md.day === null)) return null;
      value = y * 10000 + next.month * 100 + (next.day ?? 0);
      return value > year * 10000 + md.month * 100 + (md.day ?? 0) ? next.end : null;
    });
    return range ? { end: range.end, value } : null;
  }

  /**
   * The later year of a span from a year of an era (`year`, negative before it): 至220年, 至前206年 (before the era,
   * as the first year is unless its own era is written), 至公元8年, 至公元前771年. Where the span ends and that year,
   * or null when none follows or it is not later.
   */
  private eraSpanAfter(p: number, year: number, beforeEra: boolean): { end: number; later: number } | null {
    const s = this.s;
    const a = this.skipSpaces(p);
    const joiner = RANGE_JOINERS.find((j) => s.startsWith(j, a));
    if (!joiner) return null;
    let b = this.skipSpaces(a + joiner.length);
    const own = ERA_PREFIXES.find((e) => s.startsWith(e.text, b))?.text ?? (s[b] === '前' ? '前' : undefined);
    if (own !== undefined) b += own.length;
    const m = this.readNumeral(b);
    const bce = own !== undefined ? own.endsWith('前') : beforeEra;
    if (!m || m.value === null || !Number.isInteger(m.value) || m.value < 1 || m.pair || m.innerApprox || (m.plainDigits === null && !bce && !(m.chinese && !m.hasBig))) return null;
    const r = this.skipSpaces(m.end, 1);
    const later = bce ? -m.value : m.value;
    // 公元25年至2024年度: the financial year's 度 ends the span.
    return s[r] === '年' && later > year ? { end: s[r + 1] === '度' ? r + 2 : r + 1, later } : null;
  }

  /** 第4季, 第一季度, 上半年, 下半年 after a year: its first and last month, and where it ends. */
  private partOfYearAfter(at: number): { from: number; to: number; end: number } | null {
    const s = this.s;
    // 113年度第1季, 2025年度一季度: the year's quarter after its fiscal year.
    const p = s[at] === '度' && /[第前一二三四1-4１-４Q上下]/.test(s[at + 1] ?? '') ? at + 1 : at;
    const half = HALF_YEARS.find((h) => s.startsWith(h.text, p));
    if (half) return { from: half.from, to: half.to, end: p + half.text.length };
    // 第4季 is one quarter; 前三季 the first three, January to September; 一季度 (without 第) the first, as mainland
    // texts write it; Q1 too.
    if (/^Q[1-4](?![0-9A-Za-z])/.test(s.slice(p, p + 3))) return { from: Number(s[p + 1]) * 3 - 2, to: Number(s[p + 1]) * 3, end: p + 2 };
    const ordinal = s[p] === '第' || s[p] === '前';
    // Without 第, 一季度 … 四季度 only: 两季度 is two quarters.
    if (!ordinal && !/[一二三四1-4１-４]/.test(s[p])) return null;
    const m = this.readNumeral(ordinal ? this.skipSpaces(p + 1, 1) : p);
    if (!m || !inCalendarRange(m, 4) || (!ordinal && m.end !== p + 1)) return null;
    let last = m;
    let r = this.skipSpaces(m.end, 1);
    // The quarter after a joiner or 、 (第 written again or not), or null: 一至三季度, 第一至第三季度, 一、二季度.
    const quarterAt = (from: number): Numeral | null => {
      const at2 = this.skipSpaces(from, 1);
      const q = ordinal && s[at2] === '第' ? at2 + 1 : at2;
      const n = this.readNumeral(q);
      return n && inCalendarRange(n, 4) && (ordinal || n.end === q + 1) ? n : null;
    };
    const joiner = s[p] === '前' ? undefined : RANGE_JOINERS.find((j) => s.startsWith(j, r));
    let listed = false;
    if (joiner !== undefined) {
      // 一至三季度: the quarters from the first to the last.
      const n = quarterAt(r + joiner.length);
      if (n && n.value! > last.value!) last = n;
    } else if (s[p] !== '前') {
      // 一、二、三季度: a list of quarters one after another is their span; 一、三季度 is two apart, and none.
      listed = s[r] === '、';
      while (s[r] === '、') {
        const n = quarterAt(r + 1);
        if (n === null) break;
        if (n.value !== last.value! + 1) return null;
        last = n;
        r = this.skipSpaces(n.end, 1);
      }
    }
    if (last !== m) r = this.skipSpaces(last.end, 1);
    // Without 第, 季 needs 度 (一季 may be a season, 一、二季稻 two crops), unless a span shows it counts quarters (一至三季).
    if (s[r] !== '季' || (!ordinal && (last === m || listed) && s[r + 1] !== '度')) return null;
    return { from: s[p] === '前' ? 1 : m.value! * 3 - 2, to: last.value! * 3, end: s[r + 1] === '度' ? r + 2 : r + 1 };
  }

  /**
   * Whether N年 (three digits, no month) in a Taiwanese text is a number of years rather than a 民國 year: a duration
   * word around it (長達130年, 100年歷史, 100年來), or 年 ending the phrase after a verb that counts years (創校100年。).
   * Anything else (於113年, 所有113年申請案, 截止115年。, 113年起) keeps it a year.
   */
  private isRocDuration(n: Numeral, q: number): boolean {
    const s = this.s;
    if (this.durationWordBefore(n.start) || this.durationWordAfter(q)) return true;
    // 創校100年。 and 創校100年的學校 alike; 編列113年的預算 names a year (編列 counts none).
    if (!PHRASE_ENDS.includes(s[q + 1] ?? '\n') && s[q + 1] !== '的') return false;
    const before = s[n.start - 1] === ' ' ? n.start - 1 : n.start;
    return YEARS_COUNTING_VERBS.some((w) => s.startsWith(w, before - w.length));
  }

  /**
   * Whether the number at `start` ends a range whose first end is a number (長達100至120年): a span its own
   * reading did not take as one of 民國 years, so a number of years.
   */
  private endsRangeOfNumbers(start: number): boolean {
    const s = this.s;
    const joiner = RANGE_JOINERS.find((j) => s.startsWith(j, start - j.length));
    return joiner !== undefined && isAsciiDigit(s[start - joiner.length - 1]);
  }

  /** 連續, 長達, 成立 … ending at `start`: the number after it counts years. */
  private durationWordBefore(start: number): boolean {
    return DURATION_BEFORE_YEAR.some((w) => this.s.startsWith(w, start - w.length));
  }

  /** 來, 之久, 歷史 … after the 年 at `nian`: the number before it counts years. */
  private durationWordAfter(nian: number): boolean {
    return DURATION_AFTER_YEAR.some((w) => this.s.startsWith(w, nian + 1));
  }

  /** 5-7日, 18至20號 after a month: the first and last day, and where the span ends. */
  private dayRangeAfter(p: number): { from: number; to: number; end: number } | null {
    return this.calendarSpanAfter(p, 31, (r) => (DAY_ENDS.includes(this.s[r]) ? r + 1 : null));
  }

  /** 1-3月, 1至3月份 after a year: the first and last month, and where the span ends. */
  private monthRangeAfter(p: number): { from: number; to: number; end: number } | null {
    return this.calendarSpanAfter(p, 12, (r) => (this.s[r] !== '月' ? null : this.s[r + 1] === '份' ? r + 2 : r + 1));
  }

  /**
   * Two numbers from 1 to `max`, the second larger, joined as a range and closed by what `close` accepts
   * after the second (月, 日): their values, and where the span ends.
   */
  private calendarSpanAfter(p: number, max: number, close: (r: number) => number | null): { from: number; to: number; end: number } | null {
    const written = (m: Numeral): boolean => inCalendarRange(m, max) && (m.plainDigits !== null || m.chinese);
    const first = this.readNumeral(this.skipSpaces(p));
    // 一二月, 十一二月, 三四月份: two neighbouring digits name both months (not December, not month 34).
    const pair = first?.chinese ? first.pair : null;
    if (pair && pair[0] >= 1 && pair[1] <= max) {
      const end = close(this.skipSpaces(first!.end));
      return end === null ? null : { from: pair[0], to: pair[1], end };
    }
    if (!first || !written(first)) return null;
    const range = this.rangeAfter(first.end, (m, r) => (written(m) && m.value! > first.value! ? close(r) : null));
    return range ? { from: first.value!, to: range.second.value!, end: range.end } : null;
  }

  /** 12月, 8月30日, 三月三日 after a year. */
  private monthDayAfter(p: number): { end: number; month: number; day: number | null } | null {
    const s = this.s;
    const m = this.readNumeral(this.skipSpaces(p));
    // A pair of neighbouring digits (一二月) is a span of months: monthRangeAfter's.
    if (!m || m.plainDigits === null && !m.chinese || m.chinese && m.pair !== null) return null;
    const mq = this.skipSpaces(m.end);
    if (s[mq] !== '月' || m.value === null || !Number.isInteger(m.value) || m.value < 1 || m.value > 12) return null;
    let end = mq + 1;
    if (s[end] === '份') end++;
    const d = this.dayAfter(end);
    return d ? { end: d.end, month: m.value, day: d.day } : { end, month: m.value, day: null };
  }

  /** 15日, 15 號 at `p` (after a month): the day, and where it ends. */
  private dayAfter(p: number): { end: number; day: number } | null {
    const d = this.readNumeral(this.skipSpaces(p));
    if (!d || !inCalendarRange(d, 31)) return null;
    const dq = this.skipSpaces(d.end);
    return DAY_ENDS.includes(this.s[dq]) ? { end: dq + 1, day: d.value! } : null;
  }

  /**
   * 五六十年代, 1990年代, 八十年代 name decades: neither a year nor a number of years. Not 2024年代表建議,
   * 2023年代扣代繳: a year before a word that starts with 代.
   */
  private isDecade(n: Numeral, q: number): boolean {
    const s = this.s;
    if (s[q] !== '年' || s[q + 1] !== '代' || NOT_DECADE_AFTER.has(s[q + 2])) return false;
    const [low, high] = n.pair ?? [n.value, n.value];
    return low !== null && high !== null && low % 10 === 0 && high % 10 === 0 && high > 0;
  }

  /**
   * 九八年, 一三年, 一二年底: two digits by place before 年 are a year without its century (1998, 2013, 2012), never
   * a number of years (thirteen years is 十三年). A pair of neighbours is one or two years (一二年, 七八年) unless a
   * calendar word (年底, 年度) or a month follows.
   */
  private isShortYear(n: Numeral, q: number): boolean {
    const d = n.plainDigits;
    if (this.s[q] !== '年' || d === null) return false;
    // 12年3月 outside a Taiwanese text: 2012 (or 1912) without its century, not twelve years and a month.
    if (n.arabic) return d.length <= 2 && !this.rocYears && (this.monthDayAfter(q + 1) ?? this.monthRangeAfter(q + 1)) !== null;
    if (!n.chinese || d.length !== 2) return false;
    return n.pair === null || CALENDAR_YEAR_AFTER.some((w) => this.s.startsWith(w, q)) || (this.monthDayAfter(q + 1) ?? this.monthRangeAfter(q + 1)) !== null;
  }

  /**
   * 1至3月, 1-3月, 一至十一月, 1至3月15日 without a year: one date (value and range null: no year), not a bare
   * number before the date 3月.
   */
  private monthSpanAt(n: Numeral): number | null {
    const months = this.monthRangeAfter(n.start);
    if (!months) return null;
    return this.emit({ start: n.start, end: this.dayAfter(months.end)?.end ?? months.end, kind: 'date', value: null, unit: null, approx: false });
  }

  /**
   * 2024-03-05, 2023/02/02, 2024.3.5, and in a Taiwanese text (113.10.30): a date written in digits, the same
   * separator twice. Not a version (1.2.3.4) or a longer run of numbers, nor a month or day out of range.
   */
  private numericDateAt(i: number): number | null {
    const s = this.s;
    const b = s[i - 1];
    if (b !== undefined && (isAsciiDigit(b) || isLatin(b) || '.-/'.includes(b))) return null;
    NUMERIC_DATE.lastIndex = i;
    const m = NUMERIC_DATE.exec(s);
    if (!m) return null;
    const [whole, y, , mo, d] = m;
    const year = y.length === 4 ? Number(y) : this.rocYears ? Number(y) + 1911 : null;
    const month = Number(mo);
    const day = Number(d);
    if (year === null || year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
    return this.emit({ start: i, end: i + whole.length, kind: 'date', value: year * 10000 + month * 100 + day, unit: null, approx: false });
  }

  /** 5 月 15 日, 12月, 14日: a date without a year (value null). */
  private monthDayAt(n: Numeral, start: number): number | null {
    const s = this.s;
    if (n.value === null || !Number.isInteger(n.value) || n.hasBig) return null;
    const q = this.skipSpaces(n.end);
    if (s[q] === '月') {
      const md = this.monthDayAfter(n.start);
      if (!md) return this.monthSpanAt(n);
      // 1月至3月, 3月5日至7日, 3月五六日: a span without a year is one date, as with one.
      const end = this.dateRangeEnd(md.end, UNWRITTEN_YEAR, md, false)?.end ?? (md.day === null ? this.dayRangeAfter(md.end)?.end : undefined);
      return this.emit({ start: n.start, end: end ?? md.end, kind: 'date', value: null, unit: null, approx: false });
    }
    if (s[q] === '日' && n.value >= 1 && n.value <= 31 && !'內内以'.includes(s[q + 1] ?? '_') && !n.lone) {
      return this.emit({ start: Math.max(start, n.start), end: q + 1, kind: 'date', value: null, unit: null, approx: false });
    }
    return null;
  }

  /** Money, measures, classifiers and counted nouns: 8856 億美元, 4 266家, 40余萬家, 三大核心要素. */
  private unitFigureAt(n: Numeral, q: number, pre: ReturnType<FigureScan['prefixOf']>): number | null {
    const s = this.s;
    let p = q;
    let inner: Qualifier | null = null;
    if (INNER_APPROX.has(s[p]) && this.unitAt(p + 1)) {
      inner = { text: s[p], bound: 'lower' };
      p++;
    }
    const entry = this.unitAt(p);
    // A currency written before the number also names the unit when none follows: 新台幣 800.
    if (!entry && pre.currency && n.value !== null) {
      // US$3.2 billion: a Latin magnitude multiplies the amount as 億 would.
      const magnitude = this.latinMagnitudeAfter(n);
      const value = magnitude ? scaleValue(n.value, magnitude.scale) : n.value;
      const { approx, bound, end } = this.closeQualifiers(n, magnitude?.end ?? n.end, pre.qualifier, inner);
      return this.emit({ start: pre.start, end, kind: 'amount', value, unit: pre.currency, approx, bound });
    }
    if (!entry) return null;
    // A pair counts by its larger end (五六十條 is at most sixty), not by its digits read as places.
    const magnitude = n.pair?.[1] ?? n.value;
    const smallChinese = n.chinese && !n.hasBig && magnitude !== null && magnitude < 100;
    if (entry.countedOnly && !smallChinese) return null;
    let unitEnd = p + entry.text.length;
    if (entry.approx) inner = { text: '多', bound: 'lower' };
    let kind: FigureKind = entry.kind;
    let unit = entry.unit === 'YUAN' ? (pre.currency ?? this.yuan) : entry.unit;
    if (entry.kind === 'amount' && entry.unit !== 'YUAN' && pre.currency && entry.unit === pre.currency) unit = pre.currency;
    let value = n.value;
    let range: [number, number] | null = null;
    let approxPair = false;
    if (n.pair) {
      range = n.pair;
      value = null;
      approxPair = true;
    }
    if (entry.scale) {
      const scale = entry.scale;
      if (value !== null) value = scaleValue(value, scale);
      if (range) range = [scaleValue(range[0], scale), scaleValue(range[1], scale)];
    }
    // 三次会议 is the third session; 兩次會議 is two meetings (兩 only counts: the second is 第二次 or 二次).
    if (entry.text === '次' && SESSION_WORDS.some((w) => s.startsWith(w, unitEnd)) && s[n.start] !== '兩' && s[n.start] !== '两') {
      return this.emit({ start: n.start, end: unitEnd, kind: 'ordinal', value, unit: null, approx: false });
    }
    if (entry.counted && smallChinese) {
      kind = 'counted';
      unitEnd = this.readCountedNoun(unitEnd);
    } else if (entry.countedOnly) {
      return null;
    } else {
      const per = this.perUnitsAfter(entry, unitEnd);
      if (per) {
        unitEnd = per.end;
        unit += per.units;
      }
    }
    // The gloss of a unit belongs to it: 230 百億億次浮點運算/秒(EFLOPS).
    const gloss = /^\([A-Za-z][A-Za-z/ ]{0,15}\)/.exec(s.slice(unitEnd, unitEnd + 18));
    if (gloss) unitEnd += gloss[0].length;
    else if (entry.latin && entry.scale) unitEnd = this.spelledOutUnitAfter(unitEnd, unit, entry.scale) ?? unitEnd;
    const { approx, bound, end } = this.closeQualifiers(n, unitEnd, pre.qualifier, inner);
    const start = pre.start;
    if (pre.qualifier?.text === '近' && entry.text === '年') {
      // 近3年 is 'the last three years', not 'nearly three years' (近二三十年: the last twenty or thirty).
      return this.emit({ start: n.start, end, kind, value, unit, approx: approxPair, range });
    }
    return this.emit({ start, end, kind, value, unit, approx: approx || approxPair, bound, range });
  }

  /** The noun a counted classifier counts: 三大[核心要素], 四道[“護城河”]. */
  private readCountedNoun(p: number): number {
    const s = this.s;
    if (OPEN_QUOTES.has(s[p])) {
      for (let q = p + 1; q < s.length && q <= p + 12; q++) {
        if (CLOSE_QUOTES.has(s[q])) return q > p + 1 ? q + 1 : p;
        if (!isCjk(s[q]) && !isLatin(s[q])) return p;
      }
      return p;
    }
    let q = p;
    while (q < s.length && q - p < MAX_NOUN && isCjk(s[q]) && !NOUN_STOPS.has(s[q]) && !this.startsNewFigure(q)) q++;
    return q;
  }

  private startsNewFigure(q: number): boolean {
    const c = this.s[q];
    return isCnDigit(c) || c === '第';
  }

  /** 第二位, 排名第一, 第3917次, 第11屆, 第三四章 (3–4); not 字第…號 or 令第…號 (document numbers) nor 第一章 heading a line. */
  private ordinalAt(i: number): number {
    const s = this.s;
    if (s[i - 1] === '字' || this.inIdiom(i)) return i + 1;
    const n = this.readNumeral(this.skipSpaces(i + 1, 1));
    if (!n || n.value === null || n.hasBig || !Number.isInteger(n.value) || n.enumeration) return i + 1;
    if (n.arabic && (isLatin(s[n.end]) || s[n.end] === '.' && isAsciiDigit(s[n.end + 1]))) return this.skipRun(n.end);
    const q = this.skipSpaces(n.end, 1);
    // 國務院令第708號, 主席令第九十一号: the number of a decree, not a rank.
    if (s[i - 1] === '令' && (s[q] === '号' || s[q] === '號')) return q + 1;
    // 第1至3條, 第十至十二章: a span of articles or chapters, the classifier written once.
    const span = this.rangeAfter(q, (m, r) => {
      const c = ORDINAL_CLASSIFIERS.find((w) => s.startsWith(w, r));
      return c && m.value !== null && Number.isInteger(m.value) && !m.hasBig && m.value > (n.value ?? 0) ? r + c.length : null;
    }, '第');
    if (span) return this.emit({ start: i, end: span.end, kind: 'ordinal', value: null, unit: null, approx: false, range: [n.value, span.value!] });
    const cls = ORDINAL_CLASSIFIERS.find((c) => s.startsWith(c, q));
    // 第三四章 names chapters 3 and 4 (not the 34th), and numbers no heading even at a line start.
    const pair = n.pair;
    if (cls && HEADING_ORDINAL_CLASSIFIERS.has(cls) && !pair && this.headingStartBefore(i)) return q + cls.length;
    const end = cls ? q + cls.length : n.end;
    const start = i >= 2 && s.startsWith('排名', i - 2) && i - 2 >= this.lastEnd ? i - 2 : i;
    return this.emit({ start, end, kind: 'ordinal', value: pair ? null : n.value, unit: null, approx: false, range: pair });
  }
}

/** Whether `x` is 1, 10, 100 … (or 10¹¹), within float error. */
function isPowerOfTen(x: number): boolean {
  const e = Math.log10(x);
  return x > 0 && Math.abs(e - Math.round(e)) < 1e-9;
}

/** What ends a day of the month: 5日, 5号, 5號. */
const DAY_ENDS = '日号號';

/** What ends a phrase after 年, as read in the width-folded copy (，；！？ are ,;!?). */
const PHRASE_ENDS = ',.;!?。\n\r';

/** Whether a numeral is a whole number from 1 to `max` (a month: 12, a day: 31). */
function inCalendarRange(m: Numeral, max: number): boolean {
  return m.value !== null && Number.isInteger(m.value) && m.value >= 1 && m.value <= max;
}

/** value × scale without float drift for the ×10 of 成 (6.5成 → 65). */
function scaleValue(v: number, scale: number): number {
  return scale === 1 ? v : Number((v * scale).toPrecision(15));
}

function orderedRange(a: number | null, b: number | null): [number, number] | null {
  if (a === null || b === null) return null;
  return a <= b ? [a, b] : [b, a];
}
