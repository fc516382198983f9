import { ASK_TRIE, descriptionEnd, IDEOGRAPHIC_DESCRIPTION, type ConversionTable } from './conversionTable.js';
import { conversionChain, type ConversionChain } from './openccData.js';
import { unitsToString } from './unitsToString.js';

/**
 * A converted text with, for each of its UTF-16 units, the input range `[start[i], end[i])` it
 * came from: one unit each where lengths agree, the whole phrase where a replacement changed length.
 * Both are null when every output unit `i` is input unit `i` (nearly every text).
 */
export interface Converted {
  readonly text: string;
  readonly start: Int32Array | null;
  readonly end: Int32Array | null;
}

/**
 * Units of one pass with their source ranges (null while unit i is source unit i). Two of these
 * are reused in turn by every conversion: no allocation per text once they are large enough.
 */
class Buffer16 {
  units = new Uint16Array(256);
  start: Int32Array | null = null;
  end: Int32Array | null = null;
  length = 0;
  private startStore = new Int32Array(256);
  private endStore = new Int32Array(256);

  /** Empties the buffer for at least `capacity` units, without source ranges. */
  reset(capacity: number): void {
    if (this.units.length < capacity) this.units = new Uint16Array(capacity * 2);
    this.length = 0;
    this.start = null;
    this.end = null;
  }

  /** Room for `extra` more units (ranges included). */
  reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.units.length) return;
    const units = new Uint16Array(need * 2);
    units.set(this.units.subarray(0, this.length));
    this.units = units;
    if (this.start !== null) this.track(this.start, this.end!, this.length);
  }

  /** Starts keeping source ranges (or grows them), the first `count` taken from `start`/`end`. */
  track(start: Int32Array, end: Int32Array, count: number): void {
    if (this.startStore.length < this.units.length) {
      const grownStart = new Int32Array(this.units.length);
      const grownEnd = new Int32Array(this.units.length);
      grownStart.set(start.subarray(0, count));
      grownEnd.set(end.subarray(0, count));
      this.startStore = grownStart;
      this.endStore = grownEnd;
    } else if (start !== this.startStore) {
      this.startStore.set(start.subarray(0, count));
      this.endStore.set(end.subarray(0, count));
    }
    this.start = this.startStore;
    this.end = this.endStore;
  }

  /** Starts keeping source ranges when the first `length` units were source units 0…length-1. */
  trackIdentity(): void {
    this.track(this.startStore, this.endStore, 0);
    for (let k = 0; k < this.length; k++) {
      this.startStore[k] = k;
      this.endStore[k] = k + 1;
    }
  }
}

/** A growing list of offsets, reused between texts (no array resizing per text). */
class Ends {
  values = new Int32Array(64);
  count = 0;

