import { KIND_NOUNS_AFTER } from '../../lexicon/cues.js';
import { hit, type KindRule } from './types.js';

/**
 * 略低于6.7%的预估, 1000亿元的目标: the noun the number qualifies says what kind of number it is.
 */
export const kindNounAfter: KindRule = {
  id: 'cue.noun-after',
  decide(c) {
    const de = c.words[c.qEnd];
    const noun = c.words[c.qEnd + 1];
    if (!de || de.text !== '的' || !noun || c.qEnd + 1 >= c.clauseEnd) return null;
    const kind = KIND_NOUNS_AFTER[noun.text];
    return kind ? { kind, cue: hit(noun) } : null;
  },
};
