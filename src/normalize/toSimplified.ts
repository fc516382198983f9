import { conversionChain, type ConversionChain, type ConversionTrie } from './openccData.js';

/**
 * A converted text with, for each of its UTF-16 units, the input range `[start[i], end[i])` it
 * came from: one unit each where lengths agree, the whole phrase where a replacement changed length.
 */
export interface Converted {
  readonly text: string;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

/** A pass's text with its source ranges, or null ranges while every unit maps to itself. */
interface Pass {
  readonly text: string;
  readonly start: Int32Array | null;
  readonly end: Int32Array | null;
}

/**
 * Output of one pass: units, and source ranges only once a replacement has changed the length
 * (until then output unit i is input unit i, which is nearly always the whole text).
 */
class Output {
  private units: Uint16Array;
  private start: Int32Array | null = null;
  private end: Int32Array | null = null;
  private length = 0;

  constructor(private readonly input: Pass) {
    this.units = new Uint16Array(input.text.length + 16);
    if (input.start !== null && input.end !== null) this.track(input.start, input.end, input.text.length);
  }

  /** Starts keeping ranges: the `count` units so far are input units 0..count-1. */
  private track(start: Int32Array, end: Int32Array, count: number): void {
    this.start = new Int32Array(this.units.length);
    this.end = new Int32Array(this.units.length);
    this.start.set(start.subarray(0, Math.min(count, this.length)));
    this.end.set(end.subarray(0, Math.min(count, this.length)));
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.units.length) return;
    const size = Math.max(this.units.length * 2, this.length + extra);
    const units = new Uint16Array(size);
    units.set(this.units);
    this.units = units;
    if (this.start !== null && this.end !== null) {
      const start = new Int32Array(size);
      const end = new Int32Array(size);
      start.set(this.start);
      end.set(this.end);
      this.start = start;
      this.end = end;
    }
  }

  /** Appends `unit` standing for input unit `i`. */
  push(unit: number, i: number): void {
    this.reserve(1);
    if (this.start !== null && this.end !== null) {
      this.start[this.length] = this.input.start?.[i] ?? i;
      this.end[this.length] = this.input.end?.[i] ?? i + 1;
    }
    this.units[this.length++] = unit;
  }

  /** Appends `value`, the replacement of input units `[i, to)`. */
  replace(value: string, i: number, to: number): void {
    if (value.length === to - i) {
      for (let k = 0; k < value.length; k++) this.push(value.charCodeAt(k), i + k);
      return;
    }
    // A replacement that changes length (㗲 → 𠵾, 記憶體 → 内存) has no unit-to-unit map: every
    // unit of it stands for the whole source, so any span touching it maps to all of it.
    if (this.start === null) this.track(identity(this.length), identity(this.length, 1), this.length);
    this.reserve(value.length);
    const start = this.input.start?.[i] ?? i;
    const end = this.input.end?.[to - 1] ?? to;
    for (let k = 0; k < value.length; k++) {
      this.start![this.length] = start;
      this.end![this.length] = end;
      this.units[this.length++] = value.charCodeAt(k);
    }
  }

  result(): Pass {
    return {
      text: Buffer.from(this.units.buffer, 0, this.length * 2).toString('utf16le'),
      start: this.start?.subarray(0, this.length) ?? null,
      end: this.end?.subarray(0, this.length) ?? null,
    };
  }
}

/** `[shift, 1 + shift, …]`, `n` long: the ranges of units that map to themselves. */
function identity(n: number, shift = 0): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i + shift;
  return a;
}

/**
 * One longest-match pass of `table` over `input`, never matching across a segment end. Most
 * units are looked up in the flat one-to-one array; the trie only where a longer key starts.
 */
function applyTable(table: ConversionTrie, input: Pass, segmentEnds: readonly number[]): Pass {
  const { text } = input;
  const out = new Output(input);
  let segment = 0;
  for (let i = 0; i < text.length; ) {
    while (segmentEnds[segment]! <= i) segment++;
    const c = text.charCodeAt(i);
    if (mayMatchLonger(table, text, i, c)) {
      const limit = segmentEnds[segment]!;
      let match = table.matchPrefix(text, i);
      if (match !== null && match.end > limit) {
        // The longest key runs past the segment: match inside the segment alone.
        const inside = table.matchPrefix(text.slice(i, limit), 0);
        match = inside === null ? null : { end: i + inside.end, value: inside.value };
      }
      if (match !== null) {
        out.replace(match.value, i, match.end);
        i = match.end;
        continue;
      }
    }
    const mapped = table.single[c]!;
    out.push(mapped === 0 ? c : mapped, i);
    i++;
  }
  return out.result();
}

/** True when the trie may hold a key other than a one-to-one character at `i` (`c` is the unit there). */
function mayMatchLonger(table: ConversionTrie, text: string, i: number, c: number): boolean {
  const start = table.starts[c];
  return start === 2 || (start === 1 && table.pairs.has(c * 0x10000 + text.charCodeAt(i + 1)));
}

/** Ends of OpenCC's segments: its phrase table cuts the text so later steps cannot cross a phrase. */
function segmentEnds(table: ConversionTrie, text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const match = mayMatchLonger(table, text, i, c) ? table.matchPrefix(text, i) : null;
    if (match === null) {
      i++;
      continue;
    }
    if (i > (ends[ends.length - 1] ?? 0)) ends.push(i);
    ends.push(match.end);
    i = match.end;
  }
  if ((ends[ends.length - 1] ?? 0) < text.length || ends.length === 0) ends.push(text.length);
  return ends;
}

/**
 * Converts traditional Chinese (Hong Kong, Taiwan or OpenCC standard forms) to simplified with
 * OpenCC's data, keeping for every output unit the input range it came from, also where a
 * replacement changes length (an astral form, or a regional phrase of the `phrases` chain).
 *
 * @example
 * toSimplified('台積電營收').text //=> '台积电营收'
 * const c = toSimplified('記憶體營收', conversionChain(true));
 * c.text //=> '内存营收'
 * [c.start[1], c.end[1]] //=> [0, 3]: 存 stands for the whole of 記憶體
 */
export function toSimplified(text: string, chain: ConversionChain = conversionChain()): Converted {
  let current = applyTable(chain.compatibility, { text, start: null, end: null }, [text.length]);
  let ends = segmentEnds(chain.segmentation, current.text);
  // Segment ends as source offsets, to find them again after a step that changed length.
  const sourceEnds = ends.map((e) => (e < current.text.length ? (current.start?.[e] ?? e) : text.length));
  for (const step of chain.steps) {
    const before = current.text.length;
    current = applyTable(step, current, ends);
    if (current.text.length !== before) ends = endsAt(sourceEnds, current);
  }
  const n = current.text.length;
  return { text: current.text, start: current.start ?? identity(n), end: current.end ?? identity(n, 1) };
}

/** The offsets of `current` where its units' source offsets reach each of `sourceEnds` (both ascending). */
function endsAt(sourceEnds: readonly number[], current: Pass): number[] {
  const ends: number[] = [];
  let j = 0;
  for (const boundary of sourceEnds) {
    while (j < current.text.length && (current.start?.[j] ?? j) < boundary) j++;
    ends.push(j);
  }
  ends[ends.length - 1] = current.text.length;
  return ends;
}
