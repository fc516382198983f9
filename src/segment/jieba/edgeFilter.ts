import type { JiebaTables } from './binaryFormat.js';

/** log2 of the filter's size in bits: 2^22 bits (512 KB) for the trie's ~500,000 edges. */
const BITS = 22;

/**
 * A bit set of the trie's edges (node, child code), by a hash of the two: no false negatives,
 * about one absent edge in nine answered "maybe". The segmenter's DP asks it before every trie
 * step below the root: a step reads the child's slot anywhere in the ~11 MB double array (a
 * cache miss), and in running text most steps find no child (no word goes on with this
 * character), which the filter, small enough to stay in cache, says without that read. Built
 * once per dictionary, on first use, in one pass over the slots.
 *
 * @example
 * const edges = edgeFilter(dict.tables);
 * hasEdge(edges, s, code) // false: node s has no child by code (true: it may have)
 */
export function edgeFilter(tables: JiebaTables): Int32Array {
  let filter = filters.get(tables);
  if (filter !== undefined) return filter;
  filter = new Int32Array(1 << (BITS - 5));
  const { trie } = tables;
  const slots = trie.length / 3;
  for (let t = 1; t < slots; t++) {
    const parent = trie[3 * t + 1]!;
    if (parent < 0) continue; // a free slot
    const h = edgeHash(parent, t - trie[3 * parent]!);
    filter[h >>> 5]! |= 1 << (h & 31);
  }
  filters.set(tables, filter);
  return filter;
}

const filters = new WeakMap<JiebaTables, Int32Array>();

/** The filter's bit for the edge from node `s` by alphabet code `code`. */
export function edgeHash(s: number, code: number): number {
  return (Math.imul(s, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> (32 - BITS);
}

/** True when node `s` may have a child by `code` (false: it certainly has none). */
export function hasEdge(filter: Int32Array, s: number, code: number): boolean {
  const h = edgeHash(s, code);
  return (filter[h >>> 5]! & (1 << (h & 31))) !== 0;
}
