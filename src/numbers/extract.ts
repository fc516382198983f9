/**
 * extractQuantities: every quantity mention of a text, typed per the numeric-statements spec.
 *
 * How it stays fast: one pass over a class table skips every character that cannot start a
 * quantity; at a numeral, small anchored readers (numeral, unit trie, bound tries) look a
 * few characters left and right. No regular expression runs over the text.
 */
import type { Change, Comparator, Quantity } from '../core/types.js';
import { foldWidthChar } from '../normalize/foldWidth.js';
import {
  PREFIX_BOUNDS,
  RANGE_CONNECTORS,
  RANK_CONTEXT,
  RANK_MOVE,
  SUFFIX_BOUNDS,
  VERB_BOUNDS,
} from './bounds.js';
import type { Bound } from './bounds.js';
import * as chars from './chars.js';
import { NON_QUANTITY_MAX, NON_QUANTITY_WORDS } from './lexicon.js';
import * as numeral from './parseNumeral.js';
import * as rounding from './round.js';
import * as scan from './scanNumber.js';
import type { NumeralRun } from './scanNumber.js';
import * as trie from './trie.js';
import { CURRENCY_SYMBOLS, LATIN_UNITS, UNITS } from './units.js';
import type { UnitInfo } from './units.js';

// Module-local copies of the hot helpers: some loaders (tsx, CJS interop) turn every use of
// an imported binding into a getter call, which costs a third of the run time here.
const { CHAR_CLASS, C_ARABIC, C_DIGIT, C_MAG, C_NONE, C_TRIGGER, isArabic, isHan, isLatin } = chars;
const { evalNumeral } = numeral;
const { finish } = rounding;
const { digitAt, readNumeral } = scan;
const { buildTrie, matchBackward, matchForward } = trie;

/** A number with what directly follows it (unit, 多/余, 半), before bounds and ranges. */
interface Core {
  readonly num: NumeralRun;
  /** Value after unit factors (k, 成, 半, fraction as percent). */
  readonly value: number;
  readonly unit: string;
  readonly unitKind: UnitInfo['kind'] | 'none' | 'rank';
  readonly unitText: string;
  /** End of number + unit. */
  readonly end: number;
  /** 30多件, 十几万, 3个多月: more than the value. */
  readonly more: boolean;
  /** 30来个: about the value. */
  readonly about?: boolean;
  /** The number is a label, date or part of a name: skip it and its unit. */
  readonly reject: boolean;
}

const ch = (c: string): number => c.charCodeAt(0);
const C_DI = ch('第');
const C_QIAN = ch('前');
const C_SHOU = ch('首');
const C_BANG = ch('榜');
const C_FAN = ch('翻');
const C_DUI = ch('对');
const C_BAN = ch('半');
const C_LING = ch('零');
const C_YUE = ch('月');
const C_CHENG = ch('成');
const C_ZHE = ch('折');
const C_FU = ch('负');
const C_FU2 = ch('負');
const C_MINUS = ch('-');
const C_SLASH = ch('/');
const C_FEN = ch('分');
const C_ZHI = ch('之');
const C_YU_AND = ch('与');
const C_HE = ch('和');
const C_DE = ch('的');

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
/** 摆在首位: "first priority", no ranking. */
const PRIORITY = buildTrie(['摆在', '放在', '置于', '摆到', '放到', '摆上', '列为', '作为'].map((w) => [w, true] as const), true);
/** 近3年来, 近50年同期: "the past N years", a time. */
const PAST_TIME_AFTER = new Set([...'来以同间中内'].map(ch));
const BIGGER = new Set([...'大高多'].map(ch));
const SMALLER = new Set([...'小低少'].map(ch));
const HALF_BLOCKERS = new Set([...'上下前后一多大过减折对'].map(ch));
const FINANCIAL = new Set([...'壹贰貳叁參肆伍陆陸柒捌玖拾佰仟'].map(ch));
const CLOSE_QUOTES = new Set(['”', '’', '」', '』', '》', '〉', '"', "'"].map(ch));
const OPEN_QUOTES = new Set(['“', '‘', '「', '『', '《', '〈', '"', "'"].map(ch));
const OPEN_BRACKETS = new Map([
  [ch('〔'), ch('〕')],
  [ch('['), ch(']')],
  [ch('【'), ch('】')],
  [ch('('), ch(')')],
  [ch('（'), ch('）')],
  [ch('［'), ch('］')],
]);
/** Compounds of 成/折 that are words, not 三成 (30%) or 八折 (80%). */
const CHENG_WORDS = new Set([...'为功立长本果熟交员都绩效就型片套批规网链群年人'].map(ch));
const ZHE_WORDS = new Set([...'合旧算射腾叠现价扣返让服磨中成'].map(ch));
const PERCENT_WORDS: readonly (readonly [string, string, number])[] = [
  ['百分之', '%', 1],
  ['千分之', '‰', 1],
  ['万分之', '%', 0.01],
];
const RANK_WORDS = new Map([
  [ch('位'), '位'],
  [ch('名'), '名'],
  [ch('强'), '强'],
  [ch('甲'), '甲'],
]);

/** The empty core result for a numeral that must be skipped. */
function rejected(num: NumeralRun, end: number): Core {
  return { num, value: 0, unit: '', unitKind: 'none', unitText: '', end, more: false, reject: true };
}

