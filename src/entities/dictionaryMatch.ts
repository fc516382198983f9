/**
 * Dictionary hits of a text: at each token start (or each position without tokens), the longest
 * name or alias over all layers, later layers winning ties.
 */
import { hitOf, type CompiledDictionary } from '../dictionary/compile.js';
import { CompactTrie } from '../dictionary/trie.js';
import type { Candidate } from './candidate.js';
import type { TokenIndex } from './tokenIndex.js';

/** A compiled layer and the entries of it hidden by `withoutEntries` (null: none). */
export interface Layer {
  readonly dict: CompiledDictionary;
  readonly hidden: ReadonlySet<number> | null;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function dictionaryCandidates(text: string, ix: TokenIndex | null, layers: readonly Layer[]): Candidate[] {
  const out: Candidate[] = [];
  const n = text.length;
  const segments = ix ? ix.at : undefined;
  // with tokens, a name starts where a token starts (北京大学 is not inside 在北京大学生中), so
  // only token starts are tried; without tokens, every position
  const starts = ix ? ix.tokens.starts : null;
  const count = ix ? ix.tokens.length : n;
  for (let k = 0; k < count; k++) {
    const i = starts ? (starts[k] as number) : k;
    if (i < 0 || i >= n || (starts && k > 0 && starts[k - 1] === i)) continue;
    let bestEnd = -1;
    let bestLayer = -1;
    let bestPayload = -1;
    for (let l = 0; l < layers.length; l++) {
      const layer = layers[l] as Layer;
      let m = layer.dict.trie.packedLongestAt(text, i, segments);
      if (m >= 0 && layer.hidden !== null && layer.hidden.has(CompactTrie.valueOf(m) >> 1)) {
        // the longest key here is hidden (withoutEntries): the longest one that is not
        const all: number[] = [];
        layer.dict.trie.packedMatchesAt(text, i, segments, all);
        m = -1;
        for (let k = all.length - 1; k >= 0; k--) {
          if (!layer.hidden.has(CompactTrie.valueOf(all[k] as number) >> 1)) {
            m = all[k] as number;
            break;
          }
        }
      }
      if (m >= 0 && CompactTrie.endOf(m) >= bestEnd) {
        bestEnd = CompactTrie.endOf(m);
        bestLayer = l;
        bestPayload = CompactTrie.valueOf(m);
      }
    }
    // (with tokens the walk only accepts names ending where a token ends: 联通 in 互联通信 is not 联通)
    if (bestLayer < 0) continue;
    // Latin names are whole words: EA is not in idea
    if ((isAsciiAlnum(text.charCodeAt(i)) && isAsciiAlnum(text.charCodeAt(i - 1))) || (isAsciiAlnum(text.charCodeAt(bestEnd - 1)) && isAsciiAlnum(text.charCodeAt(bestEnd)))) continue;
    const hit = hitOf((layers[bestLayer] as Layer).dict, bestPayload, bestEnd);
    const c: { -readonly [K in keyof Candidate]: Candidate[K] } = {
      start: i,
      end: bestEnd,
      type: hit.type,
      subtype: hit.subtype,
      canonical: hit.canonical,
      source: hit.alias ? 'alias' : 'dictionary',
    };
    // optional keys only when present, assigned rather than spread (one object per hit)
    if (hit.id !== undefined) c.id = hit.id;
    if (hit.context !== undefined) c.context = hit.context;
    out.push(c);
  }
  return out;
}

