import { SPEAKER_VERBS } from '../../lexicon/cues.js';
import { TagClass } from '../../segment/tagSet.js';
import { hit, type KindRule } from './types.js';

const speakerVerbs = new Set(SPEAKER_VERBS);
// Counts of people or bodies: the ones who can expect or say something.
const WHO_UNITS = new Set(['位', '名', '家', '个', '人', '只']);
const NOUN_OR_ADVERB = new TagClass((pos) => pos.startsWith('n') || pos === 'd');

/**
 * 只有2位预计金价将低于1400美元, 有3位则表示…, 5家机构预计…: a count of the people or bodies who
 * expect or say something counts them, which is observed, whatever they expect: a fact. The
 * count's own noun (机构, 分析师) and adverbs (则, 均) may stand between it and the verb.
 */
export const speakerCount: KindRule = {
  id: 'fact.speakers',
  decide(c) {
    if (!WHO_UNITS.has(c.quantity.unit)) return null;
    const { words } = c;
    for (let i = c.qEnd; i < Math.min(c.clauseEnd, c.qEnd + 4); i++) {
      if (speakerVerbs.has(words.word(i))) return { kind: 'fact', cue: hit(words, i) };
      if (!NOUN_OR_ADVERB.has(words, i)) return null;
    }
    return null;
  },
};
