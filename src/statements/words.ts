/**
 * The statement layer's read-only view of a document's tokens, backed by the pipeline's token
 * table: offsets and tags come straight from its typed arrays, and each word's string is made
 * once, on first read (a one-unit word is the process's shared string for that unit). Building
 * statements thus makes no token objects; `doc.tokens` makes them only when a caller reads it.
 */
import type { TagSet } from '../segment/tagSet.js';
import { unitString, type TokenTable } from '../segment/tokenTable.js';

/**
 * Tokens `0 … length-1` of one text, sorted and disjoint, read by index.
 *
 * @example
 * const words = new Words(table); // table: 华为|公司
 * words.word(1) //=> '公司'
 * words.start(1) //=> 2
 */
export class Words {
  /** Number of tokens. */
  readonly length: number;
  /** The text the offsets point into (the normalised text). */
  readonly text: string;
  /** Names of the tag ids. */
  readonly tagSet: TagSet;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly tags: Int32Array;
  private readonly names: readonly string[];
  private readonly texts: (string | undefined)[];

  constructor(table: TokenTable) {
    this.length = table.length;
    this.text = table.text;
    this.tagSet = table.tagSet;
    this.starts = table.starts;
    this.ends = table.ends;
    this.tags = table.tags;
    this.names = table.tagSet.names;
    this.texts = new Array<string | undefined>(table.length);
  }

  /** Start offset of token `k`. */
  start(k: number): number {
    return this.starts[k]!;
  }

  /** End offset of token `k` (exclusive). */
  end(k: number): number {
    return this.ends[k]!;
  }

  /** Length of token `k` in UTF-16 units. */
  size(k: number): number {
    return this.ends[k]! - this.starts[k]!;
  }

  /** The word of token `k`, made on first read. */
  word(k: number): string {
    let w = this.texts[k];
    if (w === undefined) {
      const s = this.starts[k]!;
      const e = this.ends[k]!;
      w = e - s === 1 ? unitString(this.text.charCodeAt(s)) : this.text.slice(s, e);
      this.texts[k] = w;
    }
    return w;
  }

  /** The tag name of token `k`. */
  pos(k: number): string {
    return this.names[this.tags[k]!]!;
  }

  /** The tag id of token `k` (in `tagSet`). */
  tag(k: number): number {
    return this.tags[k]!;
  }

  /** True when token `k` is the one character `code` (no string made). */
  isChar(k: number, code: number): boolean {
    const s = this.starts[k]!;
    return this.ends[k]! - s === 1 && this.text.charCodeAt(s) === code;
  }

  /** Index of the first token whose end is after `offset` (binary search). */
  indexAt(offset: number): number {
    const ends = this.ends;
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the first token that starts at or after `offset` (binary search). */
  indexFrom(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * A regular expression tested on one UTF-16 unit (the string `text[i]`), worked out once per
 * unit and remembered: the same answer as `re.test(text[i])` without a string per test. (A
 * class of characters tested on a whole word by units, as `isPunct` does, must hold only BMP
 * characters: a surrogate half is never in it.)
 *
 * @example
 * const isSpace = charTest(/^\s$/u);
 * isSpace(0x3000) //=> true
 */
export function charTest(re: RegExp): (code: number) => boolean {
  // 0: not yet asked, 1: in the class, 2: not.
  const known = new Uint8Array(0x10000);
  return (code) => {
    let v = known[code]!;
    if (v === 0) {
      v = re.test(String.fromCharCode(code)) ? 1 : 2;
      known[code] = v;
    }
    return v === 1;
  };
}

/**
 * Words with class bits (cue words, anaphors…), looked up per token without making the token's
 * string unless it can be one of them: a token longer than the longest word, or whose first
 * unit starts none, is in no class. Most tokens of a sentence are thus answered from two
 * numbers and a bit set, with no string made or hashed.
 *
 * @example
 * const cues = new WordClasses([[['预计', '预期'], 1], [['将'], 2]]);
 * cues.of(words, k) //=> 1 for 预计, 0 for 增长
 */
export class WordClasses {
  private readonly classes = new Map<string, number>();
  // One bit per UTF-16 unit: set when some word starts with it.
  private readonly firsts = new Uint32Array(0x10000 >>> 5);
  private longest = 0;

  constructor(groups: readonly (readonly [Iterable<string>, number])[]) {
    for (const [list, bits] of groups) {
      for (const w of list) {
        if (w.length === 0) continue;
        this.classes.set(w, (this.classes.get(w) ?? 0) | bits);
        const c = w.charCodeAt(0);
        this.firsts[c >>> 5]! |= 1 << (c & 31);
        if (w.length > this.longest) this.longest = w.length;
      }
    }
  }

  /** The class bits of token `k`'s word, 0 when it is in none. */
  of(words: Words, k: number): number {
    const s = words.start(k);
    if (words.end(k) - s > this.longest) return 0;
    const c = words.text.charCodeAt(s);
    if ((this.firsts[c >>> 5]! & (1 << (c & 31))) === 0) return 0;
    return this.classes.get(words.word(k)) ?? 0;
  }

  /** True when token `k`'s word is in some class. */
  has(words: Words, k: number): boolean {
    return this.of(words, k) !== 0;
  }
}
