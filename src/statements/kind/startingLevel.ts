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
    const before = c.words[c.qStart - 1];
    if (!before || !from.has(before.text) || before.end !== c.quantity.start) return null;
    // A change to another level must follow in the clause: 由X…至Y.
    for (let k = c.qEnd; k < Math.min(c.clauseEnd, c.qEnd + 8); k++) {
      const w = c.words[k]!;
      if (toLevel.has(w.text) || w.text.endsWith('至') || w.text.endsWith('到')) return { kind: 'fact', cue: hit(before) };
    }
    return null;
  },
};