/** True when a Latin letter sits at `i` (a label such as 5G, G20, 4A). */
function latinAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isLatin(s.charCodeAt(i));
}

/** Reads the unit and the words glued to a numeral. */
function readCore(s: string, orig: string, num: NumeralRun, allowBare: boolean): Core {
  let value = num.value;
  let pos = num.end;
  let more = num.vague;
  const c0 = s.charCodeAt(pos);
  // Fractions: 三分之一 → 33.33 %.
  if (c0 === C_FEN && s.charCodeAt(pos + 1) === C_ZHI) {
    const right = readNumeral(s, pos + 2);
    if (!right || num.value === 0) return rejected(num, pos + 2);
    value = (right.value / num.value) * 100;
    return withSuffixUnit(s, orig, num, right.end, value, '%', 'percent', '', more);
  }
  // 1/2: an Arabic fraction, a share like 三分之一.
  if (c0 === C_SLASH && num.arabic && !num.chinese && Number.isInteger(num.value) && isArabic(s.charCodeAt(pos + 1))) {
    const right = readNumeral(s, pos + 1);
    if (right && right.arabic && !right.chinese && right.value > 0 && s.charCodeAt(right.end) !== C_SLASH) {
      return withSuffixUnit(s, orig, num, right.end, (num.value / right.value) * 100, '%', 'percent', '', more);
    }
  }
  // 十一又十四分之一: a whole number and a fraction.
  if (c0 === ch('又')) {
    const den = readNumeral(s, pos + 1);
    if (den && s.charCodeAt(den.end) === C_FEN && s.charCodeAt(den.end + 1) === C_ZHI && den.value !== 0) {
      const numer = readNumeral(s, den.end + 2);
      if (numer) return core(num, value + numer.value / den.value, '', 'none', '', numer.end, more);
    }
  }
  let about = false;
  if (c0 === ch('多') || c0 === ch('余') || c0 === ch('餘') || c0 === ch('来')) {
    const after = s.charCodeAt(pos + 1);
    // 30多件, 500余家, 30来个 (but 十多万 was read by the numeral itself).
    if (!(after === ch('万') || after === ch('亿')) && (c0 !== ch('来') || matchForward(UNITS, s, pos + 1) !== null)) {
      if (c0 === ch('来')) about = true;
      else more = true;
      pos++;
    }
  }
  // k multiplier: 40k, 15k个百分点.
  if ((s.charCodeAt(pos) === ch('k') || s.charCodeAt(pos) === ch('K')) && !latinAt(s, pos + 1) && num.arabic) {
    value *= 1000;
    pos++;
  }
  const c = s.charCodeAt(pos);
  if (c === C_CHENG && value <= 10 && !CHENG_WORDS.has(s.charCodeAt(pos + 1))) {
    let end = pos + 1;
    let v = value * 10;
    const d = digitAt(s, end);
    if (s.charCodeAt(end) === C_BAN) {
      v += 5;
      end++;
    } else if (d !== undefined && num.chinese && !isHan(s.charCodeAt(end + 1))) {
      v += d;
      end++;
    }
    return core(num, v, '%', 'percent', orig.slice(pos, end), end, more);
  }
  if (c === C_ZHE && !ZHE_WORDS.has(s.charCodeAt(pos + 1)) && value > 0 && value < 100 && value !== 10) {
    return core(num, value < 10 ? value * 10 : value, '%', 'percent', orig.slice(pos, pos + 1), pos + 1, more);
  }
  if (latinAt(s, pos)) {
    const lu = matchForward(LATIN_UNITS, s, pos);
    if (!lu || latinAt(s, lu.at)) return rejected(num, pos);
    return core(num, value, lu.value.canonical, 'measure', magText(orig, num) + orig.slice(pos, lu.at), lu.at, more);
  }
  const m = matchForward(UNITS, s, pos);
  const u = m && m.value.kind !== 'word' ? m : null;
  if (!u) {
    if (num.chinese && !num.arabic && !allowBare && !num.strong && !rangeFollows(s, pos)) return rejected(num, pos);
    return core(num, value, '', 'none', magText(orig, num), pos, more);
  }
  let info = u.value;
  // 22两日: 两 starts "two days" here, it is no weight.
  if (info.canonical === '两' && u.at - pos === 1 && matchForward(UNITS, s, u.at) !== null) {
    return core(num, value, '', 'none', magText(orig, num), pos, more);
  }
  if (info.canonical === 'CNY' && s.charCodeAt(pos) === ch('块') && s.charCodeAt(u.at) !== ch('钱') && isHan(s.charCodeAt(u.at))) {
    info = { canonical: '块', kind: 'count' };
  }
  // 三年行动计划, 五年规划: the name of a plan.
  if (info.kind === 'year' && (s.startsWith('行动', u.at) || s.startsWith('规划', u.at) || s.startsWith('计划', u.at))) {
    return rejected(num, u.at);
  }
  // 比三十大: a comparison, not 三十大 (a name like 十九大).
  const comparison = s.charCodeAt(num.start - 1) === ch('比') && (info.canonical === '大' || info.canonical === '多');
  if ((info.kind === 'label' && !comparison) || info.kind === 'month') return rejected(num, u.at);
  if (comparison) return core(num, value, '', 'none', magText(orig, num), pos, more);
  if (info.kind === 'year' && num.yearLike && !more) return rejected(num, u.at);
  let end = u.at;
  if (info.factor !== undefined) value *= info.factor;
  if (info.plus) value += info.plus;
  if (info.more) more = true;
  // 一吨半, 两米半: half a unit more.
  if (
    s.charCodeAt(end) === C_BAN &&
    (info.kind === 'measure' || info.kind === 'count' || info.kind === 'duration' || info.kind === 'year') &&
    Number.isInteger(value) &&
    num.magTail === num.end
  ) {
    value += 0.5;
    end++;
  }
  // 五元三毛, 50元6角三分: smaller coins after 元.
  if (info.canonical === 'CNY' && s.charCodeAt(u.at - 1) === ch('元')) {
    const jiao = readNumeral(s, end);
    const unitChar = jiao ? s.charCodeAt(jiao.end) : 0;
    if (jiao && jiao.value < 10 && (unitChar === ch('角') || unitChar === ch('毛'))) {
      value += jiao.value / 10;
      end = jiao.end + 1;
      const fen = readNumeral(s, end);
      if (fen && fen.value < 10 && s.charCodeAt(fen.end) === C_FEN) {
        value += fen.value / 100;
        end = fen.end + 1;
      }
    }
  }
  const kind = info.kind === 'year' ? 'duration' : info.kind;
  const q = withSuffixUnit(s, orig, num, end, value, info.canonical, kind, magText(orig, num) + orig.slice(pos, u.at), more);
  return about ? { ...q, about } : q;
}

