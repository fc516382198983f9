/**
 * Numeral parsing: Arabic (with thousands separators and decimals), Chinese (with 两, 零,
 * financial forms, 点 decimals, abbreviations such as 一万三), and mixed forms (1.8亿, 3万4000).
 * The extractor calls {@link evalNumeral} on a span it has already delimited; the public
 * {@link parseNumber} adds whole-string forms (signs, fractions, 百分之, 成, 折, exponents).
 */
import { foldWidth } from '../normalize/foldWidth.js';
import * as chars from './chars.js';
import { finish } from './round.js';

// Module-local copies (see extract.ts): no getter call per use under tsx or CJS interop.
const { DIGIT_OF, DIGIT_VALUE, MAG_POWER, POWER_OF, isArabic, codeAt } = chars;

const POW10: readonly number[] = Array.from({ length: 40 }, (_, k) => Number(`1e${k}`));
const pow10 = (p: number): number => POW10[p] ?? Number(`1e${p}`);

// The small character sets of the numeral grammar, as comparisons (evalNumeral tests them per character).
const isZero = (c: number): boolean => c === 0x96f6 /* 零 */ || c === 0x3007 /* 〇 */ || c === 0x25cb /* ○ */;
const isJi = (c: number): boolean => c === 0x51e0 /* 几 */ || c === 0x5e7e /* 幾 */;
const isYuDuo = (c: number): boolean => c === 0x4f59 /* 余 */ || c === 0x591a /* 多 */ || c === 0x9918 /* 餘 */;
const isDian = (c: number): boolean => c === 0x70b9 /* 点 */ || c === 0x9ede /* 點 */;
const SPACE = 0x20;

/** True when `s[j]` is a thousands separator: `,` or `，` followed by exactly three digits. */
function isThousandsSep(s: string, j: number, to: number): boolean {
  const c = codeAt(s, j);
  if ((c !== 0x2c && c !== 0xff0c) || j + 3 >= to) return false;
  for (let k = 1; k <= 3; k++) if (!isArabic(codeAt(s, j + k))) return false;
  return j + 4 >= to || !isArabic(codeAt(s, j + 4));
}

/**
 * 每吨 5，000 元: a number set off by spaces on both sides (text typeset the Western way) keeps
 * its full-width comma as a thousands separator; 20，300美元 (no spaces) is two numbers.
 */
function typesetGroup(s: string, start: number, groupEnd: number): boolean {
  return start > 0 && codeAt(s, start - 1) === SPACE && (groupEnd >= s.length || codeAt(s, groupEnd) === SPACE);
}

/**
 * Reads an Arabic number at `i` (digits, `,`/`，` thousands separators, one decimal point).
 * Returns its digit string (separators dropped) and end, or null when there is none.
 */
export function readArabic(s: string, i: number, to: number): { str: string; end: number } | null {
  let j = i;
  // The digits are sliced out in pieces between separators, not appended one by one.
  let str = '';
  let from = i;
  let digits = 0;
  let dot = false;
  let group = 0; // digits since the last separator; -1 once a group broke the 3-digit rule
  let seps = 0;
  while (j < to) {
    const d = codeAt(s, j);
    if (isArabic(d)) {
      digits++;
      group++;
      j++;
    } else if (
      !dot &&
      group > 0 &&
      group <= 3 &&
      (seps === 0 || group === 3) &&
      isThousandsSep(s, j, to) &&
      // A full-width comma is also a clause break: 20，300美元 is two numbers unless the
      // number has other separators (233,333，333,434).
      (d !== 0xff0c || seps > 0 || codeAt(s, j + 4) === 0x2c || codeAt(s, j + 4) === 0xff0c || codeAt(s, j + 4) === 0x2e ||
        typesetGroup(s, i, j + 4))
    ) {
      seps++;
      group = 0;
      str += s.slice(from, j);
      j++;
      from = j;
    } else if (d === 0x2e && !dot && j + 1 < to && isArabic(codeAt(s, j + 1))) {
      dot = true;
      j++;
    } else break;
  }
  return digits === 0 ? null : { str: str + s.slice(from, j), end: j };
}

interface Part {
  v: number;
  p: number;
}

/**
 * Value of a numeral written in `s[from, to)`: Arabic, Chinese or mixed; ASCII spaces are
 * skipped; 余/多 before a magnitude are ignored (十余万 → 100000) and 几 counts as 0.
 * Returns null for anything that is not a well-formed numeral (万, 二三十, 一百千).
 *
 * @example
 * evalNumeral('九万零四百', 0, 5) //=> 90400
 */
