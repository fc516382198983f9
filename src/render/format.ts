/** Plain-text formatting of statement values and horizons (no HTML here). */
import type { Horizon, Statement } from '../core/types.js';
import { comparatorSign } from './labels.js';

/**
 * A number in base units with thousands separators, exactly as stored (no rounding).
 *
 * @example
 * formatNumber(180000000) //=> '180,000,000'
 * formatNumber(-1234.5) //=> '-1,234.5'
 */
export function formatNumber(value: number): string {
  const s = String(value);
  if (!Number.isFinite(value) || /e/i.test(s)) return s;
  const [whole = '', fraction] = s.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}

/**
 * A large number in Chinese magnitude words (万, 亿) for reading at a glance, or null when
 * the number is below ten thousand.
 *
 * @example
 * chineseMagnitude(180000000) //=> '1.8亿'
 * chineseMagnitude(12000000) //=> '1200万'
 * chineseMagnitude(850) //=> null
 */
export function chineseMagnitude(value: number): string | null {
  const abs = Math.abs(value);
  if (!Number.isFinite(value) || abs < 1e4) return null;
  const [div, word] = abs >= 1e8 ? [1e8, '亿'] : [1e4, '万'];
  return `${Number((value / div).toPrecision(12))}${word}`;
}

/**
 * Comparator, value and unit of a statement on one line: `≥ 180,000,000 CNY`, `3–5 年`.
 *
 * @example
 * formatValue({ comparator: 'gte', value: 95, min: null, max: null, unit: '%' }) //=> '≥ 95 %'
 * formatValue({ comparator: 'range', value: null, min: 3, max: 5, unit: '年' }) //=> '3–5 年'
 */
export function formatValue(s: Pick<Statement, 'comparator' | 'value' | 'min' | 'max' | 'unit'>): string {
  const unit = s.unit === '' ? '' : ` ${s.unit}`;
  if (s.comparator === 'range' || s.value === null) {
    const lo = s.min === null ? '?' : formatNumber(s.min);
    const hi = s.max === null ? '?' : formatNumber(s.max);
    return `${lo}–${hi}${unit}`;
  }
  return `${comparatorSign(s.comparator)} ${formatNumber(s.value)}${unit}`;
}

/**
 * A horizon with its resolved years: `今年 (2020)`, `到2027年 (2020–2027)`, `3至5年`.
 *
 * @example
 * formatHorizon({ text: '今年', from: 2020, to: 2020 }) //=> '今年 (2020)'
 * formatHorizon(null) //=> ''
 */
export function formatHorizon(horizon: Horizon | null): string {
  if (horizon === null) return '';
  const years = horizonYears(horizon);
  return years === '' ? horizon.text : `${horizon.text} (${years})`;
}

/**
 * The resolved years of a horizon: `2020`, `2020–2027`, `2020–`, `–2027`, or `''`.
 *
 * @example
 * horizonYears({ text: '到2027年', to: 2027 }) //=> '–2027'
 */
export function horizonYears(horizon: Horizon): string {
  const { from, to } = horizon;
  if (from !== undefined && to !== undefined) return from === to ? String(from) : `${from}–${to}`;
  if (from !== undefined) return `${from}–`;
  if (to !== undefined) return `–${to}`;
  return '';
}

/**
 * The year a statement is due or about, for grouping: the horizon's end year, else its start
 * year, else null.
 *
 * @example
 * horizonYear({ text: '到2027年', from: 2020, to: 2027 }) //=> 2027
 */
export function horizonYear(horizon: Horizon | null): number | null {
  return horizon?.to ?? horizon?.from ?? null;
}