/** The magnitude characters at the end of the numeral (两万吨 → 万). */
function magText(orig: string, num: NumeralRun): string {
  return orig.slice(num.magTail, num.end);
}

/** A range connector followed by a numeral: 三到五年. */
function rangeFollows(s: string, pos: number): boolean {
  const c = s.charCodeAt(pos);
  if (!RANGE_CONNECTORS.has(c) && c !== C_YU_AND && c !== C_HE) return false;
  const k = CHAR_CLASS[s.charCodeAt(pos + 1)];
  return k === C_ARABIC || k === C_DIGIT || k === C_MAG;
}

/** Adds a compound unit (微克/立方米) and an alternative unit in brackets (7.2万套（间）). */
function withSuffixUnit(
  s: string,
  orig: string,
  num: NumeralRun,
  end: number,
  value: number,
  unit: string,
  kind: Core['unitKind'],
  unitText: string,
  more: boolean,
): Core {
  let e = end;
  let canonical = unit;
  let text = unitText;
  if (unit !== '' && s.charCodeAt(e) === C_SLASH && kind !== 'percent') {
    const second = matchForward(UNITS, s, e + 1);
    if (second && (second.value.kind === 'measure' || second.value.kind === 'duration' || second.value.kind === 'count')) {
      canonical = `${unit}/${second.value.canonical}`;
      text = text + orig.slice(e, second.at);
      e = second.at;
    }
  }
  const open = s.charCodeAt(e);
  if ((open === ch('（') || open === ch('(')) && unit !== '') {
    const alt = matchForward(UNITS, s, e + 1);
    const close = alt ? s.charCodeAt(alt.at) : 0;
    if (alt && alt.at - e <= 3 && (close === ch('）') || close === ch(')')) && alt.value.kind === 'count') {
      e = alt.at + 1;
    }
  }
  return core(num, value, canonical, kind, text, e, more);
}

function core(
  num: NumeralRun,
  value: number,
  unit: string,
  unitKind: Core['unitKind'],
  unitText: string,
  end: number,
  more: boolean,
): Core {
  return { num, value, unit, unitKind, unitText, end, more, reject: false };
}

/** Mutable builder for one quantity. */
interface Draft {
  start: number;
  end: number;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  unitText: string;
  comparator: Comparator;
  change: Change;
}

function emit(out: Quantity[], orig: string, d: Draft): void {
  // Mentions never overlap: a bound word already used by the previous quantity (3年多于5年) stays there.
  const prevEnd = out.length > 0 ? (out[out.length - 1]?.end ?? 0) : 0;
  if (d.start < prevEnd) d.start = prevEnd;
  if (d.start >= d.end) return;
  const value = d.value === null ? null : finish(d.value);
  const min = d.min === null ? null : finish(d.min);
  const max = d.max === null ? null : finish(d.max);
  if (d.comparator === 'range' ? min === null || max === null : value === null) return;
  out.push({
    start: d.start,
    end: d.end,
    text: orig.slice(d.start, d.end),
    value,
    min,
    max,
    unit: d.unit,
    unitText: d.unitText,
    comparator: d.comparator,
    change: d.change,
  });
}

/** Words before a number that make it a name: 附件1, 图2, 编号3. */
const LABEL_BEFORE = buildTrie(
  ['附件', '附表', '图', '表', '编号', '序号', '型号', '代码', '版本', '页', '号码', '尾号', '账号', '房间', '室'].map(
    (w) => [w, true] as const,
  ),
  true,
);

