/**
 * Numerals that name something instead of counting it: codes, list markers, clock times,
 * phone numbers, titles and short quoted names, 附件1, 1、2号机组, 星期三, 一罐罐.
 */
import * as boundWords from './bounds.js';
import * as chars from './chars.js';
import type { Core } from './core.js';
import { NON_QUANTITY_MAX, NON_QUANTITY_WORDS } from './lexicon.js';
import * as scan from './scanNumber.js';
import type { NumeralRun } from './scanNumber.js';
import * as trie from './trie.js';
import { UNITS } from './units.js';

// Module-local copies (see core.ts): no getter call per use under tsx or CJS interop.
const { ch, isArabic, isHan, isLatin, codeAt, inUnitSet, unitSet } = chars;
const { boundBefore } = boundWords;
const { skipRun } = scan;
const { buildTrie, matchBackward, matchForward } = trie;
// Code units compared in the readers below (module constants: no call per comparison).
const C_RTITLE = ch('》');
const C_BA = ch('把');
const C_MIDDOT = ch('·');
const C_PLUS = ch('+');
const C_YU_MORE = ch('余');
const C_DUO = ch('多');
const C_SHI = ch('十');
const C_SHI_FIN = ch('拾');
const C_YI_ONE = ch('一');
const C_UNDERSCORE = ch('_');
const C_HASH = ch('#');
const C_AT = ch('@');
const C_COLON = ch(':');
const C_DOT = ch('.');
const C_DUN = ch('、');
const C_COMMA_CN = ch('，');
const C_DIAN = ch('点');
const C_NIAN = ch('年');
const C_ONE = ch('1');
const C_SUO = ch('所');
const C_SHI_SHOW = ch('示');
const C_EMDASH = ch('—');
const C_HE = ch('和');
const C_ZHI_TO = ch('至');

const C_MINUS = ch('-');
const C_SLASH = ch('/');
const Q_OPEN = ch('“');
const Q_CLOSE = ch('”');
const T_OPEN = ch('《');
const T_CLOSE = ch('》');
const COMMA_CN = ch('，');
const STOP_CN = ch('。');

// Character sets tested at every numeral: bit sets, not Sets (see chars.unitSet).
const FINANCIAL = unitSet('壹贰貳叁參肆伍陆陸柒捌玖拾佰仟');
const CLOSE_QUOTES = unitSet('”’」』》〉"\'');
const OPEN_QUOTES = unitSet('“‘「『《〈"\'');
const OPEN_BRACKETS = unitSet('〔[【(（［');
/** The closing partner of an opening bracket in {@link OPEN_BRACKETS}, else -1. */
function closerOf(c: number): number {
  if (!inUnitSet(OPEN_BRACKETS, c)) return -1;
  switch (c) {
    case 0x3014: // 〔
      return 0x3015;
    case 0x5b: // [
      return 0x5d;
    case 0x3010: // 【
      return 0x3011;
    case 0x28: // (
      return 0x29;
    case 0xff08: // （
      return 0xff09;
    default: // ［
      return 0xff3d;
  }
}
/** Words before a number that make it a name: 附件1, 图2, 编号3. */
const LABEL_BEFORE = buildTrie(
  ['附件', '附表', '图', '表', '编号', '序号', '型号', '代码', '版本', '页', '号码', '尾号', '账号', '房间', '室'].map(
    (w) => [w, true] as const,
  ),
  true,
);

/**
 * Where the scan continues when the numeral `num` at `i` names something (a code, list marker,
 * bracketed or quoted label, title, 附件1, 1、2号机组), judged before its unit is read; -1
 * when it may be a quantity.
 *
 * @example
 * labelEnd('见附件1', 3, readNumeral('见附件1', 3)!) //=> 4
 * labelEnd('增长5%', 2, readNumeral('增长5%', 2)!) //=> -1
 */
