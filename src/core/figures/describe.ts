import { formatMessage } from '../messages';
import type { Figure, FigureKind } from '../types';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Each kind of figure in words, in English: the key of its translation (l10n/bundle.l10n.*.json) too. */
export const FIGURE_KIND_LABEL = {
  amount: 'amount',
  count: 'count',
  percent: 'percentage',
  rate: 'rate',
  number: 'number',
  date: 'date',
  year: 'year',
  period: 'period',
  ordinal: 'ordinal',
  counted: 'counted noun',
} as const satisfies Record<FigureKind, string>;

export type FigureKindLabel = (typeof FIGURE_KIND_LABEL)[FigureKind];

/** A year before the common era (公元前221年, the value -221) in words: the key of its translation too. */
export const BEFORE_ERA = '{0} BCE';

/**
 * A number written out in full with thousands separators, exactly for integers.
 *
 * groupDigits(885600000000) === '885,600,000,000'
 */
function groupDigits(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return BigInt(value).toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/**
 * Scientific notation for large or small values, with a superscript exponent.
 *
 * scientific(8.856e11) === '8.856 × 10¹¹'
 */
export function scientific(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return String(value);
  const exp = Math.floor(Math.log10(Math.abs(value)));
  const mantissa = Number((value / 10 ** exp).toPrecision(6));
  const sup = String(Math.abs(exp)).split('').map((d) => SUPERSCRIPT[Number(d)]).join('');
  return `${mantissa} × 10${exp < 0 ? '⁻' : ''}${sup}`;
}

/** The plain-language reading of a figure's value for hovers and tables. */
export interface ValueDescription {
  /** 885,600,000,000 USD; 70–95 %; */
  plain: string;
  /** 8.856 × 10¹¹ when the number is large enough for it to help. */
  scientific?: string;
  /** Another unit the field uses: 2.3 × 10²⁰ FLOP/s = 230 EFLOPS. */
  equivalent?: string;
}

/**
 * describeValue({ value: 885600000000, unit: 'USD', … }).plain === '885,600,000,000 USD'
 *
 * `beforeEra` writes a year before the common era (公元前221年 has the value -221) from its number: BEFORE_ERA, `221
 * BCE`, unless given (the editor and the CLI pass its translation).
 */
export function describeValue(f: Pick<Figure, 'value' | 'range' | 'unit' | 'kind'>, beforeEra = (year: number): string => formatMessage(BEFORE_ERA, [year])): ValueDescription | undefined {
  if (f.kind === 'date' || f.kind === 'year' || f.kind === 'period') return describeTime(f, beforeEra);
  const unit = f.unit ? (f.kind === 'percent' && f.unit === '%' ? '%' : ` ${f.unit}`) : '';
  if (f.range) {
    const [lo, hi] = f.range;
    return { plain: `${groupDigits(lo)}–${groupDigits(hi)}${unit}` };
  }
  if (f.value === null) return undefined;
  const big = Math.abs(f.value) >= 1e5;
  const out: ValueDescription = { plain: `${groupDigits(f.value)}${unit}` };
  if (big && (f.kind === 'amount' || f.kind === 'count' || f.kind === 'rate' || f.kind === 'number')) {
    out.scientific = `${scientific(f.value)}${unit}`;
  }
  if (f.unit && /FLOP/i.test(f.unit) && f.value >= 1e15) {
    out.equivalent = f.value >= 1e18 ? `${groupDigits(f.value / 1e18)} EFLOPS` : `${groupDigits(f.value / 1e15)} PFLOPS`;
  }
  return out;
}

/** Dates (and spans of dates) carry yyyymmdd (20241200 for 2024年12月); years and periods carry plain years. */
function describeTime(f: Pick<Figure, 'value' | 'range' | 'kind'>, beforeEra: (year: number) => string): ValueDescription | undefined {
  const time = (value: number): string => (f.kind === 'date' ? isoDate(value) : value < 0 ? beforeEra(-value) : String(value));
  if (f.range) return { plain: `${time(f.range[0])}–${time(f.range[1])}` };
  if (f.value === null) return undefined;
  return { plain: time(f.value) };
}

/** yyyymmdd as 2024-12-05, 2024-12 (no day) or 2024 (no month). */
function isoDate(value: number): string {
  const y = Math.floor(value / 10000);
  const m = Math.floor(value / 100) % 100;
  const d = value % 100;
  const two = (n: number): string => String(n).padStart(2, '0');
  return d > 0 ? `${y}-${two(m)}-${two(d)}` : m > 0 ? `${y}-${two(m)}` : String(y);
}
