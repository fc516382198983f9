/**
 * Approximate numerals, which the spec reads as ranges ("Numbers": 数十亿元 → 1×10^9–1×10^10,
 * 几十万 → 1×10^5–1×10^6, 三五百人 → 300–500, 四五千元 → 4000–5000):
 *
 * - 数 or 几 before a round magnitude (数十, 数百亿, 几十万, 几千): one to ten of that magnitude;
 * - two neighbouring digits (二三十, 三五百, 七八千, 十七八, 两三万, 一两个): either value. GB/T
 *   15835-2011 (出版物上数字用法) §4.1.3 names the construction: "相邻的两个数字并列连用表示概数"
 *   (三五天, 七八十种, 四十五六岁), and 三五 is the common pair that skips a digit.
 *
 * 十几 and 二十几万 (几 as the last digit) are read by the numeral scanner itself (scanNumber.ts).
 * Each reader returns a {@link NumeralRun} whose `value` is the lower end and `maxValue` the upper.
 */
import * as chars from './chars.js';
import * as numeral from './parseNumeral.js';
import type { NumeralRun } from './scanNumber.js';

// Module-local copies (see core.ts): no getter call per use under tsx or CJS interop.
const { CHAR_CLASS, C_DIGIT, C_MAG, DIGIT_VALUE, ch, codeAt } = chars;
const { evalNumeral } = numeral;
// Code units compared in the readers below (module constants: no call per comparison).
const C_SHU = ch('数');
const C_SHU_TRAD = ch('數');
const C_JI = ch('几');
const C_JI_TRAD = ch('幾');
const C_SAN = ch('三');

const BIG_MAGS = new Set([...'万萬亿億兆'].map(ch));
/** Longest run of Chinese digits and magnitudes looked at for a digit pair. */
const MAX_PAIR_RUN = 12;

/**
 * Nouns ending in 数 (人数, 户数, 总数, 指数, 系数): in 参观人数十万人次 the 数 belongs to the noun
 * and 十万 is an exact count. The characters that form such nouns with 数.
 */
const SHU_NOUN_HEADS = new Set([...'人户次件总指系基倍分岁天页票股位家项名字函变常参无少多半整复负正奇偶小点场单台车'].map(ch));

/**
 * Reads 数 or 几 at `i` followed by a round magnitude (数十亿, 几十万, 数万, 几百): a run from `i`
 * worth one to ten of that magnitude, or null.
 *
 * @example
 * approximateWord('投资数十亿元', 2) //=> { start: 2, end: 5, value: 1e9, maxValue: 1e10, … }
 */
export function approximateWord(s: string, i: number): NumeralRun | null {
  const c = codeAt(s, i);
  if (c !== C_SHU && c !== C_SHU_TRAD && c !== C_JI && c !== C_JI_TRAD) return null;
  if (CHAR_CLASS[codeAt(s, i + 1)] !== C_MAG) return null;
  if ((c === C_SHU || c === C_SHU_TRAD) && SHU_NOUN_HEADS.has(codeAt(s, i - 1))) return null;
  let end = i + 1;
  while (end < s.length && end < i + 6 && CHAR_CLASS[codeAt(s, end)] === C_MAG) end++;
  // 数万, 几亿: a magnitude alone is one of it; 数十亿 reads as a numeral.
  const value = evalNumeral(`一${s.slice(i + 1, end)}`, 0, end - i);
  if (value === null) return null;
  return approximateRun(i, end, magTailOf(s, i + 1, end), value, value * 10);
}

/**
 * Reads two neighbouring Chinese digits inside the numeral at `i` (二三十, 三五百, 十七八, 两三万),
 * each side evaluated with the rest of the numeral: a run from `i` with both ends, or null.
 *
 * @example
 * digitPair('七八千吨', 0) //=> { start: 0, end: 3, value: 7000, maxValue: 8000, … }
 */
export function digitPair(s: string, i: number): NumeralRun | null {
  let j = i;
  let pairAt = -1;
  const stop = Math.min(s.length, i + MAX_PAIR_RUN);
  while (j < stop) {
    const k = CHAR_CLASS[codeAt(s, j)];
    if (k !== C_DIGIT && k !== C_MAG) break;
    if (k === C_DIGIT && CHAR_CLASS[codeAt(s, j + 1)] === C_DIGIT) {
      // Only one pair, and nothing but magnitudes after it (一二三四 is a list).
      if (pairAt >= 0) return null;
      pairAt = j;
      j++;
    }
    j++;
  }
  if (pairAt < 0) return null;
  const lowChar = codeAt(s, pairAt);
  const highChar = codeAt(s, pairAt + 1);
  const low = DIGIT_VALUE.get(lowChar) ?? 0;
  const high = DIGIT_VALUE.get(highChar) ?? 0;
  if (!isApproximatePair(low, high, lowChar)) return null;
  // Before the pair a whole tens/hundreds numeral (二十七八, 十七八); after it only magnitudes.
  if (pairAt > i && CHAR_CLASS[codeAt(s, pairAt - 1)] !== C_MAG) return null;
  for (let k = pairAt + 2; k < j; k++) if (CHAR_CLASS[codeAt(s, k)] !== C_MAG) return null;
  const head = s.slice(i, pairAt);
  const tail = s.slice(pairAt + 2, j);
  const a = evalNumeral(head + s[pairAt] + tail, 0, head.length + 1 + tail.length);
  const b = evalNumeral(head + s[pairAt + 1] + tail, 0, head.length + 1 + tail.length);
  if (a === null || b === null) return null;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  if (!(lo > 0 && lo < hi)) return null;
  return approximateRun(i, j, magTailOf(s, pairAt + 2, j), lo, hi);
}

/** 一二…八九 (each next digit), 三五, and 三两 (two or three, written high first). */
function isApproximatePair(low: number, high: number, lowChar: number): boolean {
  if (high === low + 1 && low >= 1) return true;
  if (low === 3 && high === 5) return true;
  return low === 3 && high === 2 && lowChar === C_SAN;
}

/** True when the run `num` has a magnitude (七八千, 十七八), so it may stand without a unit. */
export function hasMagnitude(s: string, num: NumeralRun): boolean {
  for (let k = num.start; k < num.end; k++) if (CHAR_CLASS[codeAt(s, k)] === C_MAG) return true;
  return false;
}

/** Start of the trailing big magnitudes (万/亿) of `[from, to)`, for `unitText`; `to` when none. */
function magTailOf(s: string, from: number, to: number): number {
  let tail = -1;
  for (let k = from; k < to; k++) {
    if (BIG_MAGS.has(codeAt(s, k))) {
      if (tail < 0) tail = k;
    } else tail = -1;
  }
  return tail < 0 ? to : tail;
}

function approximateRun(start: number, end: number, magTail: number, value: number, maxValue: number): NumeralRun {
  return {
    start,
    end,
    magTail,
    value,
    arabic: false,
    chinese: true,
    digitless: false,
    strong: end - start >= 2,
    vague: false,
    yearLike: false,
    leadingZero: false,
    // 七八十年代, 五六月: the unit reader still rejects labels and months after the run.
    sequence: false,
    maxValue,
  };
}
