/**
 * Halves written with 半 and no digit: 一半 and 半数 (a share: 50 %, spec "一半以上 → gte 50 %"),
 * 过半 and 大半 (more than half), 半个月 and 半年 (half a unit of time), 半斤 and 半吨 (half a
 * measure), 半成 and 半折. 一个半月, 两吨半 and 两成半 are read with their numeral in core.ts.
 */
import type { Quantity } from '../core/types.js';
import * as bounds from './applyBounds.js';
import * as boundWords from './bounds.js';
import * as chars from './chars.js';
import * as coreReader from './core.js';
import * as drafts from './draft.js';
import * as percentWords from './percentWords.js';
import type { NumeralRun } from './scanNumber.js';
import * as trie from './trie.js';
import { UNITS } from './units.js';
import type { UnitInfo } from './units.js';

// Module-local copies (see core.ts): no getter call per use under tsx or CJS interop.
const { finishQuantity } = bounds;
const { makeCore } = coreReader;
const { ch, isHan, codeAt } = chars;
const { boundBefore } = boundWords;
const { emit, plainDraft } = drafts;
const { readHalfShare } = percentWords;
const { matchForward } = trie;
// Code units compared in the readers below (module constants: no call per comparison).
const C_LING_OTHER = ch('另');

const C_YI = ch('一');
const C_DA = ch('大');
const C_GUO = ch('过');
const C_SHU = ch('数');
/** Characters before 半 that make it no quantity: 上半年, 下半场, 前半段, 多半 (probably), 减半, 折半, 对半. */
const HALF_BLOCKERS = new Set([...'上下前后多减折对另夜'].map(ch));
/** After a share word (一半, 大半) what lets it stand as a share: punctuation, 的, 以上, 都, 已, 是, 被, 左右. */
const SHARE_FOLLOWERS = new Set([...'的以都已是被左多还人数'].map(ch));
/** Words after 半年 that make it a period's name: 半年报, 半年度, 半年末, 半年初. */
const PERIOD_NAME_AFTER = new Set([...'报度末初考结'].map(ch));

/**
 * Reads a half at `i` (on 半) into `out`. Returns where the scan continues.
 *
 * @example
 * readHalf('超过一半的企业', '超过一半的企业', 3, out) //=> 4; out gains '超过一半', gt 50 %
 * readHalf('用了半个月', '用了半个月', 2, out) //=> 5; out gains '半个月', 0.5 月
 */
export function readHalf(s: string, orig: string, i: number, out: Quantity[]): number {
  const before = codeAt(s, i - 1);
  const after = codeAt(s, i + 1);
  // 一半, 一大半 (另一半 is a partner, not a share).
  if (before === C_YI && codeAt(s, i - 2) !== C_LING_OTHER) return share(s, orig, i - 1, i + 1, false, out);
  if (before === C_DA) {
    const start = codeAt(s, i - 2) === C_YI ? i - 2 : i - 1;
    // 大半年, 大半个月: more than half of a span of time.
    const u = matchForward(UNITS, s, i + 1);
    if (u !== null && isTimeUnit(u.value)) return halfUnit(s, orig, start, i, u.at, u.value, true, out);
    if (isShareEnd(s, i + 1)) return share(s, orig, start, i + 1, true, out);
    return i + 1;
  }
  // 过半, 过半数: more than half.
  if (before === C_GUO) {
    const end = after === C_SHU ? i + 2 : i + 1;
    if (after === C_SHU || isShareEnd(s, i + 1)) return share(s, orig, i - 1, end, true, out);
    return i + 1;
  }
  // 半数, 半数以上, 超过半数.
  if (after === C_SHU && !HALF_BLOCKERS.has(before)) return share(s, orig, i, i + 2, false, out);
  if (HALF_BLOCKERS.has(before)) return i + 1;
  const u = matchForward(UNITS, s, i + 1);
  if (u !== null) {
    // 半斤, 半吨: half a measure; 半个月, 半年, 半小时: half a span of time.
    // 半打: half of a unit with a size (a dozen) is that many items.
    if (u.value.kind === 'count' && u.value.factor !== undefined) {
      emit(out, orig, plainDraft(i, u.at, 0.5 * u.value.factor, u.value.canonical, orig.slice(i + 1, u.at)));
      return u.at;
    }
    if (u.value.kind === 'measure') {
      emit(out, orig, plainDraft(i, u.at, 0.5, u.value.canonical, orig.slice(i + 1, u.at)));
      return u.at;
    }
    if (isTimeUnit(u.value) && !PERIOD_NAME_AFTER.has(codeAt(s, u.at))) return halfUnit(s, orig, i, i, u.at, u.value, false, out);
  }
  // 近半, 逾半: half after a bound word, standing alone.
  if (isShareEnd(s, i + 1) && (boundBefore(s, i)?.value ?? null) !== null) return share(s, orig, i, i + 1, false, out);
  return readHalfShare(s, orig, i, out);
}

/** Durations (个月, 天, 小时) and 年 as a span; 年度 and 学年 name periods. */
function isTimeUnit(u: UnitInfo): boolean {
  return u.kind === 'duration' || (u.kind === 'year' && u.canonical === '年');
}

/** True when a share word may end at `k`: at punctuation or the end, or before 的, 以上, 都… */
function isShareEnd(s: string, k: number): boolean {
  const c = codeAt(s, k);
  return k >= s.length || !isHan(c) || SHARE_FOLLOWERS.has(c);
}

/** A numeral run for a half word `[start, end)` worth `value`. */
function halfRun(start: number, end: number, value: number): NumeralRun {
  return {
    start,
    end,
    magTail: end,
    value,
    arabic: false,
    chinese: true,
    digitless: false,
    strong: true,
    vague: false,
    yearLike: false,
    leadingZero: false,
    sequence: false,
    maxValue: undefined,
  };
}

/** 一半 / 半数 → 50 %, 大半 / 过半 → gt 50 %, with the bound words around it (一半以上, 超过半数). */
function share(s: string, orig: string, start: number, end: number, more: boolean, out: Quantity[]): number {
  const core = makeCore(halfRun(start, end, 50), 50, '%', 'percent', '', end, more);
  return finishQuantity(s, orig, out, start, core, false);
}

/** 半个月 → 0.5 月, 大半年 → gt 0.5 年: half a unit of time, the numeral being `[start, halfEnd]`. */
function halfUnit(s: string, orig: string, start: number, half: number, end: number, u: UnitInfo, more: boolean, out: Quantity[]): number {
  const core = makeCore(halfRun(start, half + 1, 0.5), 0.5, u.canonical, 'duration', orig.slice(half + 1, end), end, more);
  return finishQuantity(s, orig, out, start, core, false);
}
