import { SpanBuffer } from './jieba/spanBuffer.js';

/** A span that must be a single token (a number with its magnitude, an ASCII word). */
export interface AtomicSpan {
  readonly start: number;
  readonly end: number;
  readonly pos: string;
}

/** Tags of atomic spans, by the kind {@link scanAtomicSpans} writes (index into this list). */
export const ATOMIC_TAGS = ['m', 'eng', 't'] as const;
const M = 0;
const ENG = 1;
const T = 2;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}
// 十百千万亿: a Chinese magnitude right after digits belongs to the number.
function isMagnitude(c: number): boolean {
  return c === 0x5341 || c === 0x767e || c === 0x5343 || c === 0x4e07 || c === 0x4ebf;
}
// 年月日号: the suffixes of a date written in digits.
function isDateSuffix(c: number): boolean {
  return c === 0x5e74 || c === 0x6708 || c === 0x65e5 || c === 0x53f7;
}

/**
 * Finds the spans jieba must not split: numbers with thousands separators, decimals, a
 * percent sign or a Chinese magnitude (`1,200`, `1.8亿`, `17%`), dates written in digits
 * (`2019年`, `4月`) and ASCII words (`5G`, `NAPA`, `COVID-19`). Linear, no regular expressions.
 *
 * @example
 * findAtomicSpans('投入1.8亿元').map((s) => [s.start, s.end]) //=> [[2, 6]]
 */
export function findAtomicSpans(text: string, from = 0, to = text.length): AtomicSpan[] {
  const spans = new SpanBuffer(8);
  scanAtomicSpans(text, from, to, spans);
  const out: AtomicSpan[] = [];
  for (let k = 0; k < spans.length; k++) out.push({ start: spans.starts[k]!, end: spans.ends[k]!, pos: ATOMIC_TAGS[spans.tags[k]!]! });
  return out;
}

/**
 * {@link findAtomicSpans} into `out` (appended; tag = index into {@link ATOMIC_TAGS}), making
 * no object: the segmenting fast path runs it on every sentence, and most have no span.
 *
 * @example
 * scanAtomicSpans('投入1.8亿元', 0, 7, buffer) // buffer: [2, 6) with tag 0 (m)
 */
export function scanAtomicSpans(text: string, from: number, to: number, out: SpanBuffer): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Han text, punctuation and spaces: nearly every unit, one comparison each
    if (c > 0x7a || c < 0x30 || !isAlnum(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isLetter(c)) {
      i = scanWord(text, i, to);
      out.push(start, i, ENG);
      continue;
    }
    i = scanNumber(text, i, to);
    if (i < to && isLetter(text.charCodeAt(i))) {
      i = scanWord(text, i, to); // 5G, 3D: a label, not a number
      out.push(start, i, ENG);
      continue;
    }
    let kind = M;
    // (the unit right after the digits is read even at `to`, as the suffix of a number)
    const next = text.charCodeAt(i);
    if (next === 0x25 || next === 0x2030) {
      i++; // % ‰
    } else if (isDateSuffix(next) && isDateNumber(text, start, i, next)) {
      i += next === 0x5e74 && text.charCodeAt(i + 1) === 0x5ea6 ? 2 : 1; // 2019年度 is one word
      kind = T;
    } else {
      let k = i;
      while (k < to && k - i < 3 && isMagnitude(text.charCodeAt(k))) k++;
      i = k;
    }
    if (i - start > 1 || kind !== M) out.push(start, i, kind);
  }
}

function scanWord(text: string, i: number, to: number): number {
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isAlnum(c)) i++;
    else if ((c === 0x2d || c === 0x2e || c === 0x5f) && i + 1 < to && isAlnum(text.charCodeAt(i + 1))) i += 2;
    else break;
  }
  return i;
}

function scanNumber(text: string, i: number, to: number): number {
  while (i < to && isDigit(text.charCodeAt(i))) i++;
  // Thousands groups: a comma followed by exactly three digits.
  while (
    i + 3 < to &&
    text.charCodeAt(i) === 0x2c &&
    isDigit(text.charCodeAt(i + 1)) &&
    isDigit(text.charCodeAt(i + 2)) &&
    isDigit(text.charCodeAt(i + 3)) &&
    !(i + 4 < to && isDigit(text.charCodeAt(i + 4)))
  ) {
    i += 4;
  }
  if (text.charCodeAt(i) === 0x2e && i + 1 < to && isDigit(text.charCodeAt(i + 1))) {
    i++;
    while (i < to && isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

// Years (four digits) and month/day numbers (one or two digits) written as dates: `text[start,
// end)` must be digits only (not 1,200 or 1.5), its value in range, and 日/号 must follow a 月.
function isDateNumber(text: string, start: number, end: number, suffix: number): boolean {
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) return false;
    if (value < 100) value = value * 10 + (c - 0x30); // beyond 99 the exact value does not matter
  }
  if (suffix === 0x5e74) return end - start === 4;
  // 4月份 is a month count's unit, 个月 a duration: neither is a date
  if (suffix === 0x6708) return value >= 1 && value <= 12 && text.charCodeAt(end + 1) !== 0x4efd && text.charCodeAt(start - 1) !== 0x4e2a;
  if (value < 1 || value > 31) return false;
  for (let i = Math.max(0, start - 3); i < start; i++) if (text.charCodeAt(i) === 0x6708) return true;
  return false;
}
