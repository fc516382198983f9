import type { Token } from '../core/types.js';
import type { TagSet } from './tagSet.js';

/** Tokens in parallel arrays, as a {@link TokenTable} or the segmenter's scratch buffer holds them. */
export interface TokenArrays {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly tags: ArrayLike<number>;
}

/**
 * The tokens of one text in parallel typed arrays: token `k` is `text.slice(starts[k], ends[k])`
 * with the tag `tagSet.names[tags[k]]`. The pipeline segments, makes numbers whole, drops
 * blanks and re-cuts at entity edges on these arrays; {@link Token} objects are made once, by
 * {@link TokenTable.toArray}, when something reads them.
 *
 * @example
 * const table = new TokenTable('华为公司', new TagSet());
 * table.push(0, 2, table.tagSet.idOf('nz'));
 * table.push(2, 4, table.tagSet.idOf('n'));
 * table.word(1) //=> '公司'
 * table.toArray()[0] //=> { start: 0, end: 2, text: '华为', pos: 'nz' }
 */
export class TokenTable {
  /** Start of each token (UTF-16 offset into `text`). */
  starts: Int32Array;
  /** End of each token (exclusive). */
  ends: Int32Array;
  /** Tag id of each token, in `tagSet`. */
  tags: Int32Array;
  /**
   * For a table re-cut from another (`source`): the index of the same token there, or -1 for a
   * new piece. Lets {@link TokenTable.toArray} reuse the source's objects.
   */
  origin: Int32Array | null;
  /** Number of tokens. */
  length = 0;
  private array: Token[] | null = null;

  constructor(
    /** The text the offsets point into. */
    public text: string,
    /** Names of the tag ids. */
    readonly tagSet: TagSet,
    capacity = 64,
    /** The table this one was re-cut from (see `origin`), or null. */
    readonly source: TokenTable | null = null,
  ) {
    const size = Math.max(8, capacity);
    // the arrays share one buffer: one allocation (the costly part of a small typed array)
    const buffer = new ArrayBuffer(size * 4 * (source === null ? 3 : 4));
    this.starts = new Int32Array(buffer, 0, size);
    this.ends = new Int32Array(buffer, size * 4, size);
    this.tags = new Int32Array(buffer, size * 8, size);
    this.origin = source === null ? null : new Int32Array(buffer, size * 12, size);
  }

  /** Appends a token (`from`: its index in `source`, or -1). */
  push(start: number, end: number, tag: number, from = -1): void {
    if (this.length === this.starts.length) this.grow();
    const k = this.length++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.tags[k] = tag;
    if (this.origin !== null) this.origin[k] = from;
    this.array = null;
  }

  /**
   * Makes room for at least `capacity` tokens in all, in one step (a writer that knows how many
   * are coming saves the repeated doubling of {@link TokenTable.push}).
   */
  reserve(capacity: number): void {
    if (capacity > this.starts.length) this.resize(capacity);
  }

  /**
   * Appends tokens `src[lo, hi)` whose tags are already ids of `tagSet`, leaving out blank
   * ones (spaces, tabs, line feeds) when `skipBlank`: the plain copy most sentences need.
   */
  copyFrom(src: TokenArrays, lo: number, hi: number, skipBlank: boolean): void {
    this.reserve(this.length + (hi - lo));
    const { starts, ends, tags, origin, text } = this;
    const from = src.starts;
    const to = src.ends;
    const tag = src.tags;
    let n = this.length;
    for (let k = lo; k < hi; k++) {
      const s = from[k]!;
      const e = to[k]!;
      if (skipBlank && isBlank(text, s, e)) continue;
      starts[n] = s;
      ends[n] = e;
      tags[n] = tag[k]!;
      if (origin !== null) origin[n] = k;
      n++;
    }
    this.length = n;
    this.array = null;
  }

  /** Empties the table for tokens of `text`, keeping its arrays (for a scratch table). */
  reset(text: string): void {
    this.text = text;
    this.length = 0;
    this.array = null;
  }

  /** The text of token `k`. */
  word(k: number): string {
    return this.text.slice(this.starts[k], this.ends[k]);
  }

  /** The tag name of token `k`. */
  pos(k: number): string {
    return this.tagSet.names[this.tags[k]!]!;
  }

  /** The tokens as objects, made on the first call and shared by later calls (do not mutate them). */
  toArray(): Token[] {
    if (this.array !== null) return this.array;
    const n = this.length;
    const out = new Array<Token>(n);
    const reuse = this.source !== null && this.origin !== null ? this.source.toArray() : null;
    const { starts, ends, tags, origin, text } = this;
    const names = this.tagSet.names;
    for (let k = 0; k < n; k++) {
      const o = origin === null ? -1 : origin[k]!;
      if (reuse !== null && o >= 0) {
        out[k] = reuse[o]!;
        continue;
      }
      const s = starts[k]!;
      const e = ends[k]!;
      out[k] = { start: s, end: e, text: e - s === 1 ? unitString(text.charCodeAt(s)) : text.slice(s, e), pos: names[tags[k]!]! };
    }
    this.array = out;
    return out;
  }

  private grow(): void {
    this.resize(this.starts.length * 2);
  }

  private resize(size: number): void {
    const buffer = new ArrayBuffer(size * 4 * (this.origin === null ? 3 : 4));
    const n = this.length;
    const widen = (a: Int32Array, at: number): Int32Array => {
      const b = new Int32Array(buffer, at * size * 4, size);
      b.set(a.subarray(0, n));
      return b;
    };
    this.starts = widen(this.starts, 0);
    this.ends = widen(this.ends, 1);
    this.tags = widen(this.tags, 2);
    if (this.origin !== null) this.origin = widen(this.origin, 3);
  }
}

// One string per UTF-16 unit for the one-unit words (的, 在, ，, 。: about a third of all tokens),
// made once per process: no string per token, and the readers' word-set look-ups find the hash
// already computed.
const UNIT_STRINGS: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);
/** The shared one-unit string of UTF-16 code unit `c` (statements' word view uses it too). */
export function unitString(c: number): string {
  return (UNIT_STRINGS[c] ??= String.fromCharCode(c));
}

/** True when `text[start, end)` is only spaces, tabs and line feeds (the pipeline drops such tokens). */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a) return false;
  }
  return true;
}
