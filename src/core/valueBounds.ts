import type { Comparator, ValueBounds } from './types.js';

/**
 * The value and bounds of `source` alone, as a fresh {@link ValueBounds}: the one way to carry a
 * quantity's numbers into another object without losing the `comparator` narrowing.
 *
 * @example
 * const statement = { ...otherFields, ...copyValueBounds(quantity) };
 */
export function copyValueBounds(source: ValueBounds): ValueBounds {
  return source.comparator === 'range'
    ? { comparator: 'range', value: null, min: source.min, max: source.max }
    : { comparator: source.comparator, value: source.value, min: null, max: null };
}

/**
 * Loose fields checked into a {@link ValueBounds}: a range needs both bounds, anything else a
 * value; null when they do not fit (the caller drops the mention rather than emit a half value).
 *
 * @example
 * toValueBounds('range', null, 3, 5); //=> { comparator: 'range', value: null, min: 3, max: 5 }
 * toValueBounds('eq', null, null, null); //=> null
 */
export function toValueBounds(comparator: Comparator, value: number | null, min: number | null, max: number | null): ValueBounds | null {
  if (comparator === 'range') return min === null || max === null ? null : { comparator, value: null, min, max };
  return value === null ? null : { comparator, value, min: null, max: null };
}
