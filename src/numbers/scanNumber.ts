/**
 * Delimits one numeral in the (width-folded) text and evaluates it: the run of digits,
 * magnitudes, 点 decimals, thousands separators and 余/多/几 before a magnitude. Anchored at
 * one position and linear in the run's length.
 */
import * as chars from './chars.js';
import * as numeral from './parseNumeral.js';
import * as trie from './trie.js';
import { PREFIXED_UNITS, UNITS } from './units.js';

// Module-local copies (see extract.ts): no getter call per use under tsx or CJS interop.
const { CHAR_CLASS, C_ARABIC, C_DIGIT, C_MAG, DIGIT_VALUE, POWER_OF, codeAt, isArabic } = chars;
const { evalNumeral, readArabic } = numeral;
const { matchForward } = trie;

/** A numeral found in the text. */
export interface NumeralRun {
  readonly start: number;
  readonly end: number;
  /** Start of the trailing magnitude characters (两万吨 → at 万), for `unitText`. */
  readonly magTail: number;
  readonly value: number;
  readonly arabic: boolean;
  readonly chinese: boolean;
  /** No digit at all (十, 千亿, 百余). */
  readonly digitless: boolean;
  /** A Chinese numeral with a magnitude or decimal and two or more characters (二百五). */
  readonly strong: boolean;
  /** Written with 几 (十几万): an open lower bound. */
  readonly vague: boolean;
  /** Four Arabic digits, or four Chinese digits read one by one: could be a year. */
  readonly yearLike: boolean;
  /** Arabic integer with a leading zero (0316): a code, not a number. */
  readonly leadingZero: boolean;
  /** Chinese digits read one by one (三四, 一九九一): a year, a discount or a vague "three or four". */
  readonly sequence: boolean;
  /**
   * Upper end of an approximate numeral, whose `value` is then the lower end: 十几 (10–20),
   * 二三十 (20–30), 数十亿 (1×10^9–1×10^10). Undefined for an exact numeral.
   *
   * Every run is built as one literal with all its fields in this order (readNumeral, the
   * approximate and half readers): one object shape keeps the readers' property loads
   * monomorphic, which the scan's speed rests on.
   */
  readonly maxValue: number | undefined;
}

const DIAN_1 = 0x70b9; // 点
const DIAN_2 = 0x9ede; // 點
const JI_1 = 0x51e0; // 几
const JI_2 = 0x5e7e; // 幾
const YU = 0x4f59; // 余
const DUO = 0x591a; // 多
const LIANG = 0x4e24; // 两
const SPACE = 0x20;
const MAX_RUN = 64;

function isDianDigit(c: number): boolean {
  return CHAR_CLASS[c] === C_DIGIT && c !== LIANG && c !== 0x5169;
}

/**
 * Reads the numeral starting at `i`, or returns null when none starts there or it does not
 * evaluate. `s` is the width-folded text.
 *
 * @example
 * readNumeral('投入1.8亿元', 2)?.value //=> 180000000
 */
