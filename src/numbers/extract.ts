/**
 * extractQuantities: every quantity mention of a text, typed per the numeric-statements spec.
 *
 * How it stays fast: one pass over a class table (candidates.ts) folds the text and lists the
 * characters that can start a quantity; at one, small anchored readers (numeral, unit trie,
 * bound tries) look a few characters left and right. No regular expression runs over the text.
 *
 * This file is the scan loop; the readers it composes live in their own modules:
 * core.ts (number + unit), applyBounds.ts (sign, bounds, comparisons), ranges.ts,
 * ranks.ts, percentWords.ts, dates.ts and labels.ts (numerals that are no quantity).
 */
import type { Quantity } from '../core/types.js';
import * as bounds from './applyBounds.js';
import * as approximate from './approximate.js';
import * as candidates from './candidates.js';
import * as boundWords from './bounds.js';
import { RANK_MOVE } from './bounds.js';
import * as chars from './chars.js';
import * as coreReader from './core.js';
import * as dates from './dates.js';
import * as drafts from './draft.js';
import * as halves from './halves.js';
import * as labels from './labels.js';
import * as percentWords from './percentWords.js';
import * as ranks from './ranks.js';
import * as scan from './scanNumber.js';
import type { NumeralRun } from './scanNumber.js';
import * as trie from './trie.js';
import { UNITS } from './units.js';
import * as numeral from './parseNumeral.js';

// Module-local copies of the hot helpers: some loaders (tsx, CJS interop) turn every use of
// an imported binding into a getter call, which costs a third of the run time here.
const { CHAR_CLASS, C_ARABIC, C_DIGIT, C_MAG, C_TRIGGER, ch, isArabic, isHan, isLatin, codeAt } = chars;
const { finishQuantity } = bounds;
const { scanCandidates } = candidates;
const { boundBefore } = boundWords;
const { approximateWord, digitPair, hasMagnitude } = approximate;
const { readHalf } = halves;
const { readArabic } = numeral;
const { makeCore, readCore } = coreReader;
const { bareYearEnd, isDayOfMonth } = dates;
const { emit, plainDraft } = drafts;
const { chineseWordEnd, colonRatio, labelEnd } = labels;
const { readFold, readPercentWord } = percentWords;
const { readRanking } = ranks;
const { digitAt, readNumeral, skipRun } = scan;
const { matchBackward, matchForward } = trie;
// Code units compared in the readers below (module constants: no call per comparison).
const C_COLON = ch(':');
const C_BA = ch('把');
const C_DUI_TRAD = ch('對');
const C_LE = ch('了');
const C_FAN_TIMES = ch('番');
const C_BEI = ch('倍');
const C_RDQUO = ch('”');
const C_QUOTE = ch('"');
const C_RSQUO = ch('’');
const C_LIANG = ch('两');
const C_RATIO = ch('∶');
const C_DUN = ch('、');
const C_YU_MORE = ch('余');
const C_DUO = ch('多');
const C_YU_MORE_TRAD = ch('餘');
const C_WAN = ch('万');
const C_WAN_TRAD = ch('萬');
const C_YI_BIG = ch('亿');
const C_YI_BIG_TRAD = ch('億');

const C_DI = ch('第');
const C_QIAN = ch('前');
const C_SHOU = ch('首');
const C_BANG = ch('榜');
const C_FAN = ch('翻');
const C_DUI = ch('对');
const C_BAN = ch('半');
const C_LING = ch('零');
const C_SLASH = ch('/');
const C_DOT = ch('.');
/** Count units that also name a material (金, 银, 铜 medals): 一两银子 is a weight. */
const MATERIAL_UNITS = new Set(['金', '银', '铜']);

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
  // The folded text and the positions where a quantity can start, in one pass.
  const { s, positions, count } = scanCandidates(text);
  let i = 0;
  for (let c = 0; c < count; c++) {
    const at = positions[c]!;
    if (at < i) continue; // inside what the last reader consumed
    const next = CHAR_CLASS[codeAt(s, at)] === C_TRIGGER ? trigger(s, text, at, out) : numeralAt(s, text, at, out);
    i = next > at ? next : at + 1;
  }
  return out;
}

/** Handles 第/前 (rankings), 首位, 榜首, 翻番, URLs, 打对折, 半斤, 半成. Returns where to continue. */
function trigger(s: string, orig: string, i: number, out: Quantity[]): number {
  const c = codeAt(s, i);
  if (c === C_DI || c === C_QIAN || c === C_SHOU || c === C_BANG) return readRanking(s, orig, i, out);
  if (c === C_FAN) return readDoubling(s, orig, i, out);
  if (c === C_COLON) {
    // A URL: skip it whole (its %20 and digits are no quantities).
    if (codeAt(s, i + 1) !== C_SLASH || codeAt(s, i + 2) !== C_SLASH) return i + 1;
    let j = i + 3;
    while (j < s.length && codeAt(s, j) > 0x20 && codeAt(s, j) < 0x3000) j++;
    return j;
  }
  if (c === C_DUI || c === C_DUI_TRAD) return readFold(s, orig, i, out);
  if (c === C_BAN) return readHalf(s, orig, i, out);
  // 数十亿元, 几十万人: an approximate numeral, a range.
  const run = approximateWord(s, i);
  if (run !== null) {
    const q = readCore(s, orig, run, true);
    if (q.reject) return q.end;
    // 数十 alone is no count; 数十万 is (like 4386万).
    if (q.unit === '' && run.value < 1e4) return i + 1;
    return finishQuantity(s, orig, out, i, q, false);
  }
  return i + 1;
}

