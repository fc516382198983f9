/**
 * The "core" of a quantity: a numeral with what is written right after it (its unit, 多/余/来,
 * 半, 成/折, a fraction, smaller coins), before bound words and ranges are looked at.
 */
import * as chars from './chars.js';
import { PREFIX_BOUNDS, RANGE_CONNECTORS } from './bounds.js';
import * as scan from './scanNumber.js';
import type { NumeralRun } from './scanNumber.js';
import * as trie from './trie.js';
import { CURRENCY_BEFORE, LATIN_UNITS, UNITS } from './units.js';
import type { UnitInfo } from './units.js';

// Module-local copies of the hot helpers: some loaders (tsx, CJS interop) turn every use of
// an imported binding into a getter call, which costs a third of the run time here.
const { CHAR_CLASS, C_ARABIC, C_DIGIT, C_MAG, ch, isArabic, isHan, isLatin } = chars;
const { digitAt, readNumeral } = scan;
const { matchBackward, matchForward } = trie;

/** A number with what directly follows it (unit, 多/余, 半), before bounds and ranges. */
export interface Core {
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

const C_BAN = ch('半');
const C_CHENG = ch('成');
const C_ZHE = ch('折');
const C_SLASH = ch('/');
const C_FEN = ch('分');
const C_ZHI = ch('之');
const C_YU_AND = ch('与');
const C_HE = ch('和');

/** Compounds of 成/折 that are words, not 三成 (30%) or 八折 (80%). */
const CHENG_WORDS = new Set([...'为功立长本果熟交员都绩效就型片套批规网链群年人'].map(ch));
const ZHE_WORDS = new Set([...'合旧算射腾叠现价扣返让服磨中成'].map(ch));

/** A core that was read and kept; the caller still decides on bounds and ranges. */
export function makeCore(
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

/** A core with no unit read after the numeral (百分之九十五 reads its unit before it). */
export function bareCore(num: NumeralRun, end: number): Core {
  return { num, value: num.value, unit: '', unitKind: 'none', unitText: '', end, more: false, reject: false };
}

/** The core of a numeral that must be skipped up to `end` (a label, date or name). */
function rejectedCore(num: NumeralRun, end: number): Core {
  return { num, value: 0, unit: '', unitKind: 'none', unitText: '', end, more: false, reject: true };
}

/** True when a Latin letter sits at `i`: a label such as 5G, G20, 4A, not a number. */
export function latinAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isLatin(s.charCodeAt(i));
}

/**
 * Reads the unit and the words glued to the numeral `num` of the width-folded text `s`
 * (`orig` is the caller's text, for `unitText`). With `allowBare` false, a weak Chinese
 * numeral without a unit (一, 三) is rejected unless a range follows.
 *
 * @example
 * readCore('投入1.8亿元', '投入1.8亿元', readNumeral('投入1.8亿元', 2)!, false)
 * //=> { value: 180000000, unit: 'CNY', unitKind: 'currency', unitText: '亿元', end: 7, … }
 */
export function readCore(s: string, orig: string, num: NumeralRun, allowBare: boolean): Core {
  let value = num.value;
  let pos = num.end;
  let more = num.vague;
  const c0 = s.charCodeAt(pos);
  // Fractions: 三分之一 → 33.33 %.
  if (c0 === C_FEN && s.charCodeAt(pos + 1) === C_ZHI) {
    const right = readNumeral(s, pos + 2);
    if (!right || num.value === 0) return rejectedCore(num, pos + 2);
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
      if (numer) return makeCore(num, value + numer.value / den.value, '', 'none', '', numer.end, more);
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
    return makeCore(num, v, '%', 'percent', orig.slice(pos, end), end, more);
  }
  if (c === C_ZHE && !ZHE_WORDS.has(s.charCodeAt(pos + 1)) && value > 0 && value < 100 && value !== 10) {
    return makeCore(num, value < 10 ? value * 10 : value, '%', 'percent', orig.slice(pos, pos + 1), pos + 1, more);
  }
  if (latinAt(s, pos)) {
    const lu = matchForward(LATIN_UNITS, s, pos);
    if (!lu || latinAt(s, lu.at)) return rejectedCore(num, pos);
    return makeCore(num, value, lu.value.canonical, 'measure', magText(orig, num) + orig.slice(pos, lu.at), lu.at, more);
  }
  const m = matchForward(UNITS, s, pos);
  const u = m && m.value.kind !== 'word' ? m : null;
  if (!u) {
    if (num.chinese && !num.arabic && !allowBare && !num.strong && !rangeFollows(s, pos) && !boundedRound(s, num)) {
      return rejectedCore(num, pos);
    }
    return makeCore(num, value, '', 'none', magText(orig, num), pos, more);
  }
  let info = u.value;
  // 22两日: 两 starts "two days" here, it is no weight.
  if (info.canonical === '两' && u.at - pos === 1 && matchForward(UNITS, s, u.at) !== null) {
    return makeCore(num, value, '', 'none', magText(orig, num), pos, more);
  }
  if (info.canonical === 'CNY' && s.charCodeAt(pos) === ch('块') && s.charCodeAt(u.at) !== ch('钱') && isHan(s.charCodeAt(u.at))) {
    info = { canonical: '块', kind: 'count' };
  }
  // 港币481亿元: a currency named right before the amount is what its bare 元 counts.
  if (info.canonical === 'CNY' && s.charCodeAt(u.at - 1) === ch('元') && u.at - pos === 1) {
    const named = matchBackward(CURRENCY_BEFORE, s, num.start);
    if (named !== null) info = { canonical: named.value, kind: 'currency' };
  }
  // 三年行动计划, 十年倍增行动, 九年义务教育, 15分钟社区生活圈, 十年“卓粤”计划: a programme's name.
  if ((info.kind === 'year' || info.kind === 'duration') && programmeNameAt(s, u.at)) return rejectedCore(num, u.at);
  // 百岁老人: a round age glued to a noun names a kind of person.
  const nounAfter = isHan(s.charCodeAt(u.at)) && s.charCodeAt(u.at) !== ch('以');
  if (num.digitless && !num.vague && num.value >= 100 && info.canonical === '岁' && nounAfter) return rejectedCore(num, u.at);
  // 比三十大: a comparison, not 三十大 (a name like 十九大).
  const comparison = s.charCodeAt(num.start - 1) === ch('比') && (info.canonical === '大' || info.canonical === '多');
  if ((info.kind === 'label' && !comparison) || info.kind === 'month') return rejectedCore(num, u.at);
  if (comparison) return makeCore(num, value, '', 'none', magText(orig, num), pos, more);
  if (info.kind === 'year' && num.yearLike && !more) return rejectedCore(num, u.at);
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

/** The magnitude characters at the end of the numeral (两万吨 → 万): they belong to `unitText`. */
function magText(orig: string, num: NumeralRun): string {
  return orig.slice(num.magTail, num.end);
}

/**
 * Heads of programme and period names written right after N年 / N分钟 (三年攻坚行动, 九年义务教育,
 * 15分钟社区生活圈). Data: whole words only, so 3年计划完成 is caught but 3年内完成 is not.
 */
const PROGRAMME_HEADS = trie.buildTrie(
  [
    '行动', '规划', '计划', '攻坚', '倍增行动', '倍增计划', '攻坚行动', '攻坚战', '行动方案', '工程', '义务教育',
    '生活圈', '社区生活圈', '便民生活圈', '经济圈', '通勤圈', '交通圈', '服务圈', '健身圈', '医疗圈', '就医圈',
  ].map((w) => [w, true] as const),
);

/** True when a programme head (or a short quoted name and then a head: 十年“卓粤”计划) starts at `p`. */
function programmeNameAt(s: string, p: number): boolean {
  let k = p;
  if (s.charCodeAt(k) === ch('“')) {
    const stop = Math.min(s.length, k + 10);
    k++;
    while (k < stop && s.charCodeAt(k) !== ch('”')) k++;
    if (k >= stop) return false;
    k++;
  }
  return matchForward(PROGRAMME_HEADS, s, k) !== null;
}

/** 超万亿, 破百万: a round 万 or more with no digit, right after a bound word, counts without a unit. */
function boundedRound(s: string, num: NumeralRun): boolean {
  return num.digitless && num.value >= 1e4 && (matchBackward(PREFIX_BOUNDS, s, num.start)?.value ?? null) !== null;
}

/** A range connector followed by a numeral (三到五年): a bare 三 is then kept as the range's start. */
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
    const k2 = second?.value.kind;
    // 17.1万吨/日, 130万吨/年, 100元/吨 (年 has its own kind: year).
    if (second && (k2 === 'measure' || k2 === 'duration' || k2 === 'count' || k2 === 'year')) {
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
  return makeCore(num, value, canonical, kind, text, e, more);
}