/** 1、2号机组, 3、4号: digits joined by 、 or a dash that end in a label word. */
function labelEnumeration(s: string, end: number): boolean {
  const c = s.charCodeAt(end);
  if (c !== ch('、') && c !== ch('—') && c !== C_MINUS && c !== ch('和')) return false;
  let k = end;
  while (k < s.length && k < end + 16) {
    const d = s.charCodeAt(k);
    if (isArabic(d) || d === ch('、') || d === ch('—') || d === C_MINUS || d === ch('和') || d === ch('至')) {
      k++;
      continue;
    }
    break;
  }
  if (!isArabic(s.charCodeAt(k - 1))) return false;
  const u = matchForward(UNITS, s, k);
  return u !== null && u.value.kind === 'label';
}

const Q_OPEN = ch('“');
const Q_CLOSE = ch('”');
const T_OPEN = ch('《');
const T_CLOSE = ch('》');
const COMMA_CN = ch('，');
const STOP_CN = ch('。');

/** True when `[start, end)` sits inside “…” or 《…》 of at most a dozen characters. */
function insideShortQuote(s: string, start: number, end: number): boolean {
  let open = -1;
  for (let k = start - 1; k >= 0 && k >= start - 10; k--) {
    const c = s.charCodeAt(k);
    if (c === Q_OPEN || c === T_OPEN) {
      open = k;
      break;
    }
    if (c === Q_CLOSE || c === T_CLOSE || c === COMMA_CN || c === STOP_CN) return false;
  }
  if (open < 0) return false;
  for (let k = end; k < s.length && k <= open + 14; k++) {
    const c = s.charCodeAt(k);
    if (c === Q_CLOSE || c === T_CLOSE) return true;
    if (c === Q_OPEN || c === COMMA_CN || c === STOP_CN) return false;
  }
  return false;
}

/** True when a word of {@link NON_QUANTITY_WORDS} covers `start` and reaches at least `coreEnd`'s unit. */
function inNonQuantityWord(s: string, start: number, coreEnd: number): boolean {
  for (let k = 0; k < NON_QUANTITY_MAX && start - k >= 0; k++) {
    const m = matchForward(NON_QUANTITY_WORDS, s, start - k);
    if (m && m.at > start && (k > 0 || m.at >= coreEnd)) return true;
  }
  return false;
}

/** Sign and currency symbol written before the number: returns the new start. */
function signAndSymbol(s: string, start: number): { start: number; neg: boolean; currency: string | null } {
  let p = start;
  let currency: string | null = null;
  const last = s.charCodeAt(p - 1);
  // Currency symbols end in $ ￥ ¥ € £ or B (RMB): test the last character before slicing.
  if (last === 0x24 || last === 0xffe5 || last === 0xa5 || last === 0x20ac || last === 0xa3 || last === 0x42) {
    for (const len of [3, 2, 1]) {
      if (p - len < 0) continue;
      const sym = CURRENCY_SYMBOLS.get(s.slice(p - len, p));
      if (sym) {
        currency = sym;
        p -= len;
        break;
      }
    }
  }
  let neg = false;
  const c = s.charCodeAt(p - 1);
  if (c === ch('下') && s.charCodeAt(p - 2) === C_LING) {
    neg = true;
    p -= 2;
  } else if (c === C_FU || c === C_FU2) {
    neg = true;
    p--;
  } else if (c === C_MINUS) {
    const b = s.charCodeAt(p - 2);
    if (p - 1 === 0 || !(isArabic(b) || isLatin(b) || CHAR_CLASS[b] === C_DIGIT || CHAR_CLASS[b] === C_MAG || b === C_MINUS)) {
      neg = true;
      p--;
    }
  }
  return { start: p, neg, currency };
}

/** Rejects Arabic numerals that are codes, times, list markers or dates. */
function arabicLabel(s: string, num: NumeralRun): boolean {
  const before = s.charCodeAt(num.start - 1);
  const after = s.charCodeAt(num.end);
  if (num.leadingZero) return true;
  if (isLatin(before) || before === ch('_') || before === ch('#') || before === ch('@')) return true;
  if (before === ch(':') || (after === ch(':') && isArabic(s.charCodeAt(num.end + 1)))) return true;
  if (after === ch('.') && isArabic(s.charCodeAt(num.end + 1))) return true;
  if (before === C_SLASH && isArabic(s.charCodeAt(num.start - 2))) return true;
  // 2024/1/1 is a date; 1/2 is a fraction.
  if (after === C_SLASH && isArabic(s.charCodeAt(num.end + 1))) {
    let k = num.end + 1;
    while (isArabic(s.charCodeAt(k))) k++;
    if (s.charCodeAt(k) === C_SLASH || num.end - num.start > 3) return true;
  }
  if (before === ch('.') && isArabic(s.charCodeAt(num.start - 2))) return true;
  if (before === C_MINUS && (isArabic(s.charCodeAt(num.start - 2)) || isLatin(s.charCodeAt(num.start - 2)))) return true;
  const closer = OPEN_BRACKETS.get(before);
  if (closer !== undefined && after === closer) return true;
  // List markers: 2.传奇, 3. 凡人; at a line start also 1、 and 1，
  if (after === ch('.') && !isArabic(s.charCodeAt(num.end + 1)) && Number.isInteger(num.value)) return true;
  const lineStart = num.start === 0 || s.charCodeAt(num.start - 1) === 10 || s.charCodeAt(num.start - 1) === 32;
  if (lineStart && (after === ch('、') || after === ch('，'))) return true;
  // 晚8点30: a clock time.
  if (after === ch('点') && isArabic(s.charCodeAt(num.end + 1))) return true;
  if (before === ch('点') && isArabic(s.charCodeAt(num.start - 2))) return true;
  // Mobile phone numbers.
  if (num.end - num.start === 11 && s.charCodeAt(num.start) === ch('1') && !num.chinese) return true;
  return false;
}

