import { isDisposalJiang, isForecastCue } from '../sentenceScan.js';
import { TagClass } from '../../segment/tagSet.js';
import { hit, type KindRule } from './types.js';

const FORWARD_TARGET = new Set(['将', '要', '力争']);
// The words of a counted noun phrase: nouns, noun-verbs, unknown and Latin words.
const COUNTED_NOUN = new TagClass((pos) => pos.startsWith('n') || pos === 'vn' || pos === 'x' || pos === 'eng');

/**
 * 4个重点项目即将落地: a cue right after the noun the number counts speaks for the number. Only
 * across that noun phrase: 有3位则表示金价将… (a verb first) and 2位预计… (no noun between, the
 * counted people are the ones who expect) leave the number alone.
 */
export const forwardCue: KindRule = {
  id: 'cue.after-noun',
  decide(c) {
    const { words } = c;
    let sawNoun = false;
    for (let i = c.qEnd; i < Math.min(c.clauseEnd, c.qEnd + 6); i++) {
      if (sawNoun && isForecastCue(words, i)) return { kind: 'forecast', cue: hit(words, i) };
      if (sawNoun && FORWARD_TARGET.has(words.word(i)) && !(words.word(i) === '将' && isDisposalJiang(words, i, c.clauseEnd))) return { kind: 'target', cue: hit(words, i) };
      if (COUNTED_NOUN.has(words, i)) sawNoun = true;
      else if (words.pos(i) !== 'd' && words.pos(i) !== 'a' && words.pos(i) !== 'b') return null;
    }
    return null;
  },
};
