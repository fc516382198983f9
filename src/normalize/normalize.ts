import { detectScript, type Script } from './detectScript.js';
import { foldWidthChar } from './foldWidth.js';
import { toSimplified } from './toSimplified.js';
import { unitsToString } from './unitsToString.js';

/**
 * Normalised text plus the map back to the caller's original. Every stage works on `text`;
 * spans are mapped back with `toOriginal` so `original.slice(start, end)` is what was found.
 */
export interface Normalized {
  readonly original: string;
  readonly text: string;
  /** `origin[i]` is the original offset of normalised unit `i`. */
  readonly origin: Int32Array;
  /**
   * `originEnd[i]` is the original offset just after what unit `i` stands for, when that is not
   * `origin[i] + 1`: a traditional phrase converted to a simplified one of another length.
   */
  readonly originEnd?: Int32Array;
  /** The script of the original; traditional text is converted so `text` is simplified. */
  readonly script: Script;
}

/** Which script to assume: `auto` detects it, the others force it. */
export type ScriptOption = 'auto' | Script;

/** Options for {@link normalize}. */
export interface NormalizeOptions {
  /** `auto` (default) converts the text when traditional characters outnumber simplified ones. */
  readonly script?: ScriptOption;
}

// CJK clause punctuation stays full-width: sentence and clause rules read it as written.
const KEEP_FULL_WIDTH = new Set([0xff0c, 0xff1b, 0xff1a, 0xff01, 0xff1f, 0xff08, 0xff09]);

function isDropped(c: number): boolean {
  // BOM, zero-width space/joiners, word joiner, soft hyphen: invisible, never part of a word.
  return c === 0xfeff || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0x00ad;
}

function isInlineSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}

const END_PUNCT = '。！？!?；;…';
const CONTINUATION_END = '、，,：:“‘（(《—-';
const CLOSERS = '”’」』）)】》';
const END_PUNCT_CODES = new Set([...END_PUNCT].map((ch) => ch.charCodeAt(0)));
const CLOSER_CODES = new Set([...CLOSERS].map((ch) => ch.charCodeAt(0)));
const CONTINUATION_END_CODES = new Set([...CONTINUATION_END].map((ch) => ch.charCodeAt(0)));
// A line starting with a quote, a bracket or a bullet opens a new paragraph.
const PARAGRAPH_OPENERS = new Set([...'“「□■●◆▲★（(【'].map((ch) => ch.charCodeAt(0)));
const CHINESE_NUMERALS = new Set([...'一二三四五六七八九十'].map((ch) => ch.charCodeAt(0)));

/**
 * True when the line `text[start, end)` is a paragraph broken by page layout, so the break is
 * not a boundary; `text[nextStart, nextEnd)` is the next non-blank line. Read on char codes in
 * place: this runs on every line of every document.
 */
function continuesOnNextLine(text: string, start: number, end: number, nextStart: number, nextEnd: number): boolean {
  while (end > start && isJsSpace(text.charCodeAt(end - 1))) end--;
  while (nextStart < nextEnd && isJsSpace(text.charCodeAt(nextStart))) nextStart++;
  if (end === start || nextStart === nextEnd) return false;
  const last = text.charCodeAt(end - 1);
  if (END_PUNCT_CODES.has(last) || CLOSER_CODES.has(last)) return false;
  if (hasUnclosedPair(text, start, end)) return true;
  if (startsParagraph(text, nextStart, nextEnd)) return false;
  if (CONTINUATION_END_CODES.has(last)) return true;
  // A short unpunctuated next line is a headline, not the rest of this sentence.
  if (nextEnd - nextStart < 50 && !hasAny(text, nextStart, nextEnd, isSentenceEnd)) return false;
  // A long line of prose that stops mid-sentence (headlines are short and unpunctuated).
  return end - start >= 40 && hasAny(text, start, end, isClausePunct);
}

// A new paragraph: a quote, bracket or bullet first, or a list number (一、 2. 3、 4．).
function startsParagraph(text: string, start: number, end: number): boolean {
  if (PARAGRAPH_OPENERS.has(text.charCodeAt(start))) return true;
  let i = start;
  while (i < end && CHINESE_NUMERALS.has(text.charCodeAt(i))) i++;
  if (i > start) return i < end && text.charCodeAt(i) === 0x3001; // 、
  while (i < end && isAsciiDigit(text.charCodeAt(i))) i++;
  if (i === start || i === end) return false;
  const c = text.charCodeAt(i);
  return c === 0x2e || c === 0x3001 || c === 0xff0e; // . 、 ．
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
// 。！？；
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b;
}
// 。，,；、
function isClausePunct(c: number): boolean {
  return c === 0x3002 || c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3001;
}

function hasAny(text: string, start: number, end: number, test: (c: number) => boolean): boolean {
  for (let i = start; i < end; i++) if (test(text.charCodeAt(i))) return true;
  return false;
}