/** Looks left of `start` for bound words: in-span words first, then verbs. */
function prefixBound(s: string, start: number): { start: number; bound: Bound; verb: Bound } {
  let p = start;
  let bound: Bound = null;
  const m = matchBackward(PREFIX_BOUNDS, s, p);
  if (m && m.value !== null) {
    bound = m.value;
    p = m.at;
  }
  let verb: Bound = null;
  const v = matchBackward(VERB_BOUNDS, s, p);
  if (v) verb = v.value;
  return { start: p, bound, verb };
}

function isFullDigit(c: number): boolean {
  return c >= 0xff10 && c <= 0xff19;
}

/**
 * Width folding for numbers: like `foldWidth` (length-preserving) but keeps the full-width
 * comma, which separates clauses (20，300美元 is two numbers) unless it stands between
 * full-width digits (４，５６５). Only rebuilds the string when something folds.
 */
function foldForNumbers(text: string): string {
  let parts: string[] | null = null;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3000) continue;
    // ４，５６５: between full-width digits the full-width comma is a thousands separator.
    if (c === 0xff0c && !(isFullDigit(text.charCodeAt(i - 1)) && isFullDigit(text.charCodeAt(i + 1)))) continue;
    const f = foldWidthChar(c);
    if (f === c) continue;
    parts ??= [];
    parts.push(text.slice(last, i), String.fromCharCode(f));
    last = i + 1;
  }
  if (parts === null) return text;
  parts.push(text.slice(last));
  return parts.join('');
}

/**
 * Finds every quantity in `text`: a number (Arabic, Chinese or mixed) with its unit, the
 * bound words written right against it, and ranges; rankings (第39位, 前30强, 全国第一) and
 * 翻番. Dates, years, labels, ordinals and idioms are left out. Spans index the caller's
 * original string (`text.slice(start, end) === q.text`).
 *
 * @example
 * extractQuantities('今年将投入至少1.8亿元')
 * //=> [{ start: 5, end: 12, text: '至少1.8亿元', value: 180000000, min: null, max: null,
 * //      unit: 'CNY', unitText: '亿元', comparator: 'gte', change: null }]
 */
export function extractQuantities(text: string): Quantity[] {
  if (typeof text !== 'string') {
    throw new TypeError(`extractQuantities expects a string, got ${text === null ? 'null' : typeof text}`);
  }
  const out: Quantity[] = [];
  const s = foldForNumbers(text);
  const n = s.length;
  let i = 0;
  while (i < n) {
    const k = CHAR_CLASS[s.charCodeAt(i)];
    if (k === C_NONE) {
      i++;
      continue;
    }
    const next = k === C_TRIGGER ? trigger(s, text, i, out) : numeralAt(s, text, i, out);
    i = next > i ? next : i + 1;
  }
  return out;
}