export function evalNumeral(s: string, from: number, to: number): number | null {
  const parts: Part[] = [];
  let section = 0;
  let cur: number | null = null;
  let curKind = 0; // 0 none, 1 one Chinese digit, 2 digit sequence (一九九一), 3 Arabic
  let lastSmall = 99;
  let lastMagP = 0;
  let prev = 0; // 0 start, 1 digit, 2 small magnitude, 3 big magnitude, 4 connector zero
  let zeroSinceMag = false;
  let sawDigit = false;
  let lastDigitChar = 0;
  let bareLead = false; // started with 百/千 and no digit (百三 is fine, 百十一 is not)
  let decimalScaled = false; // 10.1万: nothing may follow
  let hadDecimal = false;
  let i = from;
  while (i < to) {
    const c = codeAt(s, i);
    if (c === SPACE) {
      i++;
      continue;
    }
    if (decimalScaled && c !== SPACE && POWER_OF[c]! < 0) return null;
    if (isArabic(c)) {
      if (curKind !== 0) return null;
      const a = readArabic(s, i, to);
      if (!a || a.str.length > 22) return null;
      cur = Number(a.str);
      if (a.str.includes('.')) hadDecimal = true;
      curKind = 3;
      prev = 1;
      sawDigit = true;
      i = a.end;
      continue;
    }
    let dv = DIGIT_OF[c]!;
    if (dv < 0 && isJi(c)) {
      if (!sawDigit && parts.length === 0 && section === 0) return null;
      dv = 0;
    }
    if (dv >= 0) {
      if (isZero(c) && prev !== 1) {
        let k = i + 1;
        while (k < to && codeAt(s, k) === SPACE) k++;
        if (prev === 0 && !(k < to && POWER_OF[codeAt(s, k)]! >= 0)) {
          cur = 0;
          curKind = 1;
          prev = 1;
          sawDigit = true;
        } else {
          zeroSinceMag = true;
          prev = 4;
        }
        i++;
        continue;
      }
      if (prev === 1) {
        // A digit-by-digit reading (一九九一); 两 never appears in one.
        if (curKind === 3 || cur === null || c === 0x4e24 || c === 0x5169 || c === 0x4fe9 || c === 0x5006) return null;
        if (curKind === 1 && lastDigitChar === 0x4e24) return null;
        // 十四五: a digit-by-digit reading never follows a magnitude.
        if (parts.length > 0 || section !== 0 || lastMagP !== 0) return null;
        cur = cur * 10 + dv;
        curKind = 2;
      } else {
        cur = dv;
        curKind = 1;
      }
      prev = 1;
      sawDigit = true;
      lastDigitChar = c;
      i++;
      continue;
    }
    // 廿/卅/卌 are 二十/三十/四十 in one character. Same shape as the small-magnitude branch
    // below but kept apart: no digit may precede it (二廿), it counts as a digit, and 百廿 is
    // well formed where 百十 is not.
    const tens = c === 0x5eff /* 廿 */ ? 2 : c === 0x5345 /* 卅 */ ? 3 : c === 0x534c /* 卌 */ ? 4 : 0;
    if (tens > 0) {
      if (prev === 1 || lastSmall <= 1) return null;
      section += tens * 10;
      lastSmall = 1;
      lastMagP = 1;
      prev = 2;
      cur = null;
      curKind = 0;
      sawDigit = true;
      i++;
      continue;
    }
    const p = POWER_OF[c]!;
    if (p >= 0) {
      if (curKind === 2) return null;
      if (p < 4) {
        if (p >= lastSmall || (bareLead && prev === 2)) return null;
        if (prev === 0 && p >= 2) bareLead = true;
        section += (cur ?? 1) * pow10(p);
        lastSmall = p;
        prev = 2;
      } else {
        if (cur === null && section === 0) {
          const top = parts.pop();
          if (prev !== 3 || !top) return null;
          parts.push({ v: top.v * pow10(p), p: top.p + p });
        } else {
          let v = section + (cur ?? 0);
          let top = parts[parts.length - 1];
          while (top && top.p < p) {
            v += top.v;
            parts.pop();
            top = parts[parts.length - 1];
          }
          if (top && top.p === p) return null;
          if (curKind === 3 && cur !== null && !Number.isInteger(cur)) decimalScaled = true;
          parts.push({ v: v * pow10(p), p });
        }
        section = 0;
        lastSmall = 99;
        prev = 3;
      }
      cur = null;
      curKind = 0;
      lastMagP = p;
      zeroSinceMag = false;
      i++;
      continue;
    }
    if (isYuDuo(c)) {
      let k = i + 1;
      while (k < to && codeAt(s, k) === SPACE) k++;
      if (k < to && POWER_OF[codeAt(s, k)]! >= 0 && (cur !== null || prev >= 2)) {
        i = k;
        continue;
      }
      return null;
    }
    if (isDian(c)) return decimalTail(s, i + 1, to, parts, section, cur, curKind, prev, lastMagP, zeroSinceMag);
    return null;
  }
  if (!sawDigit && parts.length === 0 && section === 0) return null;
  const t = total(parts, section, abbreviate(cur, curKind, prev, lastMagP, zeroSinceMag));
  // 5645.69万亿: binary floating point leaves noise (…89999999999) that even an integer
  // result must not keep; 15 significant digits are exact for any decimal input.
  // (An integer below 10^15 has at most 15 digits: the rounding, a slow toPrecision, keeps it.)
  return hadDecimal && !(Number.isInteger(t) && Math.abs(t) < 1e15) ? Number(t.toPrecision(15)) : t;
}

