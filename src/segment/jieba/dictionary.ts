import { decodeJiebaData, type JiebaMeta, type JiebaTables } from './binaryFormat.js';

/** A word added on top of the compiled dictionary, weighted the way cppjieba weighs user words. */
export interface JiebaUserWord {
  /** The word to add, as it is written in the text. */
  readonly word: string;
  /** Frequency on the main dictionary's scale; without it the word weighs the median weight. */
  readonly freq?: number;
  /** Part-of-speech tag (default: none, so the usual m/eng/x rule applies). */
  readonly tag?: string;
}

/** A node of the user-word overlay: children by UTF-16 unit, and the word ending here. */
interface OverlayNode {
  readonly next: Map<number, OverlayNode>;
  weight: number;
  tag: number;
  word: boolean;
}

/**
 * jieba's dictionary in memory: the compiled double-array trie plus an optional overlay of
 * user words (a later entry for the same word wins, as in cppjieba's trie).
 */
export class JiebaDictionary {
  /** Header of the compiled file: format version, sizes, and the sums the weights were made from. */
  readonly meta: JiebaMeta;
  /** The double-array trie, word weights, tags and HMM tables, as typed arrays over the file's bytes. */
  readonly tables: JiebaTables;
  /** Tag names by id, including tags user words introduced. */
  readonly tagNames: string[];
  /** Root of the user-word overlay, or null when there are none. */
  readonly overlay: OverlayNode | null;
  /** Single-character user words: the HMM leaves them alone, as cppjieba does. */
  readonly userSingles: ReadonlySet<number>;

  /** Use {@link JiebaDictionary.fromBytes}; this takes already decoded data. */
  constructor(meta: JiebaMeta, tables: JiebaTables, userWords: readonly JiebaUserWord[] = []) {
    this.meta = meta;
    this.tables = tables;
    this.tagNames = [...meta.tags];
    const singles = new Set<number>();
    this.overlay = userWords.length > 0 ? { next: new Map(), weight: 0, tag: 0, word: false } : null;
    for (const u of userWords) addUserWord(this, u, singles);
    this.userSingles = singles;
  }

  /**
   * Reads a compiled dictionary (the file `npm run build` writes as `dist/jieba.dict`).
   *
   * @example
   * const dict = JiebaDictionary.fromBytes(bytes, [{ word: '蓝鲸数科', tag: 'nt' }]);
   */
  static fromBytes(bytes: Uint8Array, userWords: readonly JiebaUserWord[] = []): JiebaDictionary {
    const { meta, tables } = decodeJiebaData(bytes);
    return new JiebaDictionary(meta, tables, userWords);
  }

  /** The same compiled data with other user words (nothing is re-read). */
  withUserWords(userWords: readonly JiebaUserWord[]): JiebaDictionary {
    return new JiebaDictionary(this.meta, this.tables, userWords);
  }

  /**
   * Dictionary entry of `text[start, end)`: `[weight, tagId]`, or null when it is no word.
   *
   * @example
   * dict.lookup('开发区', 0, 3) //=> [-10.2…, 3]
   */
  lookup(text: string, start: number, end: number): readonly [number, number] | null {
    if (this.overlay) {
      let node: OverlayNode | undefined = this.overlay;
      for (let i = start; i < end && node; i++) node = node.next.get(text.charCodeAt(i));
      if (node?.word) return [node.weight, node.tag];
    }
    const { alphabet, trie, weights } = this.tables;
    let s = 0;
    for (let i = start; i < end; i++) {
      const code = alphabet[text.charCodeAt(i)]!;
      if (code === 0) return null;
      const t = trie[3 * s]! + code;
      if (trie[3 * t + 1] !== s) return null;
      s = t;
    }
    const v = trie[3 * s + 2]!;
    return v === 0 ? null : [weights[v >>> 8]!, v & 0xff];
  }

  /** Tag id of `text[start, end)` when it is a word with a tag, else -1. Allocates nothing. */
  tagIdOf(text: string, start: number, end: number): number {
    if (this.overlay) {
      let node: OverlayNode | undefined = this.overlay;
      for (let i = start; i < end && node; i++) node = node.next.get(text.charCodeAt(i));
      if (node?.word) return node.tag;
    }
    const { alphabet, trie } = this.tables;
    let s = 0;
    for (let i = start; i < end; i++) {
      const code = alphabet[text.charCodeAt(i)]!;
      if (code === 0) return -1;
      const t = trie[3 * s]! + code;
      if (trie[3 * t + 1] !== s) return -1;
      s = t;
    }
    const v = trie[3 * s + 2]!;
    return v === 0 ? -1 : v & 0xff;
  }
}

// Inserts a user word into the overlay, as cppjieba inserts it into its trie (the last entry wins).
function addUserWord(dict: JiebaDictionary, u: JiebaUserWord, singles: Set<number>): void {
  if (typeof u !== 'object' || u === null || typeof u.word !== 'string' || u.word.length === 0) {
    throw new TypeError(`a jieba user word must be { word: string, freq?: number, tag?: string }, got ${JSON.stringify(u)}`);
  }
  if (u.freq !== undefined && !(Number.isFinite(u.freq) && u.freq > 0)) throw new TypeError(`user word ${u.word}: freq must be a positive number`);
  let tag = 0;
  if (u.tag !== undefined && u.tag !== '') {
    tag = dict.tagNames.indexOf(u.tag);
    if (tag < 0) {
      if (dict.tagNames.length >= 256) throw new TypeError('too many distinct user word tags (at most 255)');
      tag = dict.tagNames.push(u.tag) - 1;
    }
  }
  let node = dict.overlay!;
  for (let i = 0; i < u.word.length; i++) {
    const c = u.word.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) node.next.set(c, (child = { next: new Map(), weight: 0, tag: 0, word: false }));
    node = child;
  }
  node.word = true;
  node.weight = u.freq !== undefined ? Math.log(u.freq / dict.meta.freqSum) : dict.meta.medianWeight;
  node.tag = tag;
  const cp = u.word.codePointAt(0)!;
  if (String.fromCodePoint(cp) === u.word) singles.add(cp);
}

export type { OverlayNode };