/** Handles 第/前 (rankings), 首位, 榜首, 翻番, 打对折, 半成. Returns where to continue. */
function trigger(s: string, orig: string, i: number, out: Quantity[]): number {
  const c = s.charCodeAt(i);
  if (c === C_DI || c === C_QIAN) {
    const num = readNumeral(s, i + 1);
    if (!num || (num.arabic && arabicLabelLite(s, num))) return i + 1;
    const after = s.charCodeAt(num.end);
    const rankWord = RANK_WORDS.get(after);
    const isDi = c === C_DI;
    if (rankWord !== undefined && (isDi ? rankWord === '位' || rankWord === '名' : true)) {
      const end = num.end + 1;
      emit(out, orig, rank(i, end, num.value, isDi ? 'eq' : 'lte', orig.slice(num.end, end)));
      return end;
    }
    // 前1‰, 前5%: the top share, a percentage with an upper bound.
    if (!isDi && (after === ch('%') || after === ch('‰') || after === ch('‱'))) {
      const unit = after === ch('‰') ? '‰' : '%';
      const value = after === ch('‱') ? num.value * 0.01 : num.value;
      emit(out, orig, { ...plain(i, num.end + 1, value, unit, orig.slice(num.end, num.end + 1)), comparator: 'lte' });
      return num.end + 1;
    }
    const open = (!isHan(after) && !isArabic(after) && !latinAt(s, num.end)) || after === C_DE;
    if (open && (!isDi || matchBackward(RANK_CONTEXT, s, i) !== null)) {
      emit(out, orig, rank(i, num.end, num.value, isDi ? 'eq' : 'lte', ''));
      return num.end;
    }
    // 第十四届, 第三方, 第一时间: an ordinal label. 前3个月: an ordinary quantity.
    return isDi ? Math.max(num.end, i + 1) : i + 1;
  }
  if (c === C_SHOU && s.charCodeAt(i + 1) === ch('位') && !isHan(s.charCodeAt(i + 2)) && !matchBackward(PRIORITY, s, i)) {
    emit(out, orig, rank(i, i + 2, 1, 'eq', '首位'));
    return i + 2;
  }
  if (c === C_BANG && s.charCodeAt(i + 1) === C_SHOU && !isHan(s.charCodeAt(i + 2))) {
    emit(out, orig, rank(i, i + 2, 1, 'eq', '榜首'));
    return i + 2;
  }
  if (c === C_FAN) {
    // 翻番, 翻一番, 翻了一番, 翻两番: doubling n times.
    let p = i + 1;
    if (s.charCodeAt(p) === ch('了')) p++;
    let times = 1;
    const d = digitAt(s, p);
    if (d !== undefined && d > 0 && s.charCodeAt(p + 1) === ch('番')) {
      times = d;
      p++;
    }
    if (s.charCodeAt(p) !== ch('番')) return i + 1;
    const end = p + 1;
    emit(out, orig, {
      start: i,
      end,
      value: Math.pow(2, times),
      min: null,
      max: null,
      unit: '倍',
      unitText: orig.slice(i, end),
      comparator: 'eq',
      change: 'increase',
    });
    return end;
  }
  if (c === ch(':')) {
    // A URL: skip it whole (its %20 and digits are no quantities).
    if (s.charCodeAt(i + 1) !== C_SLASH || s.charCodeAt(i + 2) !== C_SLASH) return i + 1;
    let j = i + 3;
    while (j < s.length && s.charCodeAt(j) > 0x20 && s.charCodeAt(j) < 0x3000) j++;
    return j;
  }
  if ((c === C_DUI || c === ch('對')) && s.charCodeAt(i + 1) === C_ZHE && s.charCodeAt(i - 1) === ch('打')) {
    emit(out, orig, plain(i, i + 2, 50, '%', '对折'));
    return i + 2;
  }
  if (c === C_BAN && !HALF_BLOCKERS.has(s.charCodeAt(i - 1))) {
    // 半斤, 半吨: half a unit. 上半年, 一半, 多半 are no quantities.
    const u = matchForward(UNITS, s, i + 1);
    if (u && u.value.kind === 'measure') {
      emit(out, orig, plain(i, u.at, 0.5, u.value.canonical, orig.slice(i + 1, u.at)));
      return u.at;
    }
  }
  if (c === C_BAN && (s.charCodeAt(i + 1) === C_CHENG || s.charCodeAt(i + 1) === C_ZHE) && !isHan(s.charCodeAt(i + 2))) {
    emit(out, orig, plain(i, i + 2, s.charCodeAt(i + 1) === C_CHENG ? 5 : 50, '%', orig.slice(i + 1, i + 2)));
    return i + 2;
  }
  return i + 1;
}

function arabicLabelLite(s: string, num: NumeralRun): boolean {
  return num.leadingZero || latinAt(s, num.end);
}

function rank(start: number, end: number, value: number, comparator: Comparator, unitText: string): Draft {
  return { start, end, value, min: null, max: null, unit: 'rank', unitText, comparator, change: null };
}

function plain(start: number, end: number, value: number, unit: string, unitText: string): Draft {
  return { start, end, value, min: null, max: null, unit, unitText, comparator: 'eq', change: null };
}