/** 翻番, 翻一番, 翻了一番, 翻两番, 翻倍: doubling n times, 2^n 倍 as an increase. Returns where to continue. */
function readDoubling(s: string, orig: string, i: number, out: Quantity[]): number {
  let p = i + 1;
  if (codeAt(s, p) === C_LE) p++;
  let times = 1;
  const d = digitAt(s, p);
  if (d !== undefined && d > 0 && codeAt(s, p + 1) === C_FAN_TIMES) {
    times = d;
    p++;
  }
  // 翻倍 (翻了倍): doubled, as 翻番 (spec: 翻番 → 2 倍).
  if (times === 1 && codeAt(s, p) === C_BEI) times = 1;
  else if (codeAt(s, p) !== C_FAN_TIMES) return i + 1;
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
    // the fields every draft has (see plainDraft): one object shape for emit
    numStart: undefined,
    numEnd: undefined,
    unitKind: undefined,
    yearLike: undefined,
  });
  return end;
}

/** Reads a quantity at a numeral character. Returns where to continue. */
function numeralAt(s: string, orig: string, i: number, out: Quantity[]): number {
  const c = codeAt(s, i);
  // 百分之九十五, 千分之三.
  const percentEnd = readPercentWord(s, orig, i, out);
  if (percentEnd >= 0) return percentEnd;
  // “零”的突破: from none to some.
  if (c === C_LING && CHAR_CLASS[codeAt(s, i + 1)] !== C_DIGIT && CHAR_CLASS[codeAt(s, i + 1)] !== C_MAG) {
    let p = i + 1;
    const q = codeAt(s, p);
    if (q === C_RDQUO || q === C_QUOTE || q === C_RSQUO || q === ch("'")) p++;
    if (s.startsWith('的突破', p)) {
      emit(out, orig, plainDraft(i, i + 1, 0, '', '', 'gt'));
      return p + 3;
    }
    return i + 1;
  }
  // 二三十个, 三五百元, 七八千吨: two neighbouring digits, a range.
  if (CHAR_CLASS[c] !== C_ARABIC) {
    const pair = digitPair(s, i);
    if (pair !== null) {
      const pq = readCore(s, orig, pair, true);
      if (pq.reject) return Math.max(pq.end, pair.end);
      // Without a unit or magnitude (乱七八糟, 一两银子) the digits are read the ordinary way.
      // 一两银子, 三两酒: after 一/三, 两 may be the weight (liang) before a material.
      const liang = codeAt(s, pair.start + 1) === C_LIANG && MATERIAL_UNITS.has(pq.unit);
      if ((pq.unit !== '' || hasMagnitude(s, pair)) && !liang) {
        const skipWord = chineseWordEnd(s, i, pair, pq);
        if (skipWord >= 0) return skipWord;
        if (isDayOfMonth(s, i, pair, pq.unit)) return pq.end;
        return finishQuantity(s, orig, out, i, pq, false);
      }
    }
  }
  const num = leadingDecimal(s, i) ?? readNumeral(s, i) ?? roundMagnitude(s, i) ?? boundMagnitude(s, i);
  if (!num) return skipRun(s, i);
  const skipLabel = labelEnd(s, i, num);
  if (skipLabel >= 0) return skipLabel;
  // 2.04∶1, 2.31:1: a ratio.
  const sep = codeAt(s, num.end);
  if ((sep === C_RATIO || (sep === C_COLON && colonRatio(s, num))) && isArabic(codeAt(s, num.end + 1))) {
    const den = readNumeral(s, num.end + 1);
    if (!den || den.value === 0) return num.end + 1;
    const core = makeCore(num, num.value / den.value, '', 'none', orig.slice(num.end, num.end + 1), den.end, false);
    return finishQuantity(s, orig, out, i, core, false);
  }
  const coreQ = readCore(s, orig, num, false);
  if (coreQ.reject) return Math.max(coreQ.end, num.end);
  // 五次、六次全会: listed before a session label that starts with its own unit, it is a label too.
  if (coreQ.unit !== '' && codeAt(s, coreQ.end) === C_DUN && sharedLabelFollows(s, coreQ.end + 1, coreQ.unitText)) {
    return coreQ.end;
  }
  // 三四轮车, 五六个: digits read one by one are "three or four", unless a discount (三八折).
  if (num.sequence && !(coreQ.unit === '%' && coreQ.unitText === '折')) return coreQ.end;
  // 开放3.0方案: a version number.
  if (coreQ.unit === '' && num.arabic && orig.slice(num.start, num.end).endsWith('.0') && isHan(codeAt(s, coreQ.end))) {
    return coreQ.end;
  }
  if (num.chinese && !num.arabic) {
    const skipWord = chineseWordEnd(s, i, num, coreQ);
    if (skipWord >= 0) return skipWord;
  }
  // 排名上升14位: a move in a ranking.
  let q = coreQ;
  if (coreQ.unit === '位' && matchBackward(RANK_MOVE, s, i) !== null) q = { ...coreQ, unit: 'rank', unitKind: 'rank' };
  if (isDayOfMonth(s, i, num, q.unit)) return q.end;
  // A year without 年 (2024新华…): never a count.
  const skipYear = bareYearEnd(s, q);
  if (skipYear >= 0) return skipYear;
  return finishQuantity(s, orig, out, num.start, q, true);
}