// JavaScript's trim() whitespace (spaces, line terminators), on a char code.
function isJsSpace(c: number): boolean {
  return c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// The closing partner of an opening quote or bracket (“‘（(《「【), else 0.
function closerOf(c: number): number {
  switch (c) {
    case 0x201c:
      return 0x201d;
    case 0x2018:
      return 0x2019;
    case 0xff08:
      return 0xff09;
    case 0x28:
      return 0x29;
    case 0x300a:
      return 0x300b;
    case 0x300c:
      return 0x300d;
    case 0x3010:
      return 0x3011;
    default:
      return 0;
  }
}

// Reused between calls: the closers still expected, innermost last.
const pending: number[] = [];

// One pass over char codes, no allocation: this runs on every line of every document.
function hasUnclosedPair(text: string, start: number, end: number): boolean {
  pending.length = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Han text (nearly every unit) lies between 】 and （: no quote or bracket there
    if (c > 0x3011 && c < 0xff08) continue;
    const close = closerOf(c);
    if (close !== 0) pending.push(close);
    else if (pending.length > 0 && pending[pending.length - 1] === c) pending.pop();
  }
  return pending.length > 0;
}

// The unit `original[i]` (= c) becomes in pass 1: itself, another unit (folded width, CR to
// LF), or -1 when it is dropped (invisible characters, the CR of a CRLF).
function foldedUnit(original: string, i: number, c: number): number {
  if (isDropped(c)) return -1;
  if (c === 0x0d) return original.charCodeAt(i + 1) === 0x0a ? -1 : 0x0a; // CRLF: keep the LF
  if (c >= 0xff01 && c <= 0xff5e && KEEP_FULL_WIDTH.has(c)) return c;
  return foldWidthChar(c); // (every kept full-width form is in U+FF01–U+FF5E)
}

// Han and printable ASCII pass pass 1 unchanged: tested first, it is nearly every unit.
function isPlain(c: number): boolean {
  return (c >= 0x3400 && c < 0xfe00) || (c >= 0x20 && c < 0x7f);
}

// Scratch for the folded units (copied into a string, so reusable between calls).
let unitScratch = new Uint16Array(1024);

/**
 * Normalises news text for analysis while keeping a map to the original offsets:
 * full-width ASCII to half-width (CJK clause punctuation kept), wide and no-break spaces to
 * spaces, zero-width characters and BOM dropped, CRLF and CR to LF, and line breaks that a page
 * layout put inside a sentence (`“升\n\n位争先工程”`) removed; traditional text converted to
 * simplified (OpenCC's data, see `openccData.ts`), so every later stage sees one script.
 *
 * @example
 * normalize('增长１７％\r\n').text //=> '增长17%\n'
 * normalize('營收年增率達３成').text //=> '营收年增率达3成'
 */
export function normalize(original: string, options: NormalizeOptions = {}): Normalized {
  // Pass 1: per-character folding and dropping, one output unit per kept input unit. Clean
  // text changes nothing here: its offsets are the identity (origin stays null) and the
  // folded text is the original string itself; units are written out from the first change on.
  const length = original.length;
  let i = 0;
  while (i < length) {
    const c = original.charCodeAt(i);
    if (!isPlain(c) && foldedUnit(original, i, c) !== c) break;
    i++;
  }
  let origin: Int32Array | null = null;
  let count = i;
  let folded = original;
  if (i < length) {
    origin = new Int32Array(length);
    for (let j = 0; j < i; j++) origin[j] = j;
    if (unitScratch.length < length) unitScratch = new Uint16Array(Math.max(length, unitScratch.length * 2));
    const chars = unitScratch;
    for (let j = 0; j < i; j++) chars[j] = original.charCodeAt(j);
    for (; i < length; i++) {
      let c = original.charCodeAt(i);
      if (!isPlain(c)) {
        c = foldedUnit(original, i, c);
        if (c < 0) continue;
      }
      chars[count] = c;
      origin[count++] = i;
    }
    folded = unitsToString(chars, count);
  }
  // Pass 2: remove layout breaks inside sentences (the break and the blank lines around it).
  const cuts = layoutBreaks(folded);
  if (cuts.length === 0) return finish(original, folded, origin === null ? identity(count) : origin.subarray(0, count), options);
  // The kept runs between the cuts (sorted, disjoint): their text, and their offsets moved down.
  const parts: string[] = [];
  const kept = origin ?? new Int32Array(count);
  let out = 0;
  let runStart = 0;
  for (let k = 0; k <= cuts.length; k += 2) {
    const runEnd = k < cuts.length ? cuts[k]! : count;
    if (runEnd > runStart) {
      parts.push(folded.slice(runStart, runEnd));
      if (origin !== null) kept.copyWithin(out, runStart, runEnd);
      else for (let j = runStart; j < runEnd; j++) kept[out + j - runStart] = j;
      out += runEnd - runStart;
    }
    if (k < cuts.length) runStart = cuts[k + 1]!;
  }
  return finish(original, parts.join(''), kept.subarray(0, out), options);
}