/** Reads a quantity at a numeral character. Returns where to continue. */
function numeralAt(s: string, orig: string, i: number, out: Quantity[]): number {
  const c = s.charCodeAt(i);
  // 百分之九十五, 千分之三.
  for (const [word, unit, factor] of PERCENT_WORDS) {
    if (c === word.charCodeAt(0) && s.startsWith(word, i)) {
      const num = readNumeral(s, i + 3);
      if (!num) return i + 3;
      let end = num.end;
      let value = num.value * factor;
      if ((s.charCodeAt(end) === ch('k') || s.charCodeAt(end) === ch('K')) && !latinAt(s, end + 1)) {
        value *= 1000;
        end++;
      }
      finishQuantity(s, orig, out, i, { ...pseudoCore(num, end), value, unit, unitKind: 'percent', unitText: word }, false);
      return end;
    }
  }
  // “零”的突破: from none to some.
  if (c === C_LING && CHAR_CLASS[s.charCodeAt(i + 1)] !== C_DIGIT && CHAR_CLASS[s.charCodeAt(i + 1)] !== C_MAG) {
    let p = i + 1;
    const q = s.charCodeAt(p);
    if (q === ch('”') || q === ch('"') || q === ch('’') || q === ch("'")) p++;
    if (s.startsWith('的突破', p)) {
      emit(out, orig, { ...plain(i, i + 1, 0, '', ''), comparator: 'gt' });
      return p + 3;
    }
    return i + 1;
  }
  const num = readNumeral(s, i) ?? roundMagnitude(s, i);
  if (!num) return skipRun(s, i);
  const before = s.charCodeAt(i - 1);
  const after = s.charCodeAt(num.end);
  if (num.arabic && arabicLabel(s, num)) return num.end;
  // 陆地, 拾起, 伍仁: a financial numeral character alone is a word.
  if (num.end - num.start === 1 && FINANCIAL.has(c)) return num.end;
  // （十一）, “1650”, 6·16, 1+3+N: list markers, names and dates.
  const closer = OPEN_BRACKETS.get(before);
  if (closer !== undefined && after === closer) return num.end + 1;
  if (OPEN_QUOTES.has(before) && (!num.arabic || CLOSE_QUOTES.has(after))) return num.end;
  // 《生化危机4》, “两廊两带两区”, “365展贸网”: inside a title or a short quoted name.
  if (after === ch('》') || insideShortQuote(s, i, num.end)) return num.end;
  if (after === ch('·') || before === ch('·') || after === ch('+') || before === ch('+')) return num.end;
  if (!num.arabic && num.digitless) {
    const first = s.charCodeAt(i);
    const withMore = after === ch('余') || after === ch('多');
    // 十个 is ten; 千亿元 needs a big magnitude, 百余家 a 余, 超千家 a bound word.
    const ok =
      first === ch('十') ||
      first === ch('拾') ||
      withMore ||
      num.magTail < num.end ||
      (matchBackward(PREFIX_BOUNDS, s, i)?.value ?? null) !== null;
    if (!ok) return num.end;
  }
  // 附件1, 图2, 编号3: a number naming a part or an item.
  if (matchBackward(LABEL_BEFORE, s, i) !== null) return num.end;
  // 核电1、2号机组: an enumeration of labels.
  if (labelEnumeration(s, num.end)) return skipRun(s, num.end);
  // 2.04∶1: a ratio.
  if (after === ch('∶') && isArabic(s.charCodeAt(num.end + 1))) {
    const den = readNumeral(s, num.end + 1);
    if (!den || den.value === 0) return num.end + 1;
    return finishQuantity(s, orig, out, i, core(num, num.value / den.value, '', 'none', '∶', den.end, false), false);
  }
  const coreQ = readCore(s, orig, num, false);
  if (coreQ.reject) return Math.max(coreQ.end, num.end);
  // 三四轮车, 五六个: digits read one by one are "three or four", unless a discount (三八折).
  if (num.sequence && !(coreQ.unit === '%' && coreQ.unitText === '折')) return coreQ.end;
  // 开放3.0方案: a version number.
  if (coreQ.unit === '' && num.arabic && orig.slice(num.start, num.end).endsWith('.0') && isHan(s.charCodeAt(coreQ.end))) {
    return coreQ.end;
  }
  if (num.chinese && !num.arabic) {
    if (inNonQuantityWord(s, i, coreQ.end)) return coreQ.end;
    if (num.digitless && !num.vague && coreQ.unit === '') return coreQ.end;
    // 一罐罐: a classifier said twice is no count.
    if (num.end - num.start === 1 && coreQ.end === num.end + 1 && s.charCodeAt(coreQ.end) === s.charCodeAt(num.end)) {
      return coreQ.end + 1;
    }
    // 一项一项: one by one.
    if (s.charCodeAt(coreQ.end) === ch('一') && s.charCodeAt(coreQ.end + 1) === s.charCodeAt(num.end)) return coreQ.end + 2;
    // 星期三, 周五 are covered by the word list; 十九大, 五大机制 by the 大 label.
  }
  // 排名上升14位: a move in a ranking.
  let q = coreQ;
  if (coreQ.unit === '位' && matchBackward(RANK_MOVE, s, i) !== null) q = { ...coreQ, unit: 'rank', unitKind: 'rank' };
  // 4月9日: a day of the month.
  if (q.unit === '日' && s.charCodeAt(num.end) === ch('日')) {
    if (before === C_YUE) return q.end;
    // 十五日发布, 9日电: a day of the month (Chinese-numeral days are dates in news style).
    if (!num.arabic && num.value <= 31 && matchBackward(PREFIX_BOUNDS, s, i) === null && matchBackward(VERB_BOUNDS, s, i) === null) {
      return q.end;
    }
    if (matchForward(DATE_FOLLOWERS, s, num.end + 1) !== null || matchBackward(DATE_LEADERS, s, i) !== null) return q.end;
    // 11日和12日, 1日至3日: a second day of the month.
    if (s.charCodeAt(i - 2) === ch('日') && '和、至到-—~'.includes(s[i - 1] ?? '')) return q.end;
  }
  // A year without 年 (2024新华…): never a count.
  if (q.unit === '' && num.yearLike && !num.chinese && num.value >= 1900 && num.value <= 2100) {
    // 2024—2025学年: skip the partner year too.
    const partner = RANGE_CONNECTORS.has(s.charCodeAt(q.end)) ? readNumeral(s, q.end + 1) : null;
    return partner && partner.yearLike ? skipRun(s, partner.start) : q.end;
  }
  return finishQuantity(s, orig, out, i, q, true);
}

/** 万余家, 亿多元: a bare 万 or 亿 before 余/多 is one of it (Recognizers reads 万 alone as nothing). */
function roundMagnitude(s: string, i: number): NumeralRun | null {
  const c = s.charCodeAt(i);
  const m = s.charCodeAt(i + 1);
  if ((c !== ch('万') && c !== ch('亿')) || (m !== ch('余') && m !== ch('多'))) return null;
  return {
    start: i,
    end: i + 1,
    magTail: i,
    value: c === ch('万') ? 1e4 : 1e8,
    arabic: false,
    chinese: true,
    digitless: true,
    strong: false,
    vague: false,
    yearLike: false,
    leadingZero: false,
    sequence: false,
  };
}

function pseudoCore(num: NumeralRun, end: number): Core {
  return { num, value: num.value, unit: '', unitKind: 'none', unitText: '', end, more: false, reject: false };
}

/** Skips a run of numeral characters that did not evaluate (十四五, 二三十). */
function skipRun(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length) {
    const k = CHAR_CLASS[s.charCodeAt(j)];
    if (k !== C_DIGIT && k !== C_MAG && k !== C_ARABIC) break;
    j++;
  }
  return j;
}

