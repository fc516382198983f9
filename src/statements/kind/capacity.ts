import { PREFIX_COMPARATORS } from '../../lexicon/comparators.js';
import { CAPACITY_NOUNS, CAPACITY_USE } from '../../lexicon/cues.js';
import { capacityCues } from '../sentenceScan.js';
import type { Words } from '../words.js';
import { hit, type KindRule } from './types.js';

const capacityNouns = new Set(CAPACITY_NOUNS);
// The last characters of the capacity nouns: a run of words ending in none of them ends in no such noun.
const PUNCT_OR_SPACE = /^[\p{P}\s]+$/u;
const NOUN_ENDS = new Set(CAPACITY_NOUNS.map((n) => n.charCodeAt(n.length - 1)));
const capacityUse = new Set(CAPACITY_USE);
// Counts of items are no capacity: 淘汰落后产能400项 counts items of capacity, it states none.
const ITEM_UNITS = new Set(['项', '个', '家', '处', '条', '批', '次', '类', '种']);
// Shares and growth rates of a capacity are about the capacity (产能增速超过16%, 占…产能的70%).
const OF_CAPACITY = new Set(['增速', '增幅', '增长率', '占比', '比重', '份额', '的']);
// Words between a capacity cue and its number: the bound words (超过, 约, 逾, 突破) and the link
// verbs and totals that are no bound (可达, 合计, 新增, 仅有).
const LINK_BEFORE_NUMBER = new Set([
  ...PREFIX_COMPARATORS.map(([word]) => word),
  ...['可达', '可', '达', '达到', '为', '共', '合计', '总计', '高达', '增加', '新增', '只有', '仅', '仅有', '高', '涉及'],
]);

/**
 * Designed or installed scale: 年产1000台 anywhere before the number in its clause; a generic
 * capacity word (产能, 装机容量, 总库容, 受益人口) right before the number or as the noun right after
 * it (40万吨PP产能); not its use (产能利用率, 开工率) nor counts of items.
 */
export const capacity: KindRule = {
  id: 'cue.capacity',
  decide(c) {
    if (ITEM_UNITS.has(c.quantity.unit)) return null;
    const { words } = c;
    let i = c.qStart - 1;
    while (i >= c.clauseStart && (LINK_BEFORE_NUMBER.has(words.word(i)) || words.pos(i) === 'd')) i--;
    if (i > c.clauseStart && OF_CAPACITY.has(words.word(i)) && capacityNouns.has(words.word(i - 1))) i--;
    if (i >= c.clauseStart && (capacityCues.has(words.word(i)) || capacityNouns.has(words.word(i))) && !usedBefore(words, i, c.clauseStart)) {
      return { kind: 'capacity', cue: hit(words, i) };
    }
    const strong = c.scan.prevCapacity[c.qStart - c.scan.first] ?? -1;
    if (strong >= c.clauseStart) return { kind: 'capacity', cue: hit(words, strong) };
    // 40万吨PP产能, 261万吨新增产能: the capacity noun a few words after the number.
    let joined = '';
    for (let k = c.qEnd; k < Math.min(c.clauseEnd, c.qEnd + 3); k++) {
      const w = words.word(k);
      if (w === '的' || PUNCT_OR_SPACE.test(w)) break;
      joined += w;
      const noun = NOUN_ENDS.has(joined.charCodeAt(joined.length - 1)) ? CAPACITY_NOUNS.find((n) => joined.endsWith(n)) : undefined;
      if (noun) return k + 1 < words.length && capacityUse.has(words.word(k + 1)) ? null : { kind: 'capacity', cue: hit(words, k) };
    }
    return null;
  },
};

/** 落后产能, 失效产能, 淘汰…产能: capacity taken out, or 产能利用率: its use. */
function usedBefore(words: Words, i: number, clauseStart: number): boolean {
  return (i - 1 >= 0 && i - 1 >= clauseStart && capacityUse.has(words.word(i - 1))) || (i + 1 < words.length && capacityUse.has(words.word(i + 1)));
}