export function readNumeral(s: string, i: number): NumeralRun | null {
  // No real numeral is longer than this; the cap keeps junk like 万余万余… linear.
  const n = Math.min(s.length, i + MAX_RUN);
  let j = i;
  let last = 0; // 1 Arabic, 2 Chinese digit, 3 magnitude
  let arabic = false;
  let chinese = false;
  let digits = 0;
  let mags = 0;
  let point = false;
  let vague = false;
  let magTail = -1;
  let cnDigitsInRow = 0;
  let maxCnRow = 0;
  // The last run of Arabic digits: its length (separators dropped), decimal point, leading zero, value.
  let arabicLen = 0;
  let arabicDot = false;
  let arabicLeadZero = false;
  let arabicNumber: number | null = null;
  // The digit string when readArabic read the run (its value is worked out only if needed).
  let arabicText: string | null = null;
  let jiAt = -1;
  while (j < n) {
    const c = codeAt(s, j);
    const k = CHAR_CLASS[c];
    if (k === C_ARABIC) {
      if (last === 1 || last === 2) break;
      // Digits alone (most numbers) are read here, without a string; readArabic takes the
      // separators and decimals (3,000, 1.8). Its value is what evalNumeral would read.
      let e = j;
      let v = 0;
      for (let d = codeAt(s, e); e < n && isArabic(d); d = codeAt(s, ++e)) v = v * 10 + (d - 0x30);
      const stop = codeAt(s, e);
      if (e === n || (stop !== 0x2c && stop !== 0xff0c && stop !== 0x2e)) {
        if (e - j > 40) return null;
        arabicLen = e - j;
        arabicDot = false;
        arabicLeadZero = arabicLen > 1 && codeAt(s, j) === 0x30;
        // 15 digits add up exactly, as Number() reads them; longer strings are parsed.
        arabicNumber = arabicLen > 22 ? null : arabicLen <= 15 ? v : Number(s.slice(j, e));
        arabicText = null;
        j = e;
      } else {
        const a = readArabic(s, j, n);
        if (!a) break;
        if (a.str.length > 40) return null;
        arabicLen = a.str.length;
        arabicDot = a.str.includes('.');
        arabicLeadZero = arabicLen > 1 && a.str[0] === '0' && a.str[1] !== '.';
        arabicText = a.str;
        j = a.end;
      }
      arabic = true;
      digits++;
      last = 1;
      magTail = -1;
      continue;
    }
    if (k === C_DIGIT) {
      if (last === 1) break;
      // 二两, 三十两: 两 after a digit, or closing a numeral before a non-unit, is the weight unit.
      if (c === LIANG && ((last === 2 && codeAt(s, j - 1) !== LIANG) || (last === 3 && !continuesNumeral(s, j + 1)))) break;
      chinese = true;
      digits++;
      cnDigitsInRow = last === 2 ? cnDigitsInRow + 1 : 1;
      if (cnDigitsInRow > maxCnRow) maxCnRow = cnDigitsInRow;
      j++;
      last = 2;
      magTail = -1;
      continue;
    }
    if (k === C_MAG) {
      // 12千米, 5万千瓦: an SI prefix after Arabic digits or 万/亿 (两千米 is 2000 米).
      if ((c === 0x5343 || c === 0x5146) && last !== 2 && matchForward(PREFIXED_UNITS, s, j)) break;
      chinese = true;
      mags++;
      // Only 万/亿/兆 at the very end count as the unit's magnitude (两万吨 → 万吨).
      if (c === 0x4e07 || c === 0x842c || c === 0x4ebf || c === 0x5104 || c === 0x5146) {
        if (magTail < 0) magTail = j;
      } else magTail = -1;
      j++;
      last = 3;
      cnDigitsInRow = 0;
      continue;
    }
    if ((c === DIAN_1 || c === DIAN_2) && (last === 2 || last === 3) && j + 1 < n && isDianDigit(codeAt(s, j + 1))) {
      point = true;
      j++;
      magTail = -1;
      last = 3;
      continue;
    }
    if ((c === JI_1 || c === JI_2) && last === 3 && codeAt(s, j - 1) !== 0x4e07 && codeAt(s, j - 1) !== 0x4ebf) {
      vague = true;
      if (jiAt < 0) jiAt = j;
      j++;
      last = 2;
      magTail = -1;
      continue;
    }
    if ((c === YU || c === DUO) && last !== 0 && j + 1 < n && POWER_OF[codeAt(s, j + 1)]! >= 0) {
      const m = codeAt(s, j + 1);
      if ((m === 0x5343 || m === 0x5146) && matchForward(PREFIXED_UNITS, s, j + 1)) break;
      vague = true;
      j++;
      continue;
    }
    // Spaces inside a Chinese numeral (五 百 万), and between Arabic digits and their magnitude
    // (５００　亿元, 6，500 万): part of the numeral (spec: spaces inside a quantity).
    if (c === SPACE && last >= 1 && j + 1 < n) {
      const d = codeAt(s, j + 1);
      const kd = CHAR_CLASS[d];
      if ((kd === C_DIGIT && last >= 2) || kd === C_MAG || (d === SPACE && CHAR_CLASS[codeAt(s, j + 2)] === C_MAG)) {
        j++;
        continue;
      }
    }
    break;
  }
  while (j > i && codeAt(s, j - 1) === SPACE) j--;
  if (j === i) return null;
  if (magTail < 0) magTail = j;
  // Arabic digits alone (the common case) are one run: its value is read already, as
  // evalNumeral would read it again (at most 22 digits, decimals to 15 places).
  let value = !arabic || chinese ? evalNumeral(s, i, j) : arabicText === null ? arabicNumber : arabicValue(arabicText);
  // 百分之七十百分位, 五十千: drop one trailing magnitude that does not fit.
  if (value === null && mags >= 2 && j - i >= 3 && CHAR_CLASS[codeAt(s, j - 1)] === C_MAG) {
    value = evalNumeral(s, i, j - 1);
    if (value !== null) {
      j--;
      if (magTail > j) magTail = j;
      mags--;
    }
  }
  if (value === null) return null;
  const digitless = digits === 0;
  const seqYear = !arabic && maxCnRow === 4 && mags === 0 && !point;
  const run: NumeralRun = {
    start: i,
    end: j,
    magTail,
    value,
    arabic,
    chinese,
    digitless,
    strong: chinese && !arabic && (digits >= 1 || vague) && (mags >= 1 || point) && j - i >= 2,
    vague,
    yearLike:
      (seqYear || (arabic && !chinese && arabicLen === 4 && !arabicDot && j - i === 4)) && value >= 1000 && value <= 2200,
    leadingZero: arabic && arabicLeadZero,
    sequence: !arabic && maxCnRow >= 2 && mags === 0,
    // 十几: the upper end of an approximate numeral.
    maxValue: jiAt >= 0 ? jiUpper(s, i, j, jiAt, value) : undefined,
  };
  return run;
}