function identity(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

/**
 * The ranges of `text` to remove because a page layout broke a sentence there, as a flat list
 * `[from, to, from, to, …]` (sorted, disjoint): a line's trailing spaces, the break, the blank
 * lines and the next line's indentation, when the line goes on in the next non-blank one.
 */
function layoutBreaks(text: string): number[] {
  const cuts: number[] = [];
  let curStart = 0;
  let curEnd = text.indexOf('\n');
  while (curEnd >= 0) {
    // the next non-blank line [nextStart, nextEnd)
    let nextStart = curEnd + 1;
    let nextEnd = lineEnd(text, nextStart);
    while (nextEnd < text.length && isBlankRange(text, nextStart, nextEnd)) {
      nextStart = nextEnd + 1;
      nextEnd = lineEnd(text, nextStart);
    }
    if (nextEnd === text.length && isBlankRange(text, nextStart, nextEnd)) break;
    if (!isBlankRange(text, curStart, curEnd) && continuesOnNextLine(text, curStart, curEnd, nextStart, nextEnd)) {
      // Drop trailing spaces, every break and blank line, and the next line's indentation.
      let from = curEnd;
      while (from > curStart && isInlineSpace(text.charCodeAt(from - 1))) from--;
      let to = nextStart;
      while (to < nextEnd && isInlineSpace(text.charCodeAt(to))) to++;
      cuts.push(from, to);
    }
    curStart = curEnd + 1;
    curEnd = text.indexOf('\n', curStart);
  }
  return cuts;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

// Only JavaScript's trim() whitespace (no substring is made).
function isBlankRange(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isJsSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Decides the script of the normalised text and converts traditional text. */
function finish(original: string, text: string, origin2: Int32Array, options: NormalizeOptions): Normalized {
  const script = options.script === undefined || options.script === 'auto' ? detectScript(text) : options.script;
  return script === 'traditional' ? convertScript(original, text, origin2) : { original, text, origin: origin2, script };
}

/** Runs the traditional → simplified conversion on normalised text and composes the offset maps. */
function convertScript(original: string, folded: string, origin: Int32Array): Normalized {
  const converted = toSimplified(folded);
  // Nearly always one unit for one: the offsets are those of the folded text.
  if (converted.start === null || converted.end === null) return { original, text: converted.text, origin, script: 'traditional' };
  const n = converted.text.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let uneven = false;
  for (let i = 0; i < n; i++) {
    start[i] = origin[converted.start[i]!]!;
    end[i] = origin[converted.end[i]! - 1]! + 1;
    if (end[i] !== start[i]! + 1) uneven = true;
  }
  return { original, text: converted.text, origin: start, ...(uneven ? { originEnd: end } : {}), script: 'traditional' };
}

/** Maps a half-open span of the normalised text to the original text. */
export function toOriginalSpan(n: Normalized, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < n.origin.length ? n.origin[start]! : n.original.length;
    return { start: at, end: at };
  }
  return { start: n.origin[start]!, end: n.originEnd !== undefined ? n.originEnd[end - 1]! : n.origin[end - 1]! + 1 };
}

/**
 * Maps spans of the normalised text back to the original without allocating: {@link map} leaves
 * the original offsets in `start` and `end` and says whether the span's text is unchanged (then
 * an item's own `text` can be kept; else the caller slices the original). Built once per text.
 *
 * @example
 * const spans = new SpanMap(normalize('鴻海 2023 revenue'));
 * spans.map(3, 7) //=> true (start 3, end 7: '2023' is as written)
 * spans.map(0, 2) //=> false (鸿海 was 鴻海)
 */
export class SpanMap {
  /** Original start of the span last given to {@link map}. */
  start = 0;
  /** Original end of the span last given to {@link map}. */
  end = 0;
  private readonly n: Normalized;
  // irregular[i] summed: unit i was folded or converted, does not follow unit i-1 in the
  // original, or stands for more than one original unit.
  private readonly prefix: Int32Array;

  constructor(n: Normalized) {
    this.n = n;
    const { text, original, origin, originEnd } = n;
    const prefix = new Int32Array(text.length + 1);
    let count = 0;
    for (let i = 0; i < text.length; i++) {
      const o = origin[i]!;
      if (text.charCodeAt(i) !== original.charCodeAt(o) || (i > 0 && o !== origin[i - 1]! + 1) || (originEnd !== undefined && originEnd[i] !== o + 1)) count++;
      prefix[i + 1] = count;
    }
    this.prefix = prefix;
  }

  /** Maps `[start, end)`; true when the original's text there is the normalised text. */
  map(start: number, end: number): boolean {
    const { origin, originEnd, original, text } = this.n;
    if (end <= start) {
      this.start = this.end = start < origin.length ? origin[start]! : original.length;
      return true;
    }
    this.start = origin[start]!;
    this.end = originEnd !== undefined ? originEnd[end - 1]! : origin[end - 1]! + 1;
    // A jump just before the span is fine (unit start is checked alone); a change inside is not.
    if (this.prefix[end]! !== this.prefix[start + 1]!) return false;
    return text.charCodeAt(start) === original.charCodeAt(this.start) && (originEnd === undefined || this.end - this.start === end - start);
  }
}
