/**
 * The longest organisation suffix starting at each character of a text, looked up once per text:
 * the suffix rules ask at every character and the recogniser's features again at every character
 * of its windows, so both read this table instead of walking the suffix trie twice.
 */
import { CompactTrie } from '../dictionary/trie.js';
import type { RuleData } from './ruleData.js';

/**
 * Per character `i` of `text`: -1 when no suffix starts there, else `index << 8 | length` of the
 * longest one (`index` into `rules.suffixes`; suffixes are shorter than 256). Written into
 * `buffer` when it is long enough (its first `text.length` entries), else into a new array.
 *
 * @example
 * const at = suffixMatches('该公司', loadRuleData());
 * at[0] //=> -1
 * at[1] & 0xff //=> 2 (公司)
 */
export function suffixMatches(text: string, rules: RuleData, buffer?: Int32Array): Int32Array {
  const n = text.length;
  const out = buffer && buffer.length >= n ? buffer : new Int32Array(n);
  const trie = rules.suffixTrie;
  for (let i = 0; i < n; i++) {
    const m = trie.packedLongestAt(text, i);
    out[i] = m < 0 ? -1 : (CompactTrie.valueOf(m) << 8) | (CompactTrie.endOf(m) - i);
  }
  return out;
}

/** The longest suffix at `i` as {@link suffixMatches} writes it, from the table or (without one) the trie. */
export function suffixMatchAt(text: string, rules: RuleData, table: Int32Array | undefined, i: number): number {
  if (table !== undefined) return table[i] as number;
  const m = rules.suffixTrie.packedLongestAt(text, i);
  return m < 0 ? -1 : (CompactTrie.valueOf(m) << 8) | (CompactTrie.endOf(m) - i);
}
