/**
 * Heading numbers as GB/T 9704-2012 §7.3.3 writes them (一、 （一） 1. （1）) and the
 * 第X篇/章/節/條 forms of laws and plans: reading them at a line start, and writing the
 * number a checker expects next in the same style.
 */

const DIGIT_VALUES: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT_VALUES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CHINESE_DIGITS = '〇一二三四五六七八九';

/**
 * Value of a Chinese numeral up to 9999, NaN when it is not one.
 *
 * parseChineseInteger('二十一') === 21; parseChineseInteger('一百零五') === 105
 */
export function parseChineseInteger(numeral: string): number {
  const chars = [...numeral];
  if (chars.length === 0) return NaN;
  // 二〇二四 style: a plain digit sequence without 十百千
  if (chars.every((c) => c in DIGIT_VALUES)) return Number(chars.map((c) => DIGIT_VALUES[c]).join(''));
  let total = 0;
  let digit = -1;
  let lastUnit = 10000;
  for (const c of chars) {
    if (c in DIGIT_VALUES) {
      if (digit > 0) return NaN;
      digit = DIGIT_VALUES[c];
    } else if (c in UNIT_VALUES) {
      const unit = UNIT_VALUES[c];
      if (unit >= lastUnit) return NaN;
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
      lastUnit = unit;
    } else return NaN;
  }
  return total + Math.max(digit, 0);
}

/** Chinese numeral for 1..9999 in the usual heading style: 十一, 二十, 一百零五. */
export function formatChineseInteger(value: number): string {
  if (!Number.isInteger(value) || value <= 0 || value > 9999) return String(value);
  const parts: string[] = [];
  const units: [number, string][] = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let rest = value;
  let pendingZero = false;
  for (const [size, name] of units) {
    const d = Math.floor(rest / size);
    rest %= size;
    if (d === 0) {
      if (parts.length > 0) pendingZero = true;
      continue;
    }
    if (pendingZero) parts.push('零');
    pendingZero = false;
    if (!(size === 10 && d === 1 && parts.length === 0)) parts.push(CHINESE_DIGITS[d]);
    parts.push(name);
  }
  return parts.join('');
}

/** The numbering families, in hierarchy order: a lower rank contains a higher one. */
export type NumberStyle =
  | 'part' // 第X篇/編
  | 'chapter' // 第X章
  | 'section' // 第X節
  | 'article' // 第X條
  | 'cn' // 一、
  | 'cn-paren' // （一）
  | 'arabic' // 1. 1． 1、
  | 'arabic-paren'; // （1）

export const STYLE_RANK: Record<NumberStyle, number> = {
  part: 0, chapter: 1, section: 2, article: 3, cn: 4, 'cn-paren': 5, arabic: 6, 'arabic-paren': 7,
};

export interface NumberMarker {
  style: NumberStyle;
  value: number;
  /** Offsets of the marker as written (一、, （二）, 3., 第四章). */
  start: number;
  end: number;
  /** Offsets of the numeral inside the marker, for rewriting it. */
  numeralStart: number;
  numeralEnd: number;
}

const CN = '〇零一二三四五六七八九十百千两兩';
/** Blanks inside a marker (第 一 章, （ 二 ）), never a line break: a marker lies on one line. */
const LEGAL_RE = new RegExp(`第([${CN}]{1,8}|[0-9０-９]{1,4})[ \\t\u3000]*(篇|編|编|章|節|节|條|条)`, 'y');
const CN_RE = new RegExp(`([${CN}]{1,6})、`, 'y');
const CN_PAREN_RE = new RegExp(`[（(][ \\t\u3000]*([${CN}]{1,6})[ \\t\u3000]*[）)]`, 'y');
const ARABIC_PAREN_RE = /[（(][ \t\u3000]*([0-9０-９]{1,3})[ \t\u3000]*[）)]/y;
const ARABIC_RE = /([0-9０-９]{1,3})([.．、])/y;

const LEGAL_STYLE: Record<string, NumberStyle> = {
  篇: 'part', 編: 'part', 编: 'part', 章: 'chapter', 節: 'section', 节: 'section', 條: 'article', 条: 'article',
};

function arabicValue(s: string): number {
  let v = 0;
  for (const c of s) {
    const code = c.charCodeAt(0);
    v = v * 10 + (code >= 0xff10 ? code - 0xff10 : code - 48);
  }
  return v;
}

/** Digits side by side with no zero among them: 三四 names 3 and 4 (第三四章), 一二三 lists; 34 is 三十四, 20 may be 二〇. */
const DIGITS_WITHOUT_ZERO = /^[一二三四五六七八九两兩]{2,}$/;

function numeralValue(s: string): number {
  if (/^[0-9０-９]+$/.test(s)) return arabicValue(s);
  return DIGITS_WITHOUT_ZERO.test(s) ? NaN : parseChineseInteger(s);
}

/**
 * The heading number at `at`, if one starts there; `1.4 万亿斤` (a decimal) and `2024、` (a year)
 * are not numbers.
 *
 * readNumberMarker('（二）加强', 0) → { style: 'cn-paren', value: 2, start: 0, end: 3, ... }
 */
export function readNumberMarker(text: string, at: number): NumberMarker | undefined {
  const first = text[at];
  const attempt = (re: RegExp, style: NumberStyle | ((m: RegExpExecArray) => NumberStyle)): NumberMarker | undefined => {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) return undefined;
    const value = numeralValue(m[1].replace(/\s+/g, ''));
    if (!Number.isFinite(value) || value <= 0) return undefined;
    const numeralStart = at + m[0].indexOf(m[1]);
    return {
      style: typeof style === 'function' ? style(m) : style,
      value,
      start: at,
      end: at + m[0].length,
      numeralStart,
      numeralEnd: numeralStart + m[1].length,
    };
  };
  if (first === '第') return attempt(LEGAL_RE, (m) => LEGAL_STYLE[m[2]]);
  if (first === '（' || first === '(') return attempt(CN_PAREN_RE, 'cn-paren') ?? attempt(ARABIC_PAREN_RE, 'arabic-paren');
  if (CN.includes(first)) return attempt(CN_RE, 'cn');
  const code = text.charCodeAt(at);
  if ((code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19)) {
    const marker = attempt(ARABIC_RE, 'arabic');
    // 1.4 is a decimal, not heading 1.
    if (marker && text[marker.end - 1] !== '、' && /[0-9０-９]/.test(text[marker.end] ?? '')) return undefined;
    return marker;
  }
  return undefined;
}

/**
 * The marker text with its numeral replaced by `value`, in the same script.
 *
 * renumber('（二）', 0, 3, 1, 2, 3) === '（三）'
 */
export function renumber(
  text: string,
  markerStart: number,
  markerEnd: number,
  numeralStart: number,
  numeralEnd: number,
  value: number,
): string {
  const numeral = text.slice(numeralStart, numeralEnd);
  let written: string;
  if (/^[0-9]+$/.test(numeral)) written = String(value);
  else if (/^[０-９]+$/.test(numeral)) written = String(value).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  else written = formatChineseInteger(value);
  return text.slice(markerStart, numeralStart) + written + text.slice(numeralEnd, markerEnd);
}
