import type { Token } from '../core/types.js';
import type { Segmenter, TaggedWord } from './segmenter.js';
import { posOf } from './posLexicon.js';
import { ATOMIC_TAGS, findAtomicSpans, scanAtomicSpans } from './atomicSpans.js';
import { keepWhole } from './keepWhole.js';
import { isSpanSegmenter, type SpanSegmenter } from './jieba/jiebaSegmenter.js';
import { SpanBuffer } from './jieba/spanBuffer.js';
import { isBlank, recutSpans } from './recut.js';
import { TagSet } from './tagSet.js';
import { TokenTable } from './tokenTable.js';

// Scratch buffers per thread (words, atomic spans): segmenting is synchronous and never re-entered.
const scratch = new SpanBuffer(1024);
const atoms = new SpanBuffer(64);

// Tag ids of segmenters without their own tag set (native backends, custom segmenters).
const tagSets = new WeakMap<Segmenter, TagSet>();

/**
 * The tag set a table of this segmenter's tokens uses: the jieba segmenter's own (its
 * dictionary tag ids), else one per segmenter that grows with the tags it has returned.
 */
export function tagSetOf(segmenter: Segmenter): TagSet {
  if (isSpanSegmenter(segmenter)) return segmenter.tagSet;
  let set = tagSets.get(segmenter);
  if (!set) {
    set = new TagSet();
    tagSets.set(segmenter, set);
  }
  return set;
}

/**
 * Segments `text[from, to)` and returns tokens with offsets into `text`. Control characters
 * and lone surrogates are replaced (same length) before the native call, since they do not
 * survive the trip to UTF-8; numbers and ASCII words are then made whole.
 *
 * @example
 * tokenizeRange(createSegmenter('node-rs'), '投入1.8亿元', 0, 7).map((t) => t.text) //=> ['投入', '1.8亿', '元']
 */
export function tokenizeRange(segmenter: Segmenter, text: string, from: number, to: number): Token[] {
  if (!isSpanSegmenter(segmenter)) return objectTokens(segmenter, text, from, to);
  let table = rangeTables.get(segmenter);
  if (!table) {
    table = new TokenTable(text, segmenter.tagSet, 256);
    rangeTables.set(segmenter, table);
  }
  table.reset(text);
  appendSpans(segmenter, text, from, to, table, false);
  const tokens = table.toArray();
  table.reset(''); // the scratch table keeps no text alive
  return tokens;
}

// One scratch table per segmenter (its tag set) for tokenizeRange: no typed arrays per call.
const rangeTables = new WeakMap<SpanSegmenter, TokenTable>();

/**
 * Appends the tokens of `text[from, to)` to `table` (whose tag set is {@link tagSetOf} the
 * segmenter), as {@link tokenizeRange} cuts them, leaving out blank tokens (spaces, tabs, line
 * feeds). With the jieba segmenter no object or string is made per token.
 *
 * @example
 * const table = new TokenTable(text, tagSetOf(segmenter));
 * for (const r of splitSentences(text)) appendTokens(segmenter, text, r.start, r.end, table);
 */
export function appendTokens(segmenter: Segmenter, text: string, from: number, to: number, table: TokenTable): void {
  if (isSpanSegmenter(segmenter)) {
    appendSpans(segmenter, text, from, to, table, true);
    return;
  }
  const tags = table.tagSet;
  for (const t of objectTokens(segmenter, text, from, to)) if (!isBlank(text, t.start, t.end)) table.push(t.start, t.end, tags.idOf(t.pos));
}

// The pure-TypeScript segmenter reads the text itself: no copy, no sanitising (it has no
// UTF-8 trip to survive), spans straight from its typed arrays into the table's.
function appendSpans(segmenter: SpanSegmenter, text: string, from: number, to: number, table: TokenTable, skipBlank: boolean): void {
  scratch.clear();
  segmenter.cutTagged(text, from, to, scratch);
  atoms.clear();
  scanAtomicSpans(text, from, to, atoms);
  for (let k = 0; k < atoms.length; k++) atoms.tags[k] = table.tagSet.idOf(ATOMIC_TAGS[atoms.tags[k]!]!);
  // at most the words, plus two pieces for each span that splits a word at both ends
  const needed = table.length + scratch.length + 2 * atoms.length;
  if (needed > table.starts.length) table.reserve(estimateTokens(table.text.length, to, needed));
  recutSpans(text, scratch, 0, scratch.length, atoms, atoms.length, table, skipBlank);
}

// The tokens a document will have, from those of its text up to `at`: one growth of the
// table per document instead of a doubling (news runs at about 0.57 tokens a unit).
function estimateTokens(textLength: number, at: number, sofar: number): number {
  return Math.max(sofar, Math.ceil((sofar * textLength) / Math.max(1, at) * 1.05) + 16);
}

// Native backends and custom segmenters give strings: align them to offsets, tag, make numbers whole.
function objectTokens(segmenter: Segmenter, text: string, from: number, to: number): Token[] {
  const original = text.slice(from, to);
  const slice = sanitize(original);
  const clean = slice === original;
  const tokens = segmenter.tag ? alignTagged(slice, segmenter.tag(slice), from) : alignWords(slice, segmenter.cut(slice), from);
  // Where sanitising replaced characters, token text must still be the text's own.
  if (!clean) for (const t of tokens) t.text = text.slice(t.start, t.end);
  return keepWhole(text, tokens, findAtomicSpans(text, from, to));
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
