import { KIND_NOUNS_AFTER } from '../../lexicon/cues.js';
import { hit, type KindRule } from './types.js';

const EXPECTATION = /(?:预期|预估|预测)$/u;
const LINKS = new Set(['介于', '为', '是', '在', '达', '达到', '约', '大约', '约为', '分别', '均', '也', '则', '都']);

/**
 * 略低于6.7%的预估, 1000亿元的目标: the noun the number qualifies says what kind of number it is;
 * so does an expectation named as the metric (对白银的预期介于16.25-30.70美元/盎司).
 */
export const kindNounAfter: KindRule = {
  id: 'cue.noun-after',
  decide(c) {
    if (EXPECTATION.test(c.metric)) return { kind: 'forecast', cue: null };
    // 对白银的预期也介于16.25-30.70美元/盎司, 价格预期为…: an expectation named as the noun the
    // number is linked to (only link words and adverbs between) is what the number gives.
    let k = c.qStart - 1;
    while (k > c.clauseStart && (LINKS.has(c.words.word(k)) || c.words.pos(k) === 'd')) k--;
    if (k >= c.clauseStart && k >= 0 && k < c.words.length && EXPECTATION.test(c.words.word(k)) && k < c.qStart - 1) return { kind: 'forecast', cue: hit(c.words, k) };
    const de = c.qEnd;
    const noun = c.qEnd + 1;
    if (noun >= c.words.length || c.words.word(de) !== '的' || c.qEnd + 1 >= c.clauseEnd) return null;
    const kind = KIND_NOUNS_AFTER[c.words.word(noun)];
    return kind ? { kind, cue: hit(c.words, noun) } : null;
  },
};