/** 一万三 → 3 stands for 3000: a lone digit right after a magnitude of 百 or more. */
function abbreviate(cur: number | null, kind: number, prev: number, lastMagP: number, zero: boolean): number {
  if (cur === null) return 0;
  if (kind === 1 && prev === 1 && !zero && lastMagP >= 2) return cur * pow10(lastMagP - 1);
  return cur;
}

function total(parts: readonly Part[], section: number, cur: number): number {
  let t = section + cur;
  for (const p of parts) t += p.v;
  return t;
}

/** The digits after 点, then optional big magnitudes (三点五亿). */
function decimalTail(
  s: string,
  i: number,
  to: number,
  parts: readonly Part[],
  section: number,
  cur: number | null,
  curKind: number,
  prev: number,
  lastMagP: number,
  zero: boolean,
): number | null {
  if (prev === 0 || curKind === 3) return null;
  const intPart = total(parts, section, abbreviate(cur, curKind, prev, lastMagP, zero));
  if (!Number.isSafeInteger(intPart)) return null;
  let frac = '';
  let k = i;
  for (; k < to; k++) {
    const c = codeAt(s, k);
    if (c === SPACE) continue;
    const d = isArabic(c) ? c - 0x30 : DIGIT_VALUE.get(c);
    if (d === undefined || c === 0x4e24 /* 两 */ || c === 0x5169) break;
    frac += String(d);
  }
  if (frac.length === 0) return null;
  let exp = 0;
  for (; k < to; k++) {
    const c = codeAt(s, k);
    if (c === SPACE) continue;
    const p = MAG_POWER.get(c);
    if (p === undefined || p < 4) return null;
    exp += p;
  }
  if (exp > 0 && (parts.length > 0 || section !== 0)) return null;
  return Number(`${intPart}.${frac}e${exp}`);
}

// ---------------------------------------------------------------------------------------
// Whole-string forms for parseNumber.

const PERCENT_PREFIX: readonly (readonly [string, number])[] = [
  ['百分之', 1],
  ['佰分之', 1],
  ['千分之', 1],
  ['仟分之', 1],
  ['万分之', 0.01],
  ['萬分之', 0.01],
];
const BIG_MAGNITUDES = new Set([0x4e07 /* 万 */, 0x842c /* 萬 */, 0x4ebf /* 亿 */, 0x5104 /* 億 */, 0x5146 /* 兆 */]);
/** True for two or more big magnitudes in rising order and nothing else (萬億, 万亿). */
function stackedMagnitudes(s: string): boolean {
  if (s.length < 2) return false;
  let last = 0;
  for (let k = 0; k < s.length; k++) {
    const c = codeAt(s, k);
    if (!BIG_MAGNITUDES.has(c)) return false;
    const p = MAG_POWER.get(c) ?? 0;
    if (p <= last) return false;
    last = p;
  }
  return true;
}

const PERCENT_SUFFIX = ['个百分点', '個百分點', '百分点', '百分點', '%', '‰'];

function signOf(s: string): { neg: boolean; rest: string } {
  let neg = false;
  let rest = s;
  for (;;) {
    const c = rest[0];
    if (c === '-' || c === '−' || c === '负' || c === '負') {
      if (neg) return { neg, rest: '\u0000' };
      neg = true;
      rest = rest.slice(1);
    } else if (c === '+' || c === '正') {
      rest = rest.slice(1);
    } else return { neg, rest };
  }
}

