/** A sentence range in the text it was split from, before mapping back to the original. */
export interface SentenceRange {
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  readonly heading: boolean;
}

// 。！？!?；;…
function isTerminator(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0xff1b || c === 0x3b || c === 0x2026;
}

// Closing quotes and brackets after a terminator belong to the sentence they close: ”’」』）)】》"'
function isCloser(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x29 || c === 0x3011 || c === 0x300b || c === 0x22 || c === 0x27;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}

// JavaScript's trim() whitespace, tested on char codes (no substring is made).
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)) return false;
  }
  return true;
}

/**
 * Splits normalised text into sentences: on 。！？!?；; and …, and at every line break (each
 * line is a paragraph once layout breaks are rejoined). Closing quotes and brackets stay with
 * their sentence; a line without end punctuation (a headline) is a sentence of its own.
 * Leading and trailing spaces are not part of a sentence.
 *
 * @example
 * splitSentences('今年增长1.8%。“好！”\n标题').map((s) => s.end) //=> [9, 13, 16]
 */
export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let paragraph = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (!isBlank(text, lineStart, lineEnd)) {
      paragraph++;
      splitLine(text, lineStart, lineEnd, paragraph, out);
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, from: number, to: number, paragraph: number, out: SentenceRange[]): void {
  let start = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Han text (nearly every unit) lies between 。 and ！: no terminator there
    if (c > 0x3002 && c < 0xff01) {
      i++;
    } else if (isTerminator(c)) {
      let end = i + 1;
      while (end < to && (isTerminator(text.charCodeAt(end)) || isCloser(text.charCodeAt(end)))) end++;
      push(text, start, end, paragraph, false, out);
      start = end;
      i = end;
    } else {
      i++;
    }
  }
  push(text, start, to, paragraph, true, out);
}

function push(text: string, start: number, end: number, paragraph: number, heading: boolean, out: SentenceRange[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  // A line's unterminated tail is a heading only when the whole line is unterminated.
  const isHeading = heading && (out.length === 0 || out[out.length - 1]!.paragraph !== paragraph);
  out.push({ start, end, paragraph, heading: isHeading });
}