export function labelEnd(s: string, i: number, num: NumeralRun): number {
  const c = codeAt(s, i);
  const before = codeAt(s, i - 1);
  const after = codeAt(s, num.end);
  if (num.arabic && arabicLabel(s, num)) return num.end;
  // 陆地, 拾起, 伍仁: a financial numeral character alone is a word.
  if (num.end - num.start === 1 && inUnitSet(FINANCIAL, c)) return num.end;
  // （十一）, “1650”, 6·16, 1+3+N: list markers, names and dates.
  const closer = closerOf(before);
  if (closer >= 0 && after === closer) return num.end + 1;
  if (inUnitSet(OPEN_QUOTES, before) && (!num.arabic || inUnitSet(CLOSE_QUOTES, after))) return num.end;
  // 《生化危机4》, “两廊两带两区”, “365展贸网”: inside a title or a short quoted name.
  if (after === C_RTITLE || insideShortQuote(s, i, num.end)) return num.end;
  if (after === C_MIDDOT || before === C_MIDDOT || after === C_PLUS || before === C_PLUS) return num.end;
  if (!num.arabic && num.digitless) {
    const first = codeAt(s, i);
    // 百余家, 千多人, 千把块钱: 余, 多 or 把 after a round number.
    const withMore = after === C_YU_MORE || after === C_DUO || (after === C_BA && matchForward(UNITS, s, num.end + 1) !== null);
    // 十个 is ten; 千亿元 needs a big magnitude, 百余家 a 余, 超千家 a bound word.
    const ok =
      first === C_SHI ||
      first === C_SHI_FIN ||
      withMore ||
      num.magTail < num.end ||
      (boundBefore(s, i)?.value ?? null) !== null;
    if (!ok) return num.end;
  }
  // 附件1, 图2, 编号3: a number naming a part or an item. A classifier after the number
  // (实验室5家, 卫生室2万个, 人大代表12名, 发表3篇) makes it a count of the noun before it.
  if (matchBackward(LABEL_BEFORE, s, i) !== null && !classifierAfter(s, num.end)) return num.end;
  // 核电1、2号机组: an enumeration of labels.
  if (labelEnumeration(s, num.end)) return skipRun(s, num.end);
  return -1;
}

/**
 * Where the scan continues when the Chinese numeral `num` at `i`, read with core `q`, is part
 * of a word (星期三, 一流), a unitless 千 or 百, or a repeated classifier (一罐罐, 一项一项);
 * -1 when it may be a quantity.
 *
 * @example
 * chineseWordEnd('一罐罐', 0, num, readCore('一罐罐', '一罐罐', num, false)) //=> 3 (num: 一)
 */
export function chineseWordEnd(s: string, i: number, num: NumeralRun, q: Core): number {
  // 超万亿, 近万家, 逾千家: after a bound word a round number with its classifier is a count,
  // even where the same characters make a word elsewhere (万家灯火 stays in the word list).
  const bounded = num.digitless && (boundBefore(s, i)?.value ?? null) !== null;
  if (inNonQuantityWord(s, i, q.end, bounded)) return q.end;
  if (num.digitless && !num.vague && q.unit === '' && !(bounded && num.value >= 1e4)) return q.end;
  // 一罐罐: a classifier said twice is no count.
  if (num.end - num.start === 1 && q.end === num.end + 1 && codeAt(s, q.end) === codeAt(s, num.end)) {
    return q.end + 1;
  }
  // 一项一项: one by one.
  if (codeAt(s, q.end) === C_YI_ONE && codeAt(s, q.end + 1) === codeAt(s, num.end)) return q.end + 2;
  // 星期三, 周五 are covered by the word list; 十九大, 五大机制 by the 大 label.
  return -1;
}

const C_WAN = ch('万');
const C_YI_BIG = ch('亿');
const C_PERCENT = ch('%');

/** An acronym of two or more capitals (GDP, CPI) right before a number with 万, 亿 or %. */
function amountAfterAcronym(s: string, num: NumeralRun): boolean {
  const mag = codeAt(s, num.magTail);
  if (num.magTail >= num.end || (mag !== C_WAN && mag !== C_YI_BIG)) {
    if (codeAt(s, num.end) !== C_PERCENT) return false;
  }
  let k = num.start - 1;
  while (k >= 0 && codeAt(s, k) >= 0x41 && codeAt(s, k) <= 0x5a) k--;
  return num.start - 1 - k >= 2 && !isLatin(codeAt(s, k));
}

/** Rejects Arabic numerals that are codes, times, list markers or dates (2024/1/1, 8:30, 3.). */
function arabicLabel(s: string, num: NumeralRun): boolean {
  const before = codeAt(s, num.start - 1);
  const after = codeAt(s, num.end);
  if (num.leadingZero) return true;
  // GDP2226亿, CPI2.1%: an amount written right after an acronym is still an amount when a
  // magnitude or % follows it; IF1802, G20, 5G stay codes.
  if (isLatin(before) && !amountAfterAcronym(s, num)) return true;
  if (before === C_UNDERSCORE || before === C_HASH || before === C_AT) return true;
  if (before === C_COLON || (after === C_COLON && isArabic(codeAt(s, num.end + 1)) && !colonRatio(s, num))) return true;
  if (after === C_DOT && isArabic(codeAt(s, num.end + 1))) return true;
  if (before === C_SLASH && isArabic(codeAt(s, num.start - 2))) return true;
  // 2024/1/1 is a date; 1/2 is a fraction.
  if (after === C_SLASH && isArabic(codeAt(s, num.end + 1))) {
    let k = num.end + 1;
    while (isArabic(codeAt(s, k))) k++;
    if (codeAt(s, k) === C_SLASH || num.end - num.start > 3) return true;
    // 17/18年度, 17/18财年: a season across two years is a time, not a fraction.
    if (codeAt(s, k) === C_NIAN || s.startsWith('财年', k)) return true;
  }
  if (before === C_DOT && isArabic(codeAt(s, num.start - 2))) return true;
  if (before === C_MINUS && (isArabic(codeAt(s, num.start - 2)) || isLatin(codeAt(s, num.start - 2)))) return true;
  // 米格-27战斗机, 歼-20: a dash right after a Han name before a whole number with no unit is
  // part of a model name, not a minus sign (气温-5℃ and 增长-3.2% keep their units and sign).
  if (before === C_MINUS && isHan(codeAt(s, num.start - 2)) && !num.chinese && Number.isInteger(num.value)) {
    const u = matchForward(UNITS, s, num.end);
    if (u === null || u.value.kind === 'word' || u.value.kind === 'label') return true;
  }
  const closer = closerOf(before);
  if (closer >= 0 && after === closer) return true;
  // List markers: 2.传奇, 3. 凡人; at a line start also 1、 and 1，
  if (after === C_DOT && !isArabic(codeAt(s, num.end + 1)) && Number.isInteger(num.value)) return true;
  const lineStart = num.start === 0 || codeAt(s, num.start - 1) === 10 || codeAt(s, num.start - 1) === 32;
  if (lineStart && (after === C_DUN || after === C_COMMA_CN)) return true;
  // 晚8点30: a clock time.
  if (after === C_DIAN && isArabic(codeAt(s, num.end + 1))) return true;
  if (before === C_DIAN && isArabic(codeAt(s, num.start - 2))) return true;
  // Mobile phone numbers.
  if (num.end - num.start === 11 && codeAt(s, num.start) === C_ONE && !num.chinese) return true;
  return false;
}

