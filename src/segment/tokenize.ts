import type { Token } from '../core/types.js';
import type { Segmenter, TaggedWord } from './segmenter.js';
import { posOf } from './posLexicon.js';
import { findAtomicSpans } from './atomicSpans.js';
import { keepWhole } from './keepWhole.js';
import { isSpanSegmenter, type SpanSegmenter } from './jieba/jiebaSegmenter.js';
import { SpanBuffer } from './jieba/spanBuffer.js';

// One scratch buffer per thread: tokenizeRange is synchronous and never re-entered.
const scratch = new SpanBuffer(1024);

/**
 * Segments `text[from, to)` and returns tokens with offsets into `text`. Control characters
 * and lone surrogates are replaced (same length) before the native call, since they do not
 * survive the trip to UTF-8; numbers and ASCII words are then made whole.
 *
 * @example
 * tokenizeRange(createSegmenter('node-rs'), '投入1.8亿元', 0, 7).map((t) => t.text) //=> ['投入', '1.8亿', '元']
 */
export function tokenizeRange(segmenter: Segmenter, text: string, from: number, to: number): Token[] {
  if (isSpanSegmenter(segmenter)) return keepWhole(text, spanTokens(segmenter, text, from, to), findAtomicSpans(text, from, to));
  const original = text.slice(from, to);
  const slice = sanitize(original);
  const clean = slice === original;
  const tokens = segmenter.tag ? alignTagged(slice, segmenter.tag(slice), from) : alignWords(slice, segmenter.cut(slice), from);
  // Where sanitising replaced characters, token text must still be the text's own.
  if (!clean) for (const t of tokens) t.text = text.slice(t.start, t.end);
  return keepWhole(text, tokens, findAtomicSpans(text, from, to));
}

// The pure-TypeScript segmenter reads the text itself: no copy, no sanitising (it has no
// UTF-8 trip to survive), spans straight from its typed arrays.
function spanTokens(segmenter: SpanSegmenter, text: string, from: number, to: number): Token[] {
  scratch.clear();
  segmenter.cutSpans(text, from, to, scratch);
  const { starts, ends, tags } = scratch;
  const out: Token[] = new Array<Token>(scratch.length);
  for (let i = 0; i < scratch.length; i++) {
    const s = starts[i]!;
    const e = ends[i]!;
    out[i] = { start: s, end: e, text: text.slice(s, e), pos: segmenter.tagOf(text, s, e, tags[i]!) };
  }
  return out;
}

interface MutableToken {
  start: number;
  end: number;
  text: string;
  pos: string;
}

/** Offsets from cumulative lengths; where the words do not spell the text, falls back to characters. */
function alignWords(slice: string, words: readonly string[], base: number): MutableToken[] {
  const out: MutableToken[] = [];
  let pos = 0;
  for (const word of words) {
    if (word.length === 0) continue;
    // Lengths give the offsets; the first unit of each word and the total length check them.
    if (slice.charCodeAt(pos) !== word.charCodeAt(0)) return characterTokens(slice, base);
    out.push({ start: base + pos, end: base + pos + word.length, text: word, pos: posOf(word) });
    pos += word.length;
  }
  if (pos !== slice.length) return characterTokens(slice, base);
  return out;
}

function alignTagged(slice: string, words: readonly TaggedWord[], base: number): MutableToken[] {
  const kept = words.filter((w) => w.word.length > 0);
  const tokens = alignWords(
    slice,
    kept.map((w) => w.word),
    base,
  );
  if (tokens.length !== kept.length) return tokens; // fell back to characters
  for (let i = 0; i < tokens.length; i++) tokens[i]!.pos = kept[i]!.tag;
  return tokens;
}

function characterTokens(slice: string, base: number): MutableToken[] {
  const out: MutableToken[] = [];
  let pos = 0;
  for (const ch of slice) {
    out.push({ start: base + pos, end: base + pos + ch.length, text: ch, pos: 'x' });
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