/**
 * .5亿, .25万: a decimal written without its leading zero (the internet's shorthand), when the dot
 * stands after no digit or letter (版本1.5 and v.5 are no such decimals).
 */
function leadingDecimal(s: string, i: number): NumeralRun | null {
  if (codeAt(s, i - 1) !== C_DOT) return null;
  const b = codeAt(s, i - 2);
  if (isArabic(b) || isLatin(b) || b === C_DOT) return null;
  const digits = readArabic(s, i, s.length);
  if (digits === null || digits.str.includes('.')) return null;
  const num = readNumeral(s, i);
  if (num === null || num.chinese === false && num.end !== digits.end) return null;
  for (let k = digits.end; k < num.end; k++) if (CHAR_CLASS[codeAt(s, k)] !== C_MAG) return null;
  return { ...num, start: i - 1, value: num.value / Math.pow(10, digits.str.length) };
}

/** True when a numeral at `p` is followed by a label word starting with `unitText` (六次全会 after 五次). */
function sharedLabelFollows(s: string, p: number, unitText: string): boolean {
  if (unitText === '') return false;
  const next = readNumeral(s, p);
  if (!next) return false;
  const u = matchForward(UNITS, s, next.end);
  return u !== null && u.value.kind === 'label' && s.startsWith(unitText, next.end) && u.at - next.end > unitText.length;
}

/** 万余家, 亿多元: a bare 万 or 亿 before 余/多 is one of it (Recognizers reads 万 alone as nothing). */
function roundMagnitude(s: string, i: number): NumeralRun | null {
  const c = codeAt(s, i);
  const m = codeAt(s, i + 1);
  // 万把人: 把 before a unit is "about" (read in core.ts), as 余 and 多 are "more than".
  const ba = m === C_BA && isWan(c) && matchForward(UNITS, s, i + 2) !== null;
  if ((!isWan(c) && !isYi(c)) || (m !== C_YU_MORE && m !== C_DUO && m !== C_YU_MORE_TRAD && !ba)) return null;
  return bareMagnitude(i, i + 1, isWan(c) ? 1e4 : 1e8);
}

/** A numeral run that is a magnitude character alone (万, 亿, 万亿), worth `value`. */
function bareMagnitude(start: number, end: number, value: number): NumeralRun {
  return {
    start,
    end,
    magTail: start,
    value,
    arabic: false,
    chinese: true,
    digitless: true,
    strong: false,
    vague: false,
    yearLike: false,
    leadingZero: false,
    sequence: false,
    maxValue: undefined,
  };
}

/**
 * 突破万亿元, 破万亿, 近万家, 超亿元: a bare 万, 亿 or 万亿 right after a bound word is one of it
 * (千亿 and 百亿 read as numerals already). Without the bound word (万一, 千项万亿, 万家灯火)
 * it stays a word.
 */
function boundMagnitude(s: string, i: number): NumeralRun | null {
  const c = codeAt(s, i);
  if (!isWan(c) && !isYi(c)) return null;
  const b = boundBefore(s, i);
  if (b === null || b.value === null) return null;
  const wanYi = isWan(c) && isYi(codeAt(s, i + 1));
  // 破万千: 万千 is a word; a numeral right after (超万2千) is no bare magnitude.
  const k = CHAR_CLASS[codeAt(s, wanYi ? i + 2 : i + 1)];
  if (k === C_DIGIT || k === C_MAG || k === C_ARABIC) return null;
  return bareMagnitude(i, wanYi ? i + 2 : i + 1, wanYi ? 1e12 : c === C_WAN ? 1e4 : 1e8);
}

/** 万 or its traditional form 萬. */
function isWan(c: number): boolean {
  return c === C_WAN || c === C_WAN_TRAD;
}

/** 亿 or its traditional form 億. */
function isYi(c: number): boolean {
  return c === C_YI_BIG || c === C_YI_BIG_TRAD;
}
