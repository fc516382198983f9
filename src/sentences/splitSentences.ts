/** A sentence range in the text it was split from, before mapping back to the original. */
export interface SentenceRange {
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  readonly heading: boolean;
}

const TERMINATORS = new Set(['。', '！', '？', '!', '?', '；', ';', '…']);
// Closing quotes and brackets after a terminator belong to the sentence they close.
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '"', "'"]);

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0';
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
    if (text.slice(lineStart, lineEnd).trim() !== '') {
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
    const ch = text[i]!;
    if (TERMINATORS.has(ch)) {
      let end = i + 1;
      while (end < to && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
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
  while (start < end && isSpace(text[start]!)) start++;
  while (end > start && isSpace(text[end - 1]!)) end--;
  if (end <= start) return;
  // A line's unterminated tail is a heading only when the whole line is unterminated.
  const isHeading = heading && (out.length === 0 || out[out.length - 1]!.paragraph !== paragraph);
  out.push({ start, end, paragraph, heading: isHeading });
}
