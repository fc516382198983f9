/** A span that must be a single token (a number with its magnitude, an ASCII word). */
export interface AtomicSpan {
  readonly start: number;
  readonly end: number;
  readonly pos: string;
}

const MAGNITUDES = '十百千万亿';
const DATE_SUFFIX = '年月日号';

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
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
  const out: AtomicSpan[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isAlnum(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isLetter(c)) {
      i = scanWord(text, i, to);
      out.push({ start, end: i, pos: 'eng' });
      continue;
    }
    i = scanNumber(text, i, to);
    if (i < to && isLetter(text.charCodeAt(i))) {
      i = scanWord(text, i, to); // 5G, 3D: a label, not a number
      out.push({ start, end: i, pos: 'eng' });
      continue;
    }
    let pos = 'm';
    const next = text[i];
    if (next === '%' || next === '‰') i++;
    else if (next !== undefined && DATE_SUFFIX.includes(next) && isDateNumber(text, start, i, next)) {
      i += next === '年' && text[i + 1] === '度' ? 2 : 1; // 2019年度 is one word
      pos = 't';
    } else {
      let k = i;
      while (k < to && k - i < 3 && MAGNITUDES.includes(text[k]!)) k++;
      i = k;
    }
    if (i - start > 1 || pos !== 'm') out.push({ start, end: i, pos });
  }
  return out;
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
    text[i] === ',' &&
    isDigit(text.charCodeAt(i + 1)) &&
    isDigit(text.charCodeAt(i + 2)) &&
    isDigit(text.charCodeAt(i + 3)) &&
    !(i + 4 < to && isDigit(text.charCodeAt(i + 4)))
  ) {
    i += 4;
  }
  if (text[i] === '.' && i + 1 < to && isDigit(text.charCodeAt(i + 1))) {
    i++;
    while (i < to && isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

// Years (four digits) and month/day numbers (one or two digits) written as dates.
function isDateNumber(text: string, start: number, end: number, suffix: string): boolean {
  const digits = text.slice(start, end);
  if (!/^\d+$/.test(digits)) return false;
  if (suffix === '年') return digits.length === 4;
  const n = Number(digits);
  if (suffix === '月') return n >= 1 && n <= 12 && text[end + 1] !== '份' && text[start - 1] !== '个';
  return n >= 1 && n <= 31 && /[月]/.test(text.slice(Math.max(0, start - 3), start));
}
