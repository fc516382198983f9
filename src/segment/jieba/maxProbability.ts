import type { JiebaDictionary, OverlayNode } from './dictionary.js';
import { edgeFilter, hasEdge } from './edgeFilter.js';
import type { SpanBuffer } from './spanBuffer.js';

/**
 * jieba's maximum-probability segmentation of one separator-free run `text[from, to)`, as
 * cppjieba's MPSegment computes it: from the right end, each position takes the word (from the
 * dictionary DAG) that maximises its weight plus the best weight after it. The first candidate
 * is always the single character (its dictionary weight, or the minimum weight when it is no
 * word); longer words replace it only when strictly better, so ties go to the shorter word.
 * Positions are UTF-16 units; a surrogate pair is one character, as cppjieba counts runes.
 */
export class MaxProbability {
  private weight = new Float64Array(256);
  private end = new Int32Array(256);
  private tag = new Int16Array(256);
  // candidates of one position when user words overlay the dictionary
  private candEnd: number[] = [];
  private candWeight: number[] = [];
  private candTag: number[] = [];

  // the trie's edge filter once more than FILTER_AFTER units were cut, else null
  private edges: Int32Array | null = null;
  private seen = 0;

  constructor(private readonly dict: JiebaDictionary) {}

  /** Appends the words of `text[from, to)` to `out`. */
  cut(text: string, from: number, to: number, out: SpanBuffer): void {
    const n = to - from;
    if (n <= 0) return;
    if (this.weight.length < n + 1) this.resize(n + 1);
    const W = this.weight;
    const E = this.end;
    const T = this.tag;
    const { alphabet, trie, weights } = this.dict.tables;
    // The edge filter pays off over a corpus, not over one line: made once this segmenter has
    // cut some text, so a cold start on a short input does not build it.
    if (this.edges === null && (this.seen += n) > FILTER_AFTER) this.edges = edgeFilter(this.dict.tables);
    const edges = this.edges;
    const minWeight = this.dict.meta.minWeight;
    const overlay = this.dict.overlay;
    W[n] = 0;
    for (let i = to - 1; i >= from; i--) {
      const c = text.charCodeAt(i);
      let runeEnd = i + 1;
      // surrogates (one test for both halves; next to no text has them)
      if ((c & 0xf800) === 0xd800) {
        if (c >= 0xdc00) {
          // the low half of a surrogate pair starts no word
          if (i > from && isHigh(text.charCodeAt(i - 1))) continue;
        } else if (i + 1 < to && isLow(text.charCodeAt(i + 1))) {
          runeEnd = i + 2;
        }
      }
      let bestWeight = minWeight + W[runeEnd - from]!;
      let bestEnd = runeEnd;
      let bestTag = -1;
      if (overlay === null) {
        let s = 0;
        for (let j = i; j < to; j++) {
          const code = alphabet[text.charCodeAt(j)]!;
          if (code === 0) break;
          // below the root, most characters continue no word: the filter says so from cache
          if (s !== 0 && edges !== null && !hasEdge(edges, s, code)) break;
          // one slot holds the child's check, base and entry (one cache line per step)
          const t = trie[3 * s]! + code;
          if (trie[3 * t + 1] !== s) break;
          s = t;
          const v = trie[3 * s + 2]!;
          if (v === 0) continue;
          const e = j + 1;
          if (e === runeEnd) {
            bestWeight = weights[v >>> 8]! + W[e - from]!;
            bestTag = v & 0xff;
          } else if (e > runeEnd) {
            const w = weights[v >>> 8]! + W[e - from]!;
            if (w > bestWeight) {
              bestWeight = w;
              bestEnd = e;
              bestTag = v & 0xff;
            }
          }
        }
      } else {
        this.collect(text, i, to, overlay);
        const ends = this.candEnd;
        for (let k = 0; k < ends.length; k++) {
          const e = ends[k]!;
          const w = this.candWeight[k]! + W[e - from]!;
          if (e === runeEnd) {
            bestWeight = w;
            bestTag = this.candTag[k]!;
          } else if (e > runeEnd && w > bestWeight) {
            bestWeight = w;
            bestEnd = e;
            bestTag = this.candTag[k]!;
          }
        }
      }
      W[i - from] = bestWeight;
      E[i - from] = bestEnd;
      T[i - from] = bestTag;
    }
    for (let i = from; i < to; ) {
      const e = E[i - from]!;
      out.push(i, e, T[i - from]!);
      i = e;
    }
  }

  /**
   * The words starting at `i`, ascending by end, where a user word replaces the dictionary's
   * entry for the same string (cppjieba inserts user words into the same trie, last one wins).
   */
  private collect(text: string, i: number, to: number, overlay: OverlayNode): void {
    const ends = this.candEnd;
    const ws = this.candWeight;
    const tags = this.candTag;
    ends.length = 0;
    ws.length = 0;
    tags.length = 0;
    const { alphabet, trie, weights } = this.dict.tables;
    let s = 0;
    let node: OverlayNode | undefined = overlay;
    for (let j = i; j < to && (s >= 0 || node); j++) {
      const unit = text.charCodeAt(j);
      if (s >= 0) {
        const code = alphabet[unit]!;
        const t = code === 0 ? -1 : trie[3 * s]! + code;
        s = t >= 0 && trie[3 * t + 1] === s ? t : -1;
      }
      node = node?.next.get(unit);
      if (node?.word) {
        ends.push(j + 1);
        ws.push(node.weight);
        tags.push(node.tag);
      } else if (s >= 0 && trie[3 * s + 2] !== 0) {
        const v = trie[3 * s + 2]!;
        ends.push(j + 1);
        ws.push(weights[v >>> 8]!);
        tags.push(v & 0xff);
      }
    }
  }

  private resize(size: number): void {
    const cap = Math.max(size, this.weight.length * 2);
    this.weight = new Float64Array(cap);
    this.end = new Int32Array(cap);
    this.tag = new Int16Array(cap);
  }
}

// Units cut before the edge filter is made (its one pass over the trie costs about as much as
// segmenting this much text without it).
const FILTER_AFTER = 20_000;

export function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
export function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
