/**
 * Mentions that look like a name but only refer to a kind of organisation: a generic head with
 * no name before it (警方, 地方政府, 杂货店, 印刷厂). Checked on spans the rules did not produce
 * themselves (the learned recogniser's), with the same word lists the suffix rules use.
 */
import { CompactTrie } from '../dictionary/trie.js';
import type { RuleData } from './ruleData.js';

/**
 * True when `text.slice(start, end)` is a listed non-name, or an organisation suffix with
 * nothing before it but a listed generic word or a trade word (杂货, 印刷) and no name.
 *
 * @example
 * isGenericMention('地方政府要加强监管', 0, 4, loadRuleData()) //=> true
 */
export function isGenericMention(text: string, start: number, end: number, rules: RuleData): boolean {
  const mention = text.slice(start, end);
  if (rules.notNames.has(mention) || rules.generic.has(mention)) return true;
  // the longest organisation suffix that closes the mention
  for (let i = start; i < end; i++) {
    const m = rules.suffixTrie.packedLongestAt(text, i);
    if (m >= 0 && CompactTrie.endOf(m) === end) {
      const spec = rules.suffixes[CompactTrie.valueOf(m)];
      const name = text.slice(start, i);
      if (name === '') return !(spec?.bare ?? false);
      return rules.generic.has(name) || rules.notNames.has(name);
    }
  }
  return false;
}
