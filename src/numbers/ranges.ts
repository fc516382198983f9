/**
 * Ranges written after a first quantity: 3至5年, 3-5年, 三到五年, 20 - 100个, 10000与20000之间,
 * 1万元--5万元, 5万(含)-10万元, and 5000元以上3万元以下.
 */
import { RANGE_CONNECTORS, SUFFIX_BOUNDS } from './bounds.js';
import * as chars from './chars.js';
import * as coreReader from './core.js';
import type { Core } from './core.js';
import * as numeral from './parseNumeral.js';
import * as scan from './scanNumber.js';
import * as trie from './trie.js';
import { UNITS } from './units.js';

// Module-local copies (see core.ts): no getter call per use under tsx or CJS interop.
const { ch, codeAt } = chars;
const { bareCore, readCore } = coreReader;
const { evalNumeral } = numeral;
const { readNumeral } = scan;
const { matchForward } = trie;
// Code units compared in the readers below (module constants: no call per comparison).
const C_ENDASH = ch('–');
const C_EMDASH = ch('—');
const C_TILDE = ch('~');
const C_JIAN = ch('间');
const C_LPAREN = ch('(');
const C_HAN_INCL = ch('含');
const C_RPAREN = ch(')');
const C_DUN = ch('、');

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
  // 5万(含)-10万元: the inclusive mark of the lower end.
  let p = inclusiveEnd(s, left.end);
  // 20 - 100个: spaces around a dash between Arabic numbers.
  const spaced = codeAt(s, p) === 0x20 && left.num.arabic && RANGE_CONNECTORS.has(codeAt(s, p + 1));
  if (spaced) p++;
  const c = codeAt(s, p);
  const between = c === C_YU_AND || c === C_HE;
  if (!RANGE_CONNECTORS.has(c) && !between) return null;
  const dash = c === C_MINUS || c === C_ENDASH || c === C_EMDASH || c === C_TILDE;
  // 1万元--5万元, 3——5年: a doubled dash is one connector.
  if (dash && codeAt(s, p + 1) === c) p++;
  let r0 = p + 1;
  if (spaced && codeAt(s, r0) === 0x20) r0++;
  const right = readNumeral(s, r0);
  if (!right) return null;
  if (dash && !(left.num.arabic && right.arabic)) return null;
  // 10000与20000间: 间 closes the range here, it is no unit.
  const rc = between && codeAt(s, right.end) === C_JIAN ? bareCore(right, right.end) : readCore(s, orig, right, true);
  if (rc.reject) {
    // 1-11月, 2019至2020年度: a span of dates.
    const u = matchForward(UNITS, s, right.end);
    return u && (u.value.kind === 'month' || u.value.kind === 'year' || u.value.kind === 'label') ? 'reject' : null;
  }
  if (right.arabic && right.leadingZero) return null;
  // 2003-2017: a span of years; 1000-1100元, 1000美元-1100美元 have a unit no year takes.
  if (left.num.yearLike && right.yearLike && (rc.unit === '' || rc.unitKind === 'duration')) return 'reject';
  if (left.unit !== '' && left.unit !== rc.unit) return null;
  let end = inclusiveEnd(s, rc.end);
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
  // 77.23-78.82美分: a unit that scales its number (cents) scales the bare left side too.
  if (left.unit === '' && rc.scale !== undefined) lo *= rc.scale;
  let hi = rc.value;
  if (left.unitKind === 'percent' && left.unit === '%' && rc.unit === '%') hi = rc.value;
  if (!(lo <= hi)) return null;
  if (!between && RANGE_CONNECTORS.has(c) && lo === hi) return null;
  return { end, min: lo, max: hi, unit: rc.unit, unitText: rc.unitText, numEnd: right.end };
}

/** Past an inclusive mark (含) or （含） at `p` (5万元（含）以上), else `p`. */
export function inclusiveEnd(s: string, p: number): number {
  return codeAt(s, p) === C_LPAREN && codeAt(s, p + 1) === C_HAN_INCL && codeAt(s, p + 2) === C_RPAREN ? p + 3 : p;
}

/**
 * The upper end of "X以上Y以下" read at `p` (right after X以上): Y with the unit of X (or a unit
 * for a bare X), then 以下/以内 (lte). Null when no such upper end follows or it is below X.
 *
 * @example
 * // s = '罚款5000元以上3万元以下', p = 11 (after 以上)
 * readUpperBound(s, s, 11, 'CNY', 5000) //=> { end: 17, max: 30000, unit: 'CNY', unitText: '万元', numEnd: 14 }
 */
export function readUpperBound(s: string, orig: string, p: number, unit: string, low: number): RangeRead | null {
  const at = codeAt(s, p) === C_DUN ? p + 1 : p;
  const right = readNumeral(s, at);
  if (!right || right.maxValue !== undefined) return null;
  const rc = readCore(s, orig, right, true);
  if (rc.reject || (unit !== '' && rc.unit !== unit) || rc.unit === '' && unit === '' && !right.arabic) return null;
  const e = inclusiveEnd(s, rc.end);
  const sb = matchForward(SUFFIX_BOUNDS, s, e);
  if (sb === null || sb.value !== 'lte' || !(low < rc.value)) return null;
  return { end: sb.at, min: low, max: rc.value, unit: rc.unit, unitText: rc.unitText, numEnd: right.end };
}
