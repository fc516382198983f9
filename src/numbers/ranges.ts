/**
 * Ranges written after a first quantity: 3至5年, 3-5年, 三到五年, 20 - 100个, 10000与20000之间.
 */
import { RANGE_CONNECTORS } from './bounds.js';
import * as chars from './chars.js';
import * as coreReader from './core.js';
import type { Core } from './core.js';
import * as numeral from './parseNumeral.js';
import * as scan from './scanNumber.js';
import * as trie from './trie.js';
import { UNITS } from './units.js';

// Module-local copies (see core.ts): no getter call per use under tsx or CJS interop.
const { ch } = chars;
const { bareCore, readCore } = coreReader;
const { evalNumeral } = numeral;
const { readNumeral } = scan;
const { matchForward } = trie;

const C_MINUS = ch('-');
const C_YU_AND = ch('与');
const C_HE = ch('和');

/** A range read by {@link readRange}: its end, bounds and the unit of its right side. */
export interface RangeRead {
  readonly end: number;
  readonly min: number;
  readonly max: number;
  readonly unit: string;
  readonly unitText: string;
  /** End of the right-hand numeral (before its unit). */
  readonly numEnd: number;
}

/**
 * The range that starts with the quantity `left` (whose signed value is `leftValue`), or null
 * when none follows, or 'reject' when it is a span of dates or years (1-11月, 2019至2020年度).
 *
 * @example
 * // s = '3至5万元', left = readCore(s, s, readNumeral(s, 0)!, false)
 * readRange(s, s, left, 3) //=> { end: 5, min: 30000, max: 50000, unit: 'CNY', unitText: '万元', numEnd: 4 }
 */
export function readRange(s: string, orig: string, left: Core, leftValue: number): RangeRead | 'reject' | null {
  let p = left.end;
  // 20 - 100个: spaces around a dash between Arabic numbers.
  const spaced = s.charCodeAt(p) === 0x20 && left.num.arabic && RANGE_CONNECTORS.has(s.charCodeAt(p + 1));
  if (spaced) p++;
  const c = s.charCodeAt(p);
  const between = c === C_YU_AND || c === C_HE;
  if (!RANGE_CONNECTORS.has(c) && !between) return null;
  const dash = c === C_MINUS || c === ch('–') || c === ch('—') || c === ch('~');
  let r0 = p + 1;
  if (spaced && s.charCodeAt(r0) === 0x20) r0++;
  const right = readNumeral(s, r0);
  if (!right) return null;
  if (dash && !(left.num.arabic && right.arabic)) return null;
  // 10000与20000间: 间 closes the range here, it is no unit.
  const rc = between && s.charCodeAt(right.end) === ch('间') ? bareCore(right, right.end) : readCore(s, orig, right, true);
  if (rc.reject) {
    // 1-11月, 2019至2020年度: a span of dates.
    const u = matchForward(UNITS, s, right.end);
    return u && (u.value.kind === 'month' || u.value.kind === 'year' || u.value.kind === 'label') ? 'reject' : null;
  }
  if (right.arabic && right.leadingZero) return null;
  if (left.num.yearLike && right.yearLike) return 'reject';
  if (left.unit !== '' && left.unit !== rc.unit) return null;
  let end = rc.end;
  if (between) {
    if (s.startsWith('之间', end)) end += 2;
    else if (s.startsWith('间', end)) end += 1;
    else return null;
  } else if (s.startsWith('之间', end)) end += 2;
  let lo = leftValue;
  // 3至5万元: the right magnitude applies to the left when the left has none.
  if (left.num.magTail === left.num.end && right.magTail < right.end && left.unit === '') {
    const base = evalNumeral(s, right.start, right.magTail);
    if (base !== null && base !== 0 && lo <= base) lo = lo * (right.value / base);
  }
  let hi = rc.value;
  if (left.unitKind === 'percent' && left.unit === '%' && rc.unit === '%') hi = rc.value;
  if (!(lo <= hi)) return null;
  if (!between && RANGE_CONNECTORS.has(c) && lo === hi) return null;
  return { end, min: lo, max: hi, unit: rc.unit, unitText: rc.unitText, numEnd: right.end };
}
