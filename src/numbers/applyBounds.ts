/**
 * Turns a core (number + unit) into a quantity: the sign and currency symbol before it, a
 * range after it, bound words on either side (至少, 以上, 左右), comparisons (比三十大), and
 * the filters that only make sense once those are known (十八梯 is a name).
 */
import type { Comparator, Quantity, UnitKind } from '../core/types.js';
import * as boundWords from './bounds.js';
import { SUFFIX_BOUNDS, VERB_BOUNDS } from './bounds.js';
import type { Bound } from './bounds.js';
import * as chars from './chars.js';
import type { Core } from './core.js';
import * as drafts from './draft.js';
import * as ranges from './ranges.js';
import * as scan from './scanNumber.js';
import * as trie from './trie.js';
import { CURRENCY_SYMBOLS, PER_UNIT } from './units.js';

// Module-local copies (see core.ts): no getter call per use under tsx or CJS interop.
const { CHAR_CLASS, C_ARABIC, C_DIGIT, C_MAG, ch, isArabic, isHan, isLatin, codeAt } = chars;
const { boundBefore } = boundWords;
const { emit } = drafts;
const { inclusiveEnd, readRange, readUpperBound } = ranges;
const { skipRun } = scan;
const { matchBackward, matchForward } = trie;
// Code units compared in the readers below (module constants: no call per comparison).
const C_BI = ch('比');
const C_JIN = ch('近');
const C_XIA = ch('下');

const C_LING = ch('零');
const C_FU = ch('负');
const C_FU2 = ch('負');
const C_MINUS = ch('-');
const C_MINUS_SIGN = 0x2212; // − (U+2212), the typographic minus
const SPACE = 0x20;
/**
 * A change word carrying the sign before its amount: 负增长1.5% is growth of −1.5 %, 负拉动0.4个百分点
 * a drag of −0.4 points (spec: negative values keep their sign). The words stay outside the span.
 */
const NEGATIVE_CHANGE = trie.buildTrie(
  ['负增长', '负拉动', '负贡献', '负收益', '负回报', '负增速', '负增长了', '负增长为', '负增长至'].map((w) => [w, true] as const),
  true,
);
/** 近3年来, 近50年同期: "the past N years", a time. */
const PAST_TIME_AFTER = new Set([...'来以同间中内'].map(ch));
const BIGGER = new Set([...'大高多'].map(ch));
const SMALLER = new Set([...'小低少'].map(ch));

/**
 * Adds sign, currency symbol, a range (when `allowRange`), bound words and comparisons to the
 * core `q` of the numeral at `i`, then emits it into `out`. Returns where the scan continues.
 *
 * @example
 * // s = '至少1.8亿元', q = readCore(s, s, readNumeral(s, 2)!, false)
 * finishQuantity(s, s, out, 2, q, true) //=> 7; out gains '至少1.8亿元' (start 0) with comparator 'gte'
 */