/**
 * True when a count or measure unit follows the numeral at `end` (5家, 2万个, 12名), so a label
 * word before it is the counted noun. 图2所示 (as shown in figure 2) is no 所 of schools.
 */
function classifierAfter(s: string, end: number): boolean {
  const u = matchForward(UNITS, s, end);
  if (u === null || (u.value.kind !== 'count' && u.value.kind !== 'measure')) return false;
  return !(codeAt(s, end) === C_SUO && codeAt(s, end + 1) === C_SHI_SHOW);
}

/**
 * True when the ASCII colon after `num` joins a ratio (2.31:1, 1:3.4): a decimal on either side
 * is no clock time (8:30) or score (3:1).
 */
export function colonRatio(s: string, num: NumeralRun): boolean {
  if (codeAt(s, num.end) !== C_COLON || !num.arabic || num.chinese) return false;
  if (!Number.isInteger(num.value)) return true;
  let k = num.end + 1;
  while (isArabic(codeAt(s, k))) k++;
  return codeAt(s, k) === C_DOT && isArabic(codeAt(s, k + 1));
}

/** 1、2号机组, 3、4号: digits joined by 、 or a dash that end in a label word. */
function labelEnumeration(s: string, end: number): boolean {
  const c = codeAt(s, end);
  if (c !== C_DUN && c !== C_EMDASH && c !== C_MINUS && c !== C_HE) return false;
  let k = end;
  while (k < s.length && k < end + 16) {
    const d = codeAt(s, k);
    if (isArabic(d) || d === C_DUN || d === C_EMDASH || d === C_MINUS || d === C_HE || d === C_ZHI_TO) {
      k++;
      continue;
    }
    break;
  }
  if (!isArabic(codeAt(s, k - 1))) return false;
  const u = matchForward(UNITS, s, k);
  return u !== null && u.value.kind === 'label';
}

/** True when `[start, end)` sits inside “…” or 《…》 of at most a dozen characters: a name, not a count. */
function insideShortQuote(s: string, start: number, end: number): boolean {
  let open = -1;
  for (let k = start - 1; k >= 0 && k >= start - 10; k--) {
    const c = codeAt(s, k);
    if (c === Q_OPEN || c === T_OPEN) {
      open = k;
      break;
    }
    if (c === Q_CLOSE || c === T_CLOSE || c === COMMA_CN || c === STOP_CN) return false;
  }
  if (open < 0) return false;
  for (let k = end; k < s.length && k <= open + 14; k++) {
    const c = codeAt(s, k);
    if (c === Q_CLOSE || c === T_CLOSE) return true;
    if (c === Q_OPEN || c === COMMA_CN || c === STOP_CN) return false;
  }
  return false;
}

/**
 * True when a word of {@link NON_QUANTITY_WORDS} covers `start` and reaches at least `coreEnd`'s unit
 * (with `bounded`, a word ending exactly at `coreEnd` is no blocker).
 */
function inNonQuantityWord(s: string, start: number, coreEnd: number, bounded: boolean): boolean {
  for (let k = 0; k < NON_QUANTITY_MAX && start - k >= 0; k++) {
    const m = matchForward(NON_QUANTITY_WORDS, s, start - k);
    // With a bound word before it, a word that is just the number and its unit (千家) counts.
    if (m && m.at > start && (k > 0 || m.at >= coreEnd) && !(bounded && k === 0 && m.at === coreEnd)) return true;
  }
  return false;
}
