import { normalizeWidth } from '../text/normalize';

/**
 * Values of Chinese numerals, Arabic numbers with digit groups, and their mixtures
 * (GB/T 15835-2011 allows 6 兆 3,313 億 and 134.9 万亿). Values are computed on decimal
 * digit strings (BigInt mantissa and a decimal scale) so 8856 億 is exactly 885600000000.
 */

export interface ChineseNumberOptions {
  /**
   * What 兆 means: 'trillion' (1e12, as in Traditional texts and with money: 1.3 兆元) or
   * 'million' (1e6, the SI prefix of mainland technical texts: 3 兆 meaning 3 million).
   */
  zhao?: 'trillion' | 'million';
}

/** Chinese digits, including financial (大寫) forms and the two circles used for zero. */
export const CHINESE_DIGITS: ReadonlyMap<string, number> = new Map([
  ['〇', 0], ['○', 0], ['零', 0],
  ['一', 1], ['壹', 1], ['二', 2], ['贰', 2], ['貳', 2], ['两', 2], ['兩', 2],
  ['三', 3], ['叁', 3], ['參', 3], ['四', 4], ['肆', 4], ['五', 5], ['伍', 5],
  ['六', 6], ['陆', 6], ['陸', 6], ['七', 7], ['柒', 7], ['八', 8], ['捌', 8], ['九', 9], ['玖', 9],
]);

/** 廿 卅 卌: one character for twenty, thirty, forty (卅八年 = 38 years). */
export const CHINESE_TENS: ReadonlyMap<string, number> = new Map([['廿', 2], ['卅', 3], ['卌', 4]]);

/** Small multipliers: power of ten. */
const SMALL_UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 1], ['拾', 1], ['百', 2], ['佰', 2], ['千', 3], ['仟', 3],
]);

/** Large multipliers (萬進): power of ten; 兆 depends on `ChineseNumberOptions.zhao`. */
export const BIG_UNITS: ReadonlyMap<string, number> = new Map([
  ['万', 4], ['萬', 4], ['亿', 8], ['億', 8], ['兆', 12],
]);

/** Decimal points: ASCII (after width folding), 點/点 (十二點六八), the ideographic full stop in 二．五二. */
const POINTS = new Set(['.', '點', '点']);
/** Digit-group separators inside Arabic numbers (after width folding: NBSP, thin space, ideographic space → ' '). */
const GROUP_SEPARATORS = new Set([',', ' ', '\u2009', '\u202f', '\u00a0']);

/** Past this many digits or this exponent a value cannot be a finite double: stop early. */
const MAX_DIGITS = 400;
const MAX_EXPONENT = 400;

/** A decimal value: n × 10^-s, exact. */
interface Decimal {
  n: bigint;
  s: number;
}

const ZERO: Decimal = { n: 0n, s: 0 };

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  if (a.s === b.s) return [a.n, b.n, a.s];
  if (a.s > b.s) return [a.n, b.n * 10n ** BigInt(a.s - b.s), a.s];
  return [a.n * 10n ** BigInt(b.s - a.s), b.n, b.s];
}

function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, s] = align(a, b);
  return { n: x + y, s };
}

function shift(a: Decimal, exponent: number): Decimal {
  if (exponent <= a.s) return { n: a.n, s: a.s - exponent };
  return { n: a.n * 10n ** BigInt(exponent - a.s), s: 0 };
}


function toNumber(a: Decimal): number | null {
  const v = Number(`${a.n}e-${a.s}`);
  return Number.isFinite(v) ? v : null;
}

type Token =
  | { t: 'num'; v: Decimal; single: boolean }
  | { t: 'small'; e: number }
  | { t: 'big'; e: number };

function isAsciiDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** Splits a normalised numeral into tokens, or null when something that is not part of a number is found. */
function tokenize(s: string, zhaoExponent: number): Token[] | null {
  const tokens: Token[] = [];
  let digits = 0;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t' || c === '\u2009' || c === '\u00a0' || c === '\u202f') {
      i++;
      continue;
    }
    if (isAsciiDigit(c) || (POINTS.has(c) && i + 1 < s.length && (isAsciiDigit(s[i + 1]) || CHINESE_DIGITS.has(s[i + 1])))) {
      let int = '';
      while (i < s.length) {
        if (isAsciiDigit(s[i])) int += s[i++];
        else if (GROUP_SEPARATORS.has(s[i]) && int.length > 0 && /^\d{3}(?!\d)/.test(s.slice(i + 1, i + 5))) i++;
        else break;
      }
      let frac = '';
      if (i < s.length && POINTS.has(s[i]) && i + 1 < s.length && isAsciiDigit(s[i + 1])) {
        i++;
        while (i < s.length && isAsciiDigit(s[i])) frac += s[i++];
      } else if (i < s.length && POINTS.has(s[i]) && int === '' && i + 1 < s.length && CHINESE_DIGITS.has(s[i + 1])) {
        i++;
        while (i < s.length && CHINESE_DIGITS.has(s[i])) frac += String(CHINESE_DIGITS.get(s[i++]));
      }
      digits += int.length + frac.length;
      if (digits > MAX_DIGITS || (int === '' && frac === '')) return null;
      tokens.push({ t: 'num', v: { n: BigInt((int || '0') + frac), s: frac.length }, single: false });
      continue;
    }
    if (CHINESE_DIGITS.has(c)) {
      let int = '';
      while (i < s.length && CHINESE_DIGITS.has(s[i])) int += String(CHINESE_DIGITS.get(s[i++]));
      let frac = '';
      if (i + 1 < s.length && POINTS.has(s[i]) && (CHINESE_DIGITS.has(s[i + 1]) || isAsciiDigit(s[i + 1]))) {
        i++;
        while (i < s.length && (CHINESE_DIGITS.has(s[i]) || isAsciiDigit(s[i]))) {
          frac += isAsciiDigit(s[i]) ? s[i] : String(CHINESE_DIGITS.get(s[i]));
          i++;
        }
      }
      digits += int.length + frac.length;
      if (digits > MAX_DIGITS) return null;
      tokens.push({ t: 'num', v: { n: BigInt(int + frac), s: frac.length }, single: int.length === 1 && frac === '' });
      continue;
    }
    const tens = CHINESE_TENS.get(c);
    if (tens !== undefined) {
      tokens.push({ t: 'num', v: { n: BigInt(tens), s: 0 }, single: false }, { t: 'small', e: 1 });
      i++;
      continue;
    }
    const small = SMALL_UNITS.get(c);
    if (small !== undefined) {
      tokens.push({ t: 'small', e: small });
      i++;
      continue;
    }
    const big = BIG_UNITS.get(c);
    if (big !== undefined) {
      tokens.push({ t: 'big', e: c === '兆' ? zhaoExponent : big });
      i++;
      continue;
    }
    return null;
  }
  return tokens;
}

