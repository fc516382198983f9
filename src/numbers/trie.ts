/**
 * A small character trie over UTF-16 code units, used for every word table of the numbers
 * module (units, bound words, idioms). Lookups start at one position and never rescan, so
 * matching is linear in the length of the longest entry.
 *
 * The trie is flat: nodes are numbers and its edges one open-addressing hash table in typed
 * arrays (key: node and code unit), so a step is a multiply and an array load or two, with no
 * Map or object per node. The readers make tens of thousands of lookups per megabyte of news.
 */
import * as chars from './chars.js';

// Module-local copy (see extract.ts): no getter call per use under tsx or CJS interop.
const { codeAt } = chars;

/** A compiled word table: its words' values by node, and the edges between nodes. */
export interface Trie<T> {
  /**
   * One bit per UTF-16 code unit that starts a word (the last unit for a reversed trie). Most
   * lookups fail on their first character, and a bit test is the cheapest way to say so.
   */
  readonly first: Uint32Array;
  /** Edge keys (`node * 0x10000 + unit`), -1 for an empty slot; the table's size is a power of two. */
  readonly keys: Int32Array;
  /** The child node of the edge in the same slot. */
  readonly children: Int32Array;
  /** `keys.length - 1`. */
  readonly mask: number;
  /** The value of the word ending at each node (undefined: no word ends there). */
  readonly values: readonly (T | undefined)[];
}

/** A longest match: where it ends (forward) or starts (backward), and its value. */
export interface TrieMatch<T> {
  readonly at: number;
  readonly value: T;
}

/** Nodes are numbered below this, so that an edge key fits an int32. */
const MAX_NODES = 0x7fff;

/** The slot an edge key hashes to (Fibonacci hashing; the table's size is a power of two). */
function slotOf(key: number, mask: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 7 & mask;
}

/** Builds a trie; with `reverse`, words are stored back to front for matching leftwards. */
export function buildTrie<T>(entries: Iterable<readonly [string, T]>, reverse = false): Trie<T> {
  const first = new Uint32Array(0x10000 >>> 5);
  // First as Maps (easy to grow), then flattened.
  const next: Map<number, number>[] = [new Map()];
  const values: (T | undefined)[] = [undefined];
  for (const [word, value] of entries) {
    if (word.length > 0) {
      const c = codeAt(word, reverse ? word.length - 1 : 0);
      first[c >>> 5]! |= 1 << (c & 31);
    }
    let n = 0;
    for (let k = 0; k < word.length; k++) {
      const c = codeAt(word, reverse ? word.length - 1 - k : k);
      let child = next[n]!.get(c);
      if (child === undefined) {
        child = next.length;
        if (child >= MAX_NODES) throw new RangeError(`buildTrie: more than ${MAX_NODES} nodes`);
        next.push(new Map());
        values.push(undefined);
        next[n]!.set(c, child);
      }
      n = child;
    }
    values[n] = value;
  }
  const edges = next.reduce((sum, m) => sum + m.size, 0);
  let size = 16;
  while (size < 2 * edges) size *= 2;
  const keys = new Int32Array(size).fill(-1);
  const children = new Int32Array(size);
  const mask = size - 1;
  next.forEach((m, node) => {
    for (const [c, child] of m) {
      const key = node * 0x10000 + c;
      let h = slotOf(key, mask);
      while (keys[h] !== -1) h = (h + 1) & mask;
      keys[h] = key;
      children[h] = child;
    }
  });
  return { first, keys, children, mask, values };
}

/** True when the trie's bit set says a word may start with code unit `c`. */
function mayStart(first: Uint32Array, c: number): boolean {
  return (first[c >>> 5]! & (1 << (c & 31))) !== 0;
}

/** The child of `node` by code unit `c`, or -1. */
function childOf<T>(trie: Trie<T>, node: number, c: number): number {
  const key = node * 0x10000 + c;
  const { keys, mask } = trie;
  for (let h = slotOf(key, mask); ; h = (h + 1) & mask) {
    const k = keys[h]!;
    if (k === key) return trie.children[h]!;
    if (k === -1) return -1;
  }
}

/** Longest word starting at `i`; `at` is its end (exclusive). */
export function matchForward<T>(trie: Trie<T>, s: string, i: number): TrieMatch<T> | null {
  if (!mayStart(trie.first, codeAt(s, i))) return null;
  const values = trie.values;
  let node = 0;
  let best = -1;
  let bestAt = 0;
  for (let k = i; k < s.length; k++) {
    node = childOf(trie, node, codeAt(s, k));
    if (node < 0) break;
    if (values[node] !== undefined) {
      best = node;
      bestAt = k + 1;
    }
  }
  return best < 0 ? null : { at: bestAt, value: values[best] as T };
}

/** Longest word ending at `end` (exclusive), built with `reverse`; `at` is its start. */
export function matchBackward<T>(trie: Trie<T>, s: string, end: number): TrieMatch<T> | null {
  if (!mayStart(trie.first, codeAt(s, end - 1))) return null;
  const values = trie.values;
  let node = 0;
  let best = -1;
  let bestAt = 0;
  for (let k = end - 1; k >= 0; k--) {
    node = childOf(trie, node, codeAt(s, k));
    if (node < 0) break;
    if (values[node] !== undefined) {
      best = node;
      bestAt = k;
    }
  }
  return best < 0 ? null : { at: bestAt, value: values[best] as T };
}