/** The value of an Arabic digit string from readArabic, exactly as {@link evalNumeral} gives it. */
function arabicValue(str: string): number | null {
  if (str.length > 22) return null;
  const v = Number(str);
  // Up to 15 significant digits a decimal reads back unchanged from 15 digits (DBL_DIG): the
  // rounding (a slow toPrecision) changes nothing then.
  return str.length > 16 && str.includes('.') ? Number(v.toPrecision(15)) : v;
}

/**
 * 十几 → 20, 二十几万 → 300000: the upper end of a numeral whose 几 (at `jiAt`) stands for one digit.
 * The digit's place is what 几 → 一 adds; the range runs up to ten of that place (spec: 十几家 → 10–20).
 */
function jiUpper(s: string, from: number, to: number, jiAt: number, low: number): number | undefined {
  const one = evalNumeral(`${s.slice(from, jiAt)}一${s.slice(jiAt + 1, to)}`, 0, to - from);
  return one === null || one <= low ? undefined : low + 10 * (one - low);
}

/** True when `s[k]` is a numeral character or starts a unit word (两个 keeps 两 a digit). */
function continuesNumeral(s: string, k: number): boolean {
  const kk = CHAR_CLASS[codeAt(s, k)];
  if (kk === C_DIGIT || kk === C_MAG || kk === C_ARABIC) return true;
  const u = matchForward(UNITS, s, k);
  return u !== null;
}

/** The value of a lone Chinese digit character, for 七成六 and 翻两番. */
export function digitAt(s: string, i: number): number | undefined {
  return DIGIT_VALUE.get(codeAt(s, i));
}

/**
 * Skips the run of numeral characters from `i` (at least one character) and returns its end:
 * used to step over numerals that did not evaluate or are no quantity (十四五, 二三十).
 *
 * @example
 * skipRun('十四五规划', 0) //=> 3
 */
export function skipRun(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length) {
    const k = CHAR_CLASS[codeAt(s, j)];
    if (k !== C_DIGIT && k !== C_MAG && k !== C_ARABIC) break;
    j++;
  }
  return j;
}