/** Arabic forms with exponent, power or k/M suffix: 2e5, 1.1^+23, 40k, -2.5 M. */
function parseScientific(s: string): number | null {
  if (s[0] === '.') s = '0' + s;
  const a = readArabic(s, 0, s.length);
  if (!a) return null;
  let v = Number(a.str);
  const k = a.end;
  const c = s[k];
  if (c === 'e' || c === 'E' || c === '^') {
    let expo = s.slice(k + 1);
    let neg = false;
    while (expo[0] === '-' || expo[0] === '+') {
      if (expo[0] === '-') neg = !neg;
      expo = expo.slice(1);
    }
    const rest = expo;
    const e = readArabic(rest, 0, rest.length);
    if (!e || e.end !== rest.length) return null;
    const ev = neg ? -Number(e.str) : Number(e.str);
    v = c === '^' ? Math.pow(v, ev) : Number(`${a.str}e${ev}`);
    return v;
  }
  const tail = s.slice(k);
  if (tail === '') return v;
  const mult =
    tail === 'k' || tail === 'K' ? 1e3 : tail === 'w' || tail === 'W' ? 1e4 : tail === 'M' || tail === 'm' ? 1e6 : tail === 'G' ? 1e9 : 0;
  return mult ? v * mult : null;
}

/** A numeral with optional k suffix (百分之15k). */
function plainOrK(s: string): number | null {
  return evalNumeral(s, 0, s.length) ?? parseScientific(s);
}

function parseFraction(s: string): number | null {
  const at = s.indexOf('分之');
  if (at < 0) return null;
  let head = s.slice(0, at);
  const num = s.slice(at + 2);
  let whole = 0;
  const you = head.indexOf('又');
  if (you >= 0) {
    const w = parseUnsigned(head.slice(0, you));
    if (w === null) return null;
    whole = w;
    head = head.slice(you + 1);
  }
  const d = signed(head);
  const n = signed(num);
  if (d === null || n === null || d === 0) return null;
  return whole + n / d;
}

function signed(s: string): number | null {
  const { neg, rest } = signOf(s);
  const v = parseUnsigned(rest);
  return v === null ? null : neg ? -v : v;
}

function parseUnsigned(s: string): number | null {
  if (s.length === 0) return null;
  return plainOrK(s);
}

/** 三成, 七成六, 三成半, 半成. */
function parseCheng(s: string): number | null {
  const at = s.lastIndexOf('成');
  if (at < 0) return null;
  const head = s.slice(0, at);
  const tail = s.slice(at + 1);
  const h = head === '半' ? 0.5 : evalNumeral(head, 0, head.length);
  if (h === null || h > 10) return null;
  let t = 0;
  if (tail === '半') t = 5;
  else if (tail.length === 1 && DIGIT_VALUE.has(codeAt(tail, 0))) t = DIGIT_VALUE.get(codeAt(tail, 0)) ?? 0;
  else if (tail !== '') return null;
  return h * 10 + t;
}

/** 八折, 75折, 9.9折, 三八折, 对折. */
function parseZhe(s: string): number | null {
  if (s === '对折' || s === '對折' || s === '半折') return 50;
  if (!s.endsWith('折')) return null;
  const head = s.slice(0, -1);
  if (head === '十' || head === '拾') return null;
  const v = evalNumeral(head, 0, head.length);
  if (v === null || v <= 0 || v >= 100) return null;
  return v < 10 ? v * 10 : v;
}

/**
 * Parses one whole numeral string into a number, or returns null when the string is not a
 * numeral. Percent words give the percent (or per-mille) value; fractions give the plain
 * fraction; an ordinal 第 prefix is dropped. Integers up to `Number.MAX_SAFE_INTEGER` are
 * exact, everything else is rounded to 12 significant digits; never `NaN` or `Infinity`.
 *
 * @example
 * parseNumber('两万') //=> 20000
 * parseNumber('1.8亿') //=> 180000000
 * parseNumber('百分之九十五') //=> 95
 * parseNumber('三分之一') //=> 0.333333333333
 * parseNumber('三成') //=> 30
 * parseNumber('一流') //=> null
 */
