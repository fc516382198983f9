/**
 * Dates and years written like quantities: 9日电, 于15日, 十五日发布, 11日和12日 (days of the
 * month, not durations) and a year without 年 (2024新华…, 2024—2025学年), never a count.
 */
import { PREFIX_BOUNDS, RANGE_CONNECTORS, VERB_BOUNDS } from './bounds.js';
import * as chars from './chars.js';
import type { Core } from './core.js';
import * as scan from './scanNumber.js';
import type { NumeralRun } from './scanNumber.js';
import * as trie from './trie.js';

// Module-local copies (see core.ts): no getter call per use under tsx or CJS interop.
const { ch, codeAt } = chars;
const { readNumeral, skipRun } = scan;
const { buildTrie, matchBackward, matchForward } = trie;
// Code units compared in the readers below (module constants: no call per comparison).
const C_RI = ch('日');

const C_YUE = ch('月');

/** Words after N日 that make it a date: 9日电, 1日起, 15日上午. */
const DATE_FOLLOWERS = buildTrie(
  ['电', '讯', '上午', '下午', '晚', '早', '凌晨', '中午', '夜', '起', '消息', '报道', '召开', '举行', '发布', '宣布', '表示', '晚间', '傍晚', '零时', '是']
    .map((w) => [w, true] as const),
);
/** Words before N日 that make it a date: 于15日, 截至20日, 本月5日. */
const DATE_LEADERS = buildTrie(
  ['于', '截至', '截止', '自', '从', '本月', '上月', '下月', '当月', '每月'].map((w) => [w, true] as const),
  true,
);

/**
 * True when the numeral `num` at `i`, read with unit `unit`, is a day of the month (4月9日,
 * 9日电, 于15日, 十五日发布) rather than a number of days (压缩至20日).
 *
 * @example
 * isDayOfMonth('新华社北京9日电', 5, readNumeral('新华社北京9日电', 5)!, '日') //=> true
 */
export function isDayOfMonth(s: string, i: number, num: NumeralRun, unit: string): boolean {
  if (unit !== '日' || codeAt(s, num.end) !== C_RI) return false;
  // 4月9日: a day of the month.
  if (codeAt(s, i - 1) === C_YUE) return true;
  // 十五日发布, 9日电: a day of the month (Chinese-numeral days are dates in news style).
  if (!num.arabic && num.value <= 31 && matchBackward(PREFIX_BOUNDS, s, i) === null && matchBackward(VERB_BOUNDS, s, i) === null) {
    return true;
  }
  if (matchForward(DATE_FOLLOWERS, s, num.end + 1) !== null || matchBackward(DATE_LEADERS, s, i) !== null) return true;
  // 11日和12日, 1日至3日: a second day of the month.
  if (codeAt(s, i - 2) === C_RI && '和、至到-—~'.includes(s[i - 1] ?? '')) return true;
  return false;
}

/**
 * When the core `q` is a year written without 年 (2024新华…), where the scan continues past it
 * (and past its partner in 2024—2025学年); -1 when it is no such year.
 *
 * @example
 * bareYearEnd('2024新华', readCore('2024新华', '2024新华', readNumeral('2024新华', 0)!, false)) //=> 4
 */
export function bareYearEnd(s: string, q: Core): number {
  const num = q.num;
  if (!(q.unit === '' && num.yearLike && !num.chinese && num.value >= 1900 && num.value <= 2100)) return -1;
  // 2024—2025学年: skip the partner year too.
  const partner = RANGE_CONNECTORS.has(codeAt(s, q.end)) ? readNumeral(s, q.end + 1) : null;
  return partner && partner.yearLike ? skipRun(s, partner.start) : q.end;
}