/** Adds ranges, bounds and sign, then emits. Returns where to continue. */
function finishQuantity(s: string, orig: string, out: Quantity[], i: number, q: Core, allowRange: boolean): number {
  let end = q.end;
  let value = q.value;
  let min: number | null = null;
  let max: number | null = null;
  let unit = q.unit;
  let unitText = q.unitText;
  let comparator: Comparator | null = null;
  const sym = signAndSymbol(s, i);
  if (sym.neg) value = -value;
  if (sym.currency && unit === '') {
    unit = sym.currency;
    unitText = orig.slice(sym.start + (sym.neg ? 1 : 0), i);
  }
  // Ranges: 3至5年, 3-5年, 三到五年, 10000与20000之间.
  if (allowRange) {
    const r = readRange(s, orig, q, value);
    if (r === 'reject') return skipRun(s, end);
    if (r) {
      end = r.end;
      min = r.min;
      max = r.max;
      unit = r.unit;
      unitText = r.unitText;
      comparator = 'range';
    }
  }
  // 十八梯, 十五运会: a bare Chinese numeral glued to a word is part of a name.
  const compared = s.charCodeAt(sym.start - 1) === ch('比');
  if (
    comparator === null &&
    unit === '' &&
    q.num.chinese &&
    !q.num.arabic &&
    q.num.strong &&
    isHan(s.charCodeAt(end)) &&
    !compared &&
    (matchBackward(PREFIX_BOUNDS, s, sym.start)?.value ?? null) === null
  ) {
    const sb = matchForward(SUFFIX_BOUNDS, s, end);
    if (!(sb && sb.value !== null && sb.at - end > 1) && !q.more) return end;
  }
  if (comparator === null && unit === '' && q.num.chinese && !q.num.arabic && !q.num.strong) {
    // A bare Chinese numeral counts only inside a bound or range construction (一以上).
    const sb = matchForward(SUFFIX_BOUNDS, s, end);
    const pb = matchBackward(PREFIX_BOUNDS, s, sym.start);
    if (!(sb && sb.value !== null && sb.at - end > 1) && !(pb && pb.value !== null)) return end;
  }
  let start = sym.start;
  let suffix: Bound = null;
  // 比三十大, 比 170 低: a comparison with the number.
  if (comparator === null) {
    const b = s.charCodeAt(start - 1) === 0x20 ? start - 1 : start;
    // 3比0: a score, not a comparison.
    const k = CHAR_CLASS[s.charCodeAt(b - 2)];
    const score = k === C_ARABIC || k === C_DIGIT || k === C_MAG;
    if (score && s.charCodeAt(b - 1) === ch('比')) return end;
    if (s.charCodeAt(b - 1) === ch('比')) {
      const e = s.charCodeAt(end) === 0x20 ? end + 1 : end;
      const w = s.charCodeAt(e);
      const cmp: Comparator | null = BIGGER.has(w) ? 'gt' : SMALLER.has(w) ? 'lt' : null;
      if (cmp !== null) {
        emit(out, orig, { start: b - 1, end: e + 1, value, min: null, max: null, unit, unitText, comparator: cmp, change: null });
        return e + 1;
      }
    }
  }
  if (comparator === null && q.num.arabic && s.charCodeAt(end) === 0x20) {
    // 170 之下: a spaced bound word after an Arabic number.
    const sb = matchForward(SUFFIX_BOUNDS, s, end + 1);
    if (sb && sb.value !== null && sb.at - end > 2) end++;
  }
  if (comparator === null) {
    const sb = matchForward(SUFFIX_BOUNDS, s, end);
    if (sb && sb.value !== null && !(sb.at - end === 1 && q.more)) {
      // 多/余 right after a unit: 1年多, 500元多.
      const single = sb.at - end === 1;
      if (!single || q.unitKind === 'duration' || q.unitKind === 'currency' || q.unitKind === 'measure') {
        suffix = sb.value;
        end = sb.at;
      }
    }
  }
  const pre = prefixBound(s, start);
  // 近3年来, 近50年同期: the past years, a time, not an approximation.
  const pastTime =
    q.unitKind === 'duration' && s.charCodeAt(pre.start) === ch('近') && PAST_TIME_AFTER.has(s.charCodeAt(end));
  if (pre.bound !== null && !pastTime) start = pre.start;
  if (comparator === null) {
    comparator =
      suffix ??
      (q.more && (pre.bound === null || pre.bound === 'approx') ? 'gt' : null) ??
      (pastTime ? null : pre.bound) ??
      (q.about ? 'approx' : null) ??
      (pastTime ? null : pre.verb) ??
      'eq';
  }
  emit(out, orig, {
    start,
    end,
    value: comparator === 'range' ? null : value,
    min,
    max,
    unit,
    unitText,
    comparator,
    change: null,
  });
  return end;
}

/** A range starting with the quantity `left`, or null, or 'reject' for a date range. */
function readRange(
  s: string,
  orig: string,
  left: Core,
  leftValue: number,
): { end: number; min: number; max: number; unit: string; unitText: string } | 'reject' | null {
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
  const rc = between && s.charCodeAt(right.end) === ch('间') ? pseudoCore(right, right.end) : readCore(s, orig, right, true);
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
  return { end, min: lo, max: hi, unit: rc.unit, unitText: rc.unitText };
}
