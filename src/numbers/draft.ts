/**
 * One quantity while it is being built, and the single place that turns it into a
 * {@link Quantity}: rounding, the no-overlap rule and the span text live here only.
 */
import type { Change, Comparator, Quantity, UnitKind } from '../core/types.js';
import * as chars from './chars.js';
import * as rounding from './round.js';
import * as units from './units.js';

// Module-local copies (see core.ts): no getter call per use under tsx or CJS interop.
const { finish } = rounding;
const { codeAt } = chars;
const { unitKindOf } = units;

/** Mutable builder for one quantity. */
export interface Draft {
  start: number;
  end: number;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  unitText: string;
  comparator: Comparator;
  change: Change;
  /** Where the numeral alone starts and ends; the whole draft when not given. */
  numStart?: number | undefined;
  numEnd?: number | undefined;
  /** The unit's kind as the reader knew it; else looked up from `unit`. */
  unitKind?: UnitKind | undefined;
  /** The numeral reads like a year (2025): the quantity may be a date. */
  yearLike?: boolean | undefined;
}

/**
 * Rounds `d` and appends it to `out`, trimmed so that it starts after the previous quantity;
 * drops it when nothing is left or a value does not fit.
 *
 * @example
 * const out: Quantity[] = [];
 * emit(out, '增长5%', plainDraft(2, 4, 5, '%', '%'));
 * //=> out: [{ start: 2, end: 4, text: '5%', value: 5, unit: '%', comparator: 'eq', … }]
 */
export function emit(out: Quantity[], orig: string, d: Draft): void {
  // Mentions never overlap: a bound word already used by the previous quantity (3年多于5年) stays there.
  const prevEnd = out.length > 0 ? (out[out.length - 1]?.end ?? 0) : 0;
  const start = d.start < prevEnd ? prevEnd : d.start;
  const end = d.end;
  if (start >= end) return;
  // The value and bounds as a ValueBounds (see toValueBounds): a range needs both ends, anything
  // else a value; written out here so that the quantity is one object literal of one shape.
  let value: number | null = null;
  let min: number | null = null;
  let max: number | null = null;
  const comparator = d.comparator;
  if (comparator === 'range') {
    min = d.min === null ? null : finish(d.min);
    max = d.max === null ? null : finish(d.max);
    if (min === null || max === null) return;
  } else {
    value = d.value === null ? null : finish(d.value);
    if (value === null) return;
  }
  const numStart = Math.max(start, d.numStart ?? start);
  const numEnd = Math.min(end, Math.max(numStart, d.numEnd ?? end));
  const unitKind = d.unitKind ?? publicKind(d.unit);
  const q = {
    start,
    end,
    text: orig.slice(start, end),
    comparator,
    value,
    min,
    max,
    unit: d.unit,
    unitText: d.unitText,
    change: d.change,
    unitKind,
    numeral: { start: numStart, end: numEnd, text: orig.slice(numStart, numEnd) },
    duration: unitKind === 'duration',
    dateLike: d.yearLike === true || isDayWord(d.unit, orig, end, value),
  };
  out.push(q as Quantity);
}

/** The public kind of a canonical unit (`CNY/吨` counts as its first part). */
function publicKind(unit: string): UnitKind {
  if (unit === '') return 'none';
  if (unit === 'rank') return 'rank';
  const k = unitKindOf(unit) ?? unitKindOf(unit.split('/')[0] ?? '');
  if (k === 'year') return 'duration';
  if (k === undefined || k === 'label' || k === 'month' || k === 'word') return 'measure';
  return k;
}

/** N日 with 1 ≤ N ≤ 31 written with 日 (not 天): in news mostly a day of the month. */
function isDayWord(unit: string, orig: string, end: number, value: number | null): boolean {
  return unit === '日' && codeAt(orig, end - 1) === 0x65e5 && value !== null && Number.isInteger(value) && value >= 1 && value <= 31;
}

/**
 * A draft for a value with no change (对折 → 50 %, 第3位, 前5%): the common case of the word
 * readers, with the numeral's own span when it is narrower than the draft.
 *
 * Every draft has all the fields of {@link Draft} in one order (here and in applyBounds.ts), so
 * that {@link emit} reads one object shape: a spread with extra fields (`{ ...d, numStart }`)
 * gave V8 a new shape per call site and made each such quantity cost microseconds.
 */
export function plainDraft(
  start: number,
  end: number,
  value: number,
  unit: string,
  unitText: string,
  comparator: Comparator = 'eq',
  numStart: number | undefined = undefined,
  numEnd: number | undefined = undefined,
): Draft {
  return { start, end, value, min: null, max: null, unit, unitText, comparator, change: null, numStart, numEnd, unitKind: undefined, yearLike: undefined };
}