export function finishQuantity(s: string, orig: string, out: Quantity[], i: number, q: Core, allowRange: boolean): number {
  let end = q.end;
  let value = q.value;
  let min: number | null = null;
  let max: number | null = null;
  let unit = q.unit;
  let unitText = q.unitText;
  let comparator: Comparator | null = null;
  let numEnd = q.num.end;
  const sym = signAndSymbol(s, i);
  if (sym.neg) value = -value;
  if (sym.currency && unit === '') {
    unit = sym.currency;
    unitText = sym.currencyText;
  }
  // 数十亿元, 十几家, 三五百人: an approximate numeral is a range (its value is the lower end).
  const approxMax = q.num.maxValue;
  if (approxMax !== undefined && q.num.value > 0) {
    const ends = [value, value * (approxMax / q.num.value)];
    min = Math.min(ends[0] ?? 0, ends[1] ?? 0);
    max = Math.max(ends[0] ?? 0, ends[1] ?? 0);
    comparator = 'range';
  } else if (allowRange) {
    // Ranges: 3至5年, 3-5年, 三到五年, 10000与20000之间.
    const r = readRange(s, orig, q, value);
    if (r === 'reject') return skipRun(s, end);
    if (r) {
      end = r.end;
      min = r.min;
      max = r.max;
      unit = r.unit;
      unitText = r.unitText;
      numEnd = r.numEnd;
      comparator = 'range';
    }
  }
  // 十八梯, 十五运会: a bare Chinese numeral glued to a word is part of a name.
  const compared = codeAt(s, sym.start - 1) === C_BI;
  if (
    comparator === null &&
    unit === '' &&
    q.num.chinese &&
    !q.num.arabic &&
    q.num.strong &&
    isHan(codeAt(s, end)) &&
    !compared &&
    (boundBefore(s, sym.start)?.value ?? null) === null
  ) {
    const sb = matchForward(SUFFIX_BOUNDS, s, end);
    if (!(sb && sb.value !== null && sb.at - end > 1) && !q.more) return end;
  }
  if (comparator === null && unit === '' && q.num.chinese && !q.num.arabic && !q.num.strong) {
    // A bare Chinese numeral counts only inside a bound or range construction (一以上).
    const sb = matchForward(SUFFIX_BOUNDS, s, end);
    const pb = boundBefore(s, sym.start);
    if (!(sb && sb.value !== null && sb.at - end > 1) && !(pb && pb.value !== null)) return end;
  }
  let start = sym.start;
  let suffix: Bound = null;
  // 比三十大, 比 170 低: a comparison with the number.
  if (comparator === null) {
    const b = codeAt(s, start - 1) === 0x20 ? start - 1 : start;
    // 3比0: a score, not a comparison.
    const k = CHAR_CLASS[codeAt(s, b - 2)];
    const score = k === C_ARABIC || k === C_DIGIT || k === C_MAG;
    if (score && codeAt(s, b - 1) === C_BI) return end;
    if (codeAt(s, b - 1) === C_BI) {
      const e = codeAt(s, end) === 0x20 ? end + 1 : end;
      const w = codeAt(s, e);
      const cmp: Comparator | null = BIGGER.has(w) ? 'gt' : SMALLER.has(w) ? 'lt' : null;
      if (cmp !== null) {
        emit(out, orig, { start: b - 1, end: e + 1, value, min: null, max: null, unit, unitText, comparator: cmp, change: null, numStart: q.num.start, numEnd, unitKind: knownKind(q, unit), yearLike: q.num.yearLike && q.unit === '' });
        return e + 1;
      }
    }
  }
  // 5万元（含）以上: the inclusive mark belongs to the quantity before its bound word.
  if (comparator === null) {
    const inc = inclusiveEnd(s, end);
    if (inc > end && matchForward(SUFFIX_BOUNDS, s, inc) !== null) end = inc;
  }
  if (comparator === null && q.num.arabic && codeAt(s, end) === 0x20) {
    // 170 之下: a spaced bound word after an Arabic number.
    const sb = matchForward(SUFFIX_BOUNDS, s, end + 1);
    if (sb && sb.value !== null && sb.at - end > 2) end++;
  }
  if (comparator === null) {
    const sb = matchForward(SUFFIX_BOUNDS, s, end);
    if (sb && sb.value !== null && !(sb.at - end === 1 && q.more)) {
      // 多/余 right after a unit: 1年多, 500元多, 1倍多.
      const single = sb.at - end === 1;
      if (!single || q.unitKind === 'duration' || q.unitKind === 'currency' || q.unitKind === 'measure' || q.unitKind === 'times') {
        suffix = sb.value;
        end = sb.at;
      }
    }
    // 罚款5000元以上3万元以下, 3年以上7年以下: one range (spec, News: X以上Y以下 is one range).
    if (suffix === 'gte') {
      const upper = readUpperBound(s, orig, end, unit, value);
      if (upper !== null) {
        min = value;
        max = upper.max;
        unit = upper.unit;
        unitText = upper.unitText;
        end = upper.end;
        comparator = 'range';
      }
    }
  }
  const pre = prefixBound(s, start);
  // 近3年来, 近50年同期: the past years, a time, not an approximation.
  const pastTime =
    q.unitKind === 'duration' && codeAt(s, pre.start) === C_JIN && PAST_TIME_AFTER.has(codeAt(s, end));
  if (pre.bound !== null && !pastTime) start = pre.start;
  // 每吨5000元, 每平方米约 8，670 元, 每股1.95港元: a price per unit (spec: CNY/吨, CNY/平方米).
  if (q.unitKind === 'currency' && unit !== '' && !unit.includes('/')) {
    const from = start;
    const per = matchBackward(PER_UNIT, s, codeAt(s, from - 1) === SPACE ? from - 1 : from);
    if (per !== null) {
      unit = `${unit}/${per.value}`;
      start = per.at;
    }
  }
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
    numStart: q.num.start, numEnd, unitKind: knownKind(q, unit), yearLike: q.num.yearLike && q.unit === '',
  });
  return end;
}

