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
const NEW_PARAGRAPH_START = /^[“「□■●◆▲★（(【]|^[一二三四五六七八九十]+、|^\d+[.、．]/;

/** True when the line is a paragraph broken by page layout, so the break is not a boundary. */
function continuesOnNextLine(line: string, next: string): boolean {
  const trimmed = line.trimEnd();
  if (trimmed.length === 0 || next.length === 0) return false;
  const lastCode = trimmed.charCodeAt(trimmed.length - 1);
  if (END_PUNCT_CODES.has(lastCode) || CLOSER_CODES.has(lastCode)) return false;
  const last = trimmed[trimmed.length - 1]!;
  if (hasUnclosedPair(trimmed)) return true;
  if (NEW_PARAGRAPH_START.test(next)) return false;
  if (CONTINUATION_END.includes(last)) return true;
  // A short unpunctuated next line is a headline, not the rest of this sentence.
  if (next.length < 50 && !/[。！？；]/.test(next)) return false;
  // A long line of prose that stops mid-sentence (headlines are short and unpunctuated).
  return trimmed.length >= 40 && /[。，,；、]/.test(trimmed);
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
function hasUnclosedPair(line: string): boolean {
  pending.length = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const close = closerOf(c);
    if (close !== 0) pending.push(close);
    else if (pending.length > 0 && pending[pending.length - 1] === c) pending.pop();
  }
  return pending.length > 0;
}

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
  // text (most news) changes nothing here: the units are copied only from the first change on,
  // and the folded text is then the original string itself.
  const length = original.length;
  const origin = new Int32Array(length);
  let chars: Uint16Array | null = null;
  let count = 0;
  for (let i = 0; i < length; i++) {
    let c = original.charCodeAt(i);
    // Han and most letters pass unchanged: test that first, it is nearly every unit.
    if ((c >= 0x3400 && c < 0xfe00) || (c >= 0x20 && c < 0x7f)) {
      if (chars !== null) chars[count] = c;
      origin[count++] = i;
      continue;
    }
    const dropped = isDropped(c);
    if (!dropped) {
      if (c === 0x0d) {
        c = original.charCodeAt(i + 1) === 0x0a ? -1 : 0x0a; // CRLF: keep the LF
      } else if (c < 0xff01 || c > 0xff5e || !KEEP_FULL_WIDTH.has(c)) {
        c = foldWidthChar(c); // (every kept full-width form is in U+FF01–U+FF5E)
      }
    }
    if (chars === null) {
      if (!dropped && c === original.charCodeAt(i)) {
        origin[count++] = i;
        continue;
      }
      // the first change: from here on the units are written out (all units so far were kept)
      chars = new Uint16Array(length);
      for (let j = 0; j < count; j++) chars[j] = original.charCodeAt(j);
    }
    if (dropped || c < 0) continue;
    chars[count] = c;
    origin[count++] = i;
  }
  const folded = chars === null ? original : unitsToString(chars, count);
  // Pass 2: remove layout breaks inside sentences (the break and the blank lines around it).
  const lines = splitLines(folded);
  let keep: Uint8Array | null = null;
  for (let k = 0; k < lines.length - 1; k++) {
    const cur = lines[k]!;
    let n = k + 1;
    while (n < lines.length && folded.slice(lines[n]!.start, lines[n]!.end).trim() === '') n++;
    if (n >= lines.length) break;
    const curText = folded.slice(cur.start, cur.end);
    const nextText = folded.slice(lines[n]!.start, lines[n]!.end).trimStart();
    if (curText.trim() === '' || !continuesOnNextLine(curText, nextText)) continue;
    // Drop trailing spaces, every break and blank line, and the next line's indentation.
    let from = cur.end;
    while (from > cur.start && isInlineSpace(folded.charCodeAt(from - 1))) from--;
    let to = lines[n]!.start;
    while (to < lines[n]!.end && isInlineSpace(folded.charCodeAt(to))) to++;
    keep ??= new Uint8Array(folded.length).fill(1);
    for (let i = from; i < to; i++) keep[i] = 0;
  }
  // No break removed: the folded text and its offsets are the result.
  if (keep === null) return finish(original, folded, origin.subarray(0, count), options);
  const parts: string[] = [];
  // the offsets of kept units move down in place (kept <= i)
  let kept = 0;
  let runStart = -1;
  for (let i = 0; i <= count; i++) {
    if (i < count && keep[i]) {
      if (runStart < 0) runStart = i;
      origin[kept++] = origin[i]!;
    } else if (runStart >= 0) {
      parts.push(folded.slice(runStart, i));
      runStart = -1;
    }
  }
  return finish(original, parts.join(''), origin.subarray(0, kept), options);
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

function splitLines(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 0x0a) {
      lines.push({ start, end: i });
      start = i + 1;
    }
  }
  return lines;
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
