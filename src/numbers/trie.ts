/**
 * A tiny character trie over UTF-16 code units, used for every word table of the numbers
 * module (units, bound words, idioms). Lookups start at one position and never rescan, so
 * matching is linear in the length of the longest entry.
 */
import * as chars from './chars.js';

// Module-local copy (see extract.ts): no getter call per use under tsx or CJS interop.
const { codeAt } = chars;

/** One trie node: children by UTF-16 code unit, and the value of a word ending here. */
export interface TrieNode<T> {
  readonly next: Map<number, TrieNode<T>>;
  value: T | undefined;
  /**
   * On the root only: one bit per UTF-16 code unit that starts a word. Most lookups fail on
   * their first character, and a bit test is much cheaper than a map lookup.
   */
  readonly first: Uint32Array | null;
}

/** A longest match: where it ends (forward) or starts (backward), and its value. */
export interface TrieMatch<T> {
  readonly at: number;
  readonly value: T;
}

function node<T>(first: Uint32Array | null = null): TrieNode<T> {
  return { next: new Map(), value: undefined, first };
}

/** True when the root's bit set says a word may start with code unit `c`. */
function mayStart(first: Uint32Array | null, c: number): boolean {
  return first === null || ((first[c >>> 5] ?? 0) & (1 << (c & 31))) !== 0;
}

/** Builds a trie; with `reverse`, words are stored back to front for matching leftwards. */
export function buildTrie<T>(entries: Iterable<readonly [string, T]>, reverse = false): TrieNode<T> {
  const first = new Uint32Array(0x10000 >>> 5);
  const root = node<T>(first);
  for (const [word, value] of entries) {
    let n = root;
    if (word.length > 0) {
      const c = codeAt(word, reverse ? word.length - 1 : 0);
      first[c >>> 5] = (first[c >>> 5] ?? 0) | (1 << (c & 31));
    }
    for (let k = 0; k < word.length; k++) {
      const c = codeAt(word, reverse ? word.length - 1 - k : k);
      let child = n.next.get(c);
      if (!child) {
        child = node<T>();
        n.next.set(c, child);
      }
      n = child;
    }
    n.value = value;
  }
  return root;
}

/** Longest word starting at `i`; `at` is its end (exclusive). */
export function matchForward<T>(root: TrieNode<T>, s: string, i: number): TrieMatch<T> | null {
  if (!mayStart(root.first, codeAt(s, i))) return null;
  let n: TrieNode<T> | undefined = root;
  let best: TrieMatch<T> | null = null;
  for (let k = i; k < s.length; k++) {
    n = n.next.get(codeAt(s, k));
    if (!n) break;
    if (n.value !== undefined) best = { at: k + 1, value: n.value };
  }
  return best;
}

/** Longest word ending at `end` (exclusive), built with `reverse`; `at` is its start. */
export function matchBackward<T>(root: TrieNode<T>, s: string, end: number): TrieMatch<T> | null {
  if (!mayStart(root.first, codeAt(s, end - 1))) return null;
  let n: TrieNode<T> | undefined = root;
  let best: TrieMatch<T> | null = null;
  for (let k = end - 1; k >= 0; k--) {
    n = n.next.get(codeAt(s, k));
    if (!n) break;
    if (n.value !== undefined) best = { at: k, value: n.value };
  }
  return best;
}
