/**
 * `zhnews/numbers`: Chinese numbers and quantities, typed per the numeric-statements spec.
 * Pure and synchronous; no segmenter, no file system, no native module.
 *
 * - {@link parseNumber} reads one whole numeral string (两万, 1.8亿, 三分之一, 百分之九十五).
 * - {@link extractQuantities} finds every quantity mention in a text, with its unit in base
 *   form (`CNY`/`USD`… in yuan/dollars, `%`, `pp`, `‰`, `rank`, `倍`, or the Chinese unit word
 *   without magnitude), the bound words written against it (至少, 以上, 左右, 前N…) as a
 *   comparator, ranges (3至5年) and 翻番. Dates, years, labels, ordinals and idioms are left out.
 *
 * The split: `parseNumber` reads a string the caller says is a numeral, so a lone `一`, `十万` or
 * `貳` has its value; `extractQuantities` skips a bare Chinese numeral in running text (一流,
 * 十分) unless a unit, bound word or range makes it a quantity. See docs/numbers.md.
 *
 * Values are plain numbers: safe integers exactly, everything else rounded to 12 significant
 * digits; never `NaN` or `Infinity` (a numeral too large to hold is not reported).
 */
export { parseNumber } from './parseNumeral.js';
export { extractQuantities } from './extract.js';
export type { Quantity, QuantityFields, Comparator, Change, UnitKind, ValueBounds, SingleValue, RangeValue, TextSpan, Span } from '../core/types.js';