/** Folds tokens into one exact decimal; null when the sequence is not a number (two numbers in a row). */
function evaluate(tokens: Token[]): Decimal | null {
  let total = ZERO;
  let section = ZERO;
  let pending: Decimal | null = null;
  let pendingSingle = false;
  let sectionHasValue = false;
  let maxBig = 0;
  let lastUnit = 0;
  let lastWasUnit = false;
  let seenAny = false;
  for (const tok of tokens) {
    if (tok.t === 'num') {
      if (pending !== null) return null;
      pending = tok.v;
      // 一百五: a lone digit straight after a unit counts in the next lower place.
      pendingSingle = tok.single && lastWasUnit;
      lastWasUnit = false;
      seenAny = true;
    } else if (tok.t === 'small') {
      section = add(section, shift(pending ?? { n: 1n, s: 0 }, tok.e));
      sectionHasValue = true;
      pending = null;
      lastUnit = tok.e;
      lastWasUnit = true;
      seenAny = true;
    } else {
      const hasValue = pending !== null || sectionHasValue;
      const v = add(section, pending ?? ZERO);
      if (!hasValue) {
        // 万亿, 百億億: a unit straight after a unit multiplies (a lone 万 means 10000).
        total = shift(seenAny ? total : { n: 1n, s: 0 }, tok.e);
        maxBig += tok.e;
      } else if (tok.e > maxBig) {
        total = shift(add(total, v), tok.e);
        maxBig = tok.e;
      } else {
        total = add(total, shift(v, tok.e));
      }
      if (maxBig > MAX_EXPONENT) return null;
      section = ZERO;
      sectionHasValue = false;
      pending = null;
      lastUnit = tok.e;
      lastWasUnit = true;
      seenAny = true;
    }
  }
  if (!seenAny) return null;
  if (pending !== null) {
    const tail = pendingSingle && lastUnit >= 2 ? shift(pending, lastUnit - 1) : pending;
    section = add(section, tail);
  }
  return add(total, section);
}

/**
 * The value of a numeral written in Arabic digits, Chinese numerals or a mixture, or null when
 * the string is not one number (or its value is not a finite double).
 *
 * parseChineseNumber('6 兆 3,313 億') === 6331300000000
 * parseChineseNumber('8856 億') === 885600000000
 * parseChineseNumber('五千五百七十五万') === 55750000
 * parseChineseNumber('百億億') === 1e18
 * parseChineseNumber('二．五二兆') === 2.52e12
 * parseChineseNumber('3 兆', { zhao: 'million' }) === 3e6
 */
export function parseChineseNumber(s: string, options: ChineseNumberOptions = {}): number | null {
  if (typeof s === 'string' && PLAIN_INTEGER.test(s)) return Number(s);
  const d = parseChineseDecimal(s, options);
  return d === null ? null : toNumber(d);
}

/** As `parseChineseNumber`, as an exact decimal string ('885600000000', '0.5'), for callers that must not round. */
export function parseChineseNumberExact(s: string, options: ChineseNumberOptions = {}): string | null {
  const d = parseChineseDecimal(s, options);
  if (d === null) return null;
  const neg = d.n < 0n;
  const digits = (neg ? -d.n : d.n).toString().padStart(d.s + 1, '0');
  const int = digits.slice(0, digits.length - d.s);
  const frac = d.s > 0 ? digits.slice(digits.length - d.s).replace(/0+$/, '') : '';
  return (neg ? '-' : '') + int + (frac ? '.' + frac : '');
}

const PLAIN_INTEGER = /^[0-9]{1,15}$/;

function parseChineseDecimal(s: string, options: ChineseNumberOptions): Decimal | null {
  if (typeof s !== 'string' || s.length === 0 || s.length > 4 * MAX_DIGITS) return null;
  if (PLAIN_INTEGER.test(s)) return { n: BigInt(s), s: 0 };
  const tokens = tokenize(normalizeWidth(s), options.zhao === 'million' ? 6 : 12);
  if (tokens === null || tokens.length === 0) return null;
  return evaluate(tokens);
}