/**
 * What the core already knows and statements should not re-read (with the numeral's span and
 * year-likeness, handed over in the draft): the unit's kind, or undefined when the draft must
 * look it up because a range or a currency symbol changed the unit.
 */
function knownKind(q: Core, unit: string): UnitKind | undefined {
  const k = q.unitKind;
  const known = unit === q.unit && !(k === 'none' && unit !== '') && k !== 'label' && k !== 'month' && k !== 'word';
  return !known ? undefined : k === 'year' ? 'duration' : k;
}

/**
 * Sign and currency symbol written before the number (-5, −0.4, 负 1,200,000, 零下3, ￥20, US$5,
 * 负增长1.5%): returns the new start (a change word such as 负增长 stays outside the span).
 */
function signAndSymbol(s: string, start: number): { start: number; neg: boolean; currency: string | null; currencyText: string } {
  let p = start;
  let currency: string | null = null;
  let currencyText = '';
  const last = codeAt(s, p - 1);
  // Currency symbols end in $ ￥ ¥ € £ or B (RMB): test the last character before slicing.
  if (last === 0x24 || last === 0xffe5 || last === 0xa5 || last === 0x20ac || last === 0xa3 || last === 0x42) {
    for (const len of [3, 2, 1]) {
      if (p - len < 0) continue;
      const sym = CURRENCY_SYMBOLS.get(s.slice(p - len, p));
      if (sym) {
        currency = sym;
        currencyText = s.slice(p - len, p);
        p -= len;
        break;
      }
    }
  }
  let neg = false;
  // 负 1,200,000: one space after 负 or the minus sign.
  const spaced = codeAt(s, p - 1) === SPACE && p >= 2 && isSignChar(codeAt(s, p - 2));
  const c = codeAt(s, spaced ? p - 2 : p - 1);
  if (spaced) p--;
  if (c === C_XIA && codeAt(s, p - 2) === C_LING) {
    neg = true;
    p -= 2;
  } else if ((c === C_FU || c === C_FU2) && !afterNumeral(s, p - 2)) {
    // 负3: minus three; but 5负1平 is a tally (5 losses, 1 draw).
    neg = true;
    p--;
  } else if (c === C_MINUS || c === C_MINUS_SIGN) {
    const b = codeAt(s, p - 2);
    if (p - 1 === 0 || !(isArabic(b) || isLatin(b) || CHAR_CLASS[b] === C_DIGIT || CHAR_CLASS[b] === C_MAG || b === C_MINUS)) {
      neg = true;
      p--;
    }
  } else if (matchBackward(NEGATIVE_CHANGE, s, p) !== null) {
    neg = true;
  }
  if (spaced && !neg) p++;
  return { start: p, neg, currency, currencyText };
}

/** 负, 負, -, −: a sign that may stand one space before its number. */
function isSignChar(c: number): boolean {
  return c === C_FU || c === C_FU2 || c === C_MINUS_SIGN;
}

/** True when a numeral character (Arabic, Chinese digit or magnitude) sits at `k`. */
function afterNumeral(s: string, k: number): boolean {
  const c = codeAt(s, k);
  return isArabic(c) || CHAR_CLASS[c] === C_DIGIT || CHAR_CLASS[c] === C_MAG;
}

/** Looks left of `start` for bound words: in-span words (至少) first, then verbs (压缩至) outside the span. */
function prefixBound(s: string, start: number): { start: number; bound: Bound; verb: Bound } {
  let p = start;
  let bound: Bound = null;
  // 约 8，670 元: a bound word one space before the number still bounds it.
  const spacedAt = codeAt(s, p - 1) === SPACE ? boundBefore(s, p - 1) : null;
  const m = spacedAt !== null && spacedAt.value !== null ? spacedAt : boundBefore(s, p);
  if (m && m.value !== null) {
    bound = m.value;
    p = m.at;
  }
  let verb: Bound = null;
  const v = matchBackward(VERB_BOUNDS, s, p);
  if (v) verb = v.value;
  return { start: p, bound, verb };
}
