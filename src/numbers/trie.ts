/**
 * A tiny character trie over UTF-16 code units, used for every word table of the numbers
 * module (units, bound words, idioms). Lookups start at one position and never rescan, so
 * matching is linear in the length of the longest entry.
 */

/** One trie node: children by UTF-16 code unit, and the value of a word ending here. */
export interface TrieNode<T> {
  readonly next: Map<number, TrieNode<T>>;
  value: T | undefined;
}

/** A longest match: where it ends (forward) or starts (backward), and its value. */
export interface TrieMatch<T> {
  readonly at: number;
  readonly value: T;
}

function node<T>(): TrieNode<T> {
  return { next: new Map(), value: undefined };
}

/** Builds a trie; with `reverse`, words are stored back to front for matching leftwards. */
export function buildTrie<T>(entries: Iterable<readonly [string, T]>, reverse = false): TrieNode<T> {
  const root = node<T>();
  for (const [word, value] of entries) {
    let n = root;
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(reverse ? word.length - 1 - k : k);
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
  let n: TrieNode<T> | undefined = root;
  let best: TrieMatch<T> | null = null;
  for (let k = i; k < s.length; k++) {
    n = n.next.get(s.charCodeAt(k));
    if (!n) break;
    if (n.value !== undefined) best = { at: k + 1, value: n.value };
  }
  return best;
}

/** Longest word ending at `end` (exclusive), built with `reverse`; `at` is its start. */
export function matchBackward<T>(root: TrieNode<T>, s: string, end: number): TrieMatch<T> | null {
  let n: TrieNode<T> | undefined = root;
  let best: TrieMatch<T> | null = null;
  for (let k = end - 1; k >= 0; k--) {
    n = n.next.get(s.charCodeAt(k));
    if (!n) break;
    if (n.value !== undefined) best = { at: k, value: n.value };
  }
  return best;
}
