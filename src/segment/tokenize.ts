import type { Segmenter, TaggedWord } from './segmenter.js';
import { posOf } from './posLexicon.js';
import { findAtomicSpans, type AtomicSpan } from './atomicSpans.js';

/** A token in the coordinates of the text it was cut from. */
export interface RawToken {
  start: number;
  end: number;
  pos: string;
}

/**
 * Segments `text[from, to)` and returns tokens with offsets. Control characters and lone
 * surrogates are replaced (same length) before the native call, since they do not survive the
 * trip to UTF-8; numbers and ASCII words are then made whole.
 */
export function tokenizeRange(segmenter: Segmenter, text: string, from: number, to: number): RawToken[] {
  const slice = sanitize(text.slice(from, to));
  const tokens = segmenter.tag ? alignTagged(slice, segmenter.tag(slice), from) : alignWords(slice, segmenter.cut(slice), from);
  return keepWhole(tokens, findAtomicSpans(text, from, to));
}

/** Offsets from cumulative lengths; where the words do not spell the text, falls back to characters. */
function alignWords(slice: string, words: readonly string[], base: number): RawToken[] {
  const out: RawToken[] = [];
  let pos = 0;
  for (const word of words) {
    if (word.length === 0) continue;
    // Lengths give the offsets; the first unit of each word and the total length check them.
    if (slice.charCodeAt(pos) !== word.charCodeAt(0)) return characterTokens(slice, base);
    out.push({ start: base + pos, end: base + pos + word.length, pos: posOf(word) });
    pos += word.length;
  }
  if (pos !== slice.length) return characterTokens(slice, base);
  return out;
}

function alignTagged(slice: string, words: readonly TaggedWord[], base: number): RawToken[] {
  const kept = words.filter((w) => w.word.length > 0);
  const tokens = alignWords(slice, kept.map((w) => w.word), base);
  if (tokens.length !== kept.length) return tokens; // fell back to characters
  for (let i = 0; i < tokens.length; i++) tokens[i]!.pos = kept[i]!.tag;
  return tokens;
}

function characterTokens(slice: string, base: number): RawToken[] {
  const out: RawToken[] = [];
  let pos = 0;
  for (const ch of slice) {
    out.push({ start: base + pos, end: base + pos + ch.length, pos: 'x' });
    pos += ch.length;
  }
  return out;
}

// One UTF-16 unit in, one out: offsets stay valid.
function sanitize(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u0008\u000b-\u001f\u007f\ud800-\udfff]/.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) {
      out += ' ';
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      out += s[i]! + s[i + 1]!;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out += '\ufffd';
    } else {
      out += s[i]!;
    }
  }
  return out;
}

/**
 * Re-cuts `tokens` so that every span in `spans` (sorted, non-overlapping) is exactly one
 * token: tokens inside a span merge, tokens crossing its edge are split, and the pieces
 * outside keep their tag.
 *
 * @example
 * // tokens 1|.|8|亿元 with the span 1.8亿 → 1.8亿|元
 */
export function keepWhole(tokens: RawToken[], spans: readonly AtomicSpan[]): RawToken[] {
  if (spans.length === 0) return tokens;
  const out: RawToken[] = [];
  let s = 0;
  for (const tok of tokens) {
    let cursor = tok.start;
    while (s < spans.length && spans[s]!.end <= cursor) s++;
    while (cursor < tok.end) {
      const span = spans[s];
      if (span === undefined || span.start >= tok.end) {
        out.push({ start: cursor, end: tok.end, pos: tok.pos });
        break;
      }
      if (span.start > cursor) {
        out.push({ start: cursor, end: span.start, pos: tok.pos });
        cursor = span.start;
      }
      // cursor is inside the span: emit the span once, when we reach its start.
      const last = out[out.length - 1];
      if (!(last !== undefined && last.start === span.start && last.end === span.end)) {
        out.push({ start: span.start, end: span.end, pos: span.pos });
      }
      if (span.end >= tok.end) {
        cursor = tok.end;
      } else {
        cursor = span.end;
        s++;
      }
    }
  }
  return out;
}