  push(value: number): void {
    if (this.count === this.values.length) {
      const grown = new Int32Array(this.count * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = value;
  }

  last(): number {
    return this.count > 0 ? this.values[this.count - 1]! : 0;
  }
}

let analyzerChain: ConversionChain | undefined;

/** Both regions, no phrases: what the analyzer converts with (looked up once). */
function defaultChain(): ConversionChain {
  return (analyzerChain ??= conversionChain());
}

// Buffers up to this many units (2 MB) are reused between texts; larger ones are dropped after use.
const KEEP_UNITS = 1 << 20;

let current = new Buffer16();
let next = new Buffer16();
// Ends of OpenCC's segments in the units of the current pass, ascending, the last one the length.
let segmentEnds = new Ends();
let nextEnds = new Ends();

/** The text's units into `current`, CJK compatibility ideographs replaced by their unified forms. */
function load(text: string, compatibility: ConversionTable): void {
  current.reset(text.length + 16);
  const units = current.units;
  const touches = compatibility.touches;
  // Bit sets are read inline in the loops here: these run on every unit of every text.
  let compatible = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    units[i] = c;
    if ((touches[c >>> 5]! & (1 << (c & 31))) !== 0) compatible = false;
  }
  current.length = text.length;
  segmentEnds.count = 0;
  segmentEnds.push(text.length);
  // Rare (U+F900–U+FAFF and their supplement): only then a full pass.
  if (!compatible) convertPass(compatibility);
}

/**
 * Cuts `current` into OpenCC's segments: each longest match of the phrase table is a segment of
 * its own, so later steps never rewrite across a phrase's edges.
 */
function segment(table: ConversionTable): void {
  const { units, length } = current;
  segmentEnds.count = 0;
  const special = table.special;
  for (let i = 0; i < length; ) {
    const c = units[i]!;
    if ((special[c >>> 5]! & (1 << (c & 31))) === 0) {
      i++;
      continue;
    }
    const flags = table.flags[units[i]!]!;
    const end = flags & ASK_TRIE ? table.match(units, i, length) : 0;
    if (end === 0) {
      const skip = flags & IDEOGRAPHIC_DESCRIPTION ? descriptionEnd(units, i, length) : 0;
      i = skip > 0 ? skip : i + 1;
      continue;
    }
    if (i > segmentEnds.last()) segmentEnds.push(i);
    segmentEnds.push(end);
    i = end;
  }
  if (segmentEnds.count === 0 || segmentEnds.last() < length) segmentEnds.push(length);
}

/**
 * One longest-match pass of `table` over `current` into `next` (then swapped), never matching
 * across a segment end. A unit without flags is read through the flat table; source ranges are
 * kept only once a replacement has changed the length. `dst` always has room for one unit per
 * source unit still to read, so the common path writes without checks.
 */
function convertPass(table: ConversionTable): void {
  const first = firstChange(table);
  if (first < 0) return; // nothing to rewrite (the regional step, on most texts)
  const src = current;
  const dst = next;
  const { units, length } = src;
  const { single, flags, special } = table;
  const srcStart = src.start;
  const srcEnd = src.end;
  const ends = segmentEnds.values;
  dst.reset(length + 16);
  if (srcStart !== null) dst.track(srcStart, srcEnd!, first);
  // Units before the first change are copied as they are, with their segment ends.
  dst.units.set(units.subarray(0, first));
  let out = dst.units;
  let outStart = dst.start;
  let outEnd = dst.end;
  nextEnds.count = 0;
  let segment = 0;
  while (ends[segment]! < first) nextEnds.push(ends[segment++]!);
  let limit = ends[segment]!;
  let o = first;
  for (let i = first; i < length; ) {
    while (i >= limit) {
      nextEnds.push(o);
      limit = ends[++segment]!;
    }
    const c = units[i]!;
    if ((special[c >>> 5]! & (1 << (c & 31))) !== 0) {
      const f = flags[c]!;
      let end = f & ASK_TRIE ? table.match(units, i, limit) : 0;
      const value: string | null = end > 0 ? table.value : null;
      // OpenCC leaves an ideographic description sequence as it is.
      if (end === 0 && f & IDEOGRAPHIC_DESCRIPTION) end = descriptionEnd(units, i, limit);
      if (end > 0) {
        dst.length = o;
        if (value === null) copyUnchanged(src, dst, i, end);
        else replace(src, dst, i, end, value);
        dst.reserve(length - end);
        o = dst.length;
        out = dst.units;
        outStart = dst.start;
        outEnd = dst.end;
        i = end;
        continue;
      }
    }
    // The common case: one unit for one unit.
    const mapped = single[c]!;
    out[o] = mapped === 0 ? c : mapped;
    if (outStart !== null) {
      outStart[o] = srcStart === null ? i : srcStart[i]!;
      outEnd![o] = srcEnd === null ? i + 1 : srcEnd[i]!;
    }
    o++;
    i++;
  }
  while (segment < segmentEnds.count) {
    nextEnds.push(o);
    segment++;
  }
  dst.length = o;
  current = dst;
  next = src;
  const swap = segmentEnds;
  segmentEnds = nextEnds;
  nextEnds = swap;
}

/**
 * The first offset of `current` where `table` would rewrite something (a unit mapped to another,
 * or any longer match), or -1: a read-only scan, so a step that changes nothing copies nothing.
 */
function firstChange(table: ConversionTable): number {
  const { units, length } = current;
  const { single, flags, touches } = table;
  const ends = segmentEnds.values;
  let segment = 0;
  let limit = ends[0]!;
  for (let i = 0; i < length; i++) {
    const c = units[i]!;
    if ((touches[c >>> 5]! & (1 << (c & 31))) === 0) continue;
    while (i >= limit) limit = ends[++segment]!;
    const f = flags[c]!;
    if (f !== 0 && ((f & ASK_TRIE && table.match(units, i, limit) > 0) || f & IDEOGRAPHIC_DESCRIPTION)) return i;
    const mapped = single[c]!;
    if (mapped !== 0 && mapped !== c) return i;
  }
  return -1;
}

/** Appends source units `[i, to)` unchanged. */
function copyUnchanged(src: Buffer16, dst: Buffer16, i: number, to: number): void {
  dst.reserve(to - i);
  for (let k = i; k < to; k++) {
    dst.units[dst.length] = src.units[k]!;
    if (dst.start !== null) {
      dst.start[dst.length] = src.start?.[k] ?? k;
      dst.end![dst.length] = src.end?.[k] ?? k + 1;
    }
    dst.length++;
  }
}

/** Appends `value`, the replacement of source units `[i, to)`. */
function replace(src: Buffer16, dst: Buffer16, i: number, to: number, value: string): void {
  dst.reserve(value.length);
  if (value.length === to - i) {
    for (let k = 0; k < value.length; k++) {
      dst.units[dst.length] = value.charCodeAt(k);
      if (dst.start !== null) {
        dst.start[dst.length] = src.start?.[i + k] ?? i + k;
        dst.end![dst.length] = src.end?.[i + k] ?? i + k + 1;
      }
      dst.length++;
    }
    return;
  }
  // A replacement that changes length (㗲 → 𠵾, 記憶體 → 内存) has no unit-to-unit map: every
  // unit of it stands for the whole source, so any span touching it maps to all of it.
  if (dst.start === null) dst.trackIdentity();
  const start = src.start?.[i] ?? i;
  const end = src.end?.[to - 1] ?? to;
  for (let k = 0; k < value.length; k++) {
    dst.units[dst.length] = value.charCodeAt(k);
    dst.start![dst.length] = start;
    dst.end![dst.length] = end;
    dst.length++;
  }
}

/**
 * Converts traditional Chinese (Hong Kong, Taiwan or OpenCC standard forms) to simplified with
 * OpenCC's data, in OpenCC's order: compatibility ideographs, segments on the phrase table, then
 * each step of the chain on each segment. Keeps for every output unit the input range it came
 * from, also where a replacement changes length (an astral form, or a regional phrase of the
 * `phrases` chain). Buffers are reused between calls: no setup per text.
 *
 * @example
 * toSimplified('台積電營收').text //=> '台积电营收'
 * const c = toSimplified('記憶體營收', conversionChain({ phrases: true }));
 * c.text //=> '内存营收'
 * [c.start[1], c.end[1]] //=> [0, 3]: 存 stands for the whole of 記憶體
 */
export function toSimplified(text: string, chain: ConversionChain = defaultChain()): Converted {
  load(text, chain.compatibility);
  segment(chain.segmentation);
  for (const step of chain.steps) convertPass(step);
  const n = current.length;
  const converted = unitsToString(current.units, n);
  const result: Converted = current.start === null ? { text: converted, start: null, end: null } : { text: converted, start: current.start.slice(0, n), end: current.end!.slice(0, n) };
  // Buffers grown for one very long text are let go, not kept for the life of the process.
  if (current.units.length > KEEP_UNITS || next.units.length > KEEP_UNITS) {
    current = new Buffer16();
    next = new Buffer16();
  }
  return result;
}