export function parseNumber(text: string): number | null {
  if (typeof text !== 'string') {
    throw new TypeError(`parseNumber expects a string, got ${text === null ? 'null' : typeof text}`);
  }
  let s = foldWidth(text).trim();
  if (s.length === 0) return null;
  s = s.replace(/[−–]/g, '-').replace(/，/g, ',').replace(/／/g, '/');
  // A mixed fraction with a space: 1 3/5, 4 6/3.
  const slash = s.indexOf('/');
  if (slash > 0 && s.indexOf('/', slash + 1) < 0) {
    const { neg, rest } = signOf(s);
    const sp = rest.lastIndexOf(' ', rest.indexOf('/'));
    const whole = sp > 0 ? rest.slice(0, sp).replace(/ /g, '') : '';
    const frac = (sp > 0 ? rest.slice(sp + 1) : rest).replace(/ /g, '');
    const [n, d] = frac.split('/') as [string, string];
    const nv = parseUnsigned(n);
    const dv = parseUnsigned(d);
    const wv = whole === '' ? 0 : parseUnsigned(whole);
    if (nv === null || dv === null || dv === 0 || wv === null) return null;
    const v = wv + nv / dv;
    return finish(neg ? -v : v);
  }
  s = s.replace(/ +/g, '').replace(/廿/g, '二十').replace(/卅/g, '三十').replace(/卌/g, '四十');
  if (s.startsWith('第')) s = s.slice(1);
  const { neg, rest } = signOf(s);
  const v = parseBody(rest);
  return v === null ? null : finish(neg ? -v : v);
}

/** Cheque amounts and spoken prices: 壹拾壹元壹角壹分, 伍仟元整, 十块三毛, 三块五. */
function parseMoney(s: string): number | null {
  let body = s;
  if (body.endsWith('整') || body.endsWith('正') || body.endsWith('钱')) body = body.slice(0, -1);
  const m = /^([^元圆块塊]+)[元圆块塊](?:([^角毛]+)[角毛])?(?:([^分]+)分)?$/.exec(body);
  // 三块五: one digit after 块 is tenths.
  const spoken = /^([^块塊]+)[块塊]([^块塊角毛分])$/.exec(body);
  if (!m && !spoken) return null;
  if (spoken) {
    const yuan = evalNumeral(spoken[1] ?? '', 0, (spoken[1] ?? '').length);
    const tenth = DIGIT_VALUE.get((spoken[2] ?? '').charCodeAt(0));
    return yuan === null || tenth === undefined ? null : Number((yuan + tenth / 10).toFixed(2));
  }
  if (!m) return null;
  const yuan = evalNumeral(m[1] ?? '', 0, (m[1] ?? '').length);
  const jiao = m[2] ? evalNumeral(m[2], 0, m[2].length) : 0;
  const fen = m[3] ? evalNumeral(m[3], 0, m[3].length) : 0;
  if (yuan === null || jiao === null || fen === null || jiao > 9 || fen > 9) return null;
  return Number((yuan + jiao / 10 + fen / 100).toFixed(2));
}

function parseBody(s: string): number | null {
  if (s.length === 0) return null;
  if (/[元圆块塊]/.test(s)) return parseMoney(s);
  // 一半, 半: a half (a plain fraction here, as 三分之一 is).
  if (s === '半' || s === '一半') return 0.5;
  // .5亿: a decimal without its leading zero.
  if (s[0] === '.' && isArabic(codeAt(s, 1))) return plainOrK(`0${s}`);
  for (const [p, f] of PERCENT_PREFIX) {
    if (s.startsWith(p)) {
      const v = signed(s.slice(p.length));
      return v === null ? null : v * f;
    }
  }
  for (const suf of PERCENT_SUFFIX) {
    if (s.endsWith(suf) && s.length > suf.length) return signed(s.slice(0, -suf.length));
  }
  if (s.includes('分之')) return parseFraction(s);
  if (s.includes('成')) return parseCheng(s);
  if (s.endsWith('折')) return parseZhe(s);
  if (s === '半百') return 50;
  if (s.endsWith('打') && s.length > 1) {
    const v = evalNumeral(s, 0, s.length - 1);
    return v === null ? null : v * 12;
  }
  // 萬億, 万亿: stacked magnitudes standing alone are one of their product (a lone 万 is no
  // numeral, as in Recognizers-Text, and 万万 is the idiom "by no means").
  if (stackedMagnitudes(s)) return evalNumeral(`一${s}`, 0, s.length + 1);
  let body = s;
  while (body.length > 1 && (body.endsWith('多') || body.endsWith('余') || body.endsWith('餘'))) body = body.slice(0, -1);
  const you = body.indexOf('又');
  if (you > 0) return null;
  return plainOrK(body);
}
