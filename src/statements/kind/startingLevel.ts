import { STARTING_LEVEL, TO_LEVEL } from '../../lexicon/cues.js';
import { hit, type KindRule } from './types.js';

const from = new Set(STARTING_LEVEL);
const toLevel = new Set(TO_LEVEL);

/**
 * 由2.5万元提高至5万元, 将由约83.53%提升至约84.08%: the number after 由 is where the change starts,
 * a level already reached, so a fact whatever cue governs the target after 至.
 */
export const startingLevel: KindRule = {
  id: 'fact.starting-level',
  decide(c) {
    // 由 right before the number, or before a time phrase that dates it (由2017年3季度末的约83.53%).
    let k = c.qStart - 1;
    while (k >= c.clauseStart && k >= c.qStart - 7 && !from.has(c.words.word(k)) && !c.words.pos(k).startsWith('v')) k--;
    if (k < c.clauseStart || k < 0 || k >= c.words.length || !from.has(c.words.word(k))) return null;
    // A change to another level must follow in the clause: 由X…至Y.
    for (let j = c.qEnd; j < Math.min(c.clauseEnd, c.qEnd + 8); j++) {
      const w = c.words.word(j);
      if (toLevel.has(w) || w.endsWith('至') || w.endsWith('到')) return { kind: 'fact', cue: hit(c.words, k) };
    }
    return null;
  },
};
