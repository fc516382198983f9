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
    while (k > c.clauseStart && (LINKS.has(c.words[k]!.text) || c.words[k]!.pos === 'd')) k--;
    const named = c.words[k];
    if (k >= c.clauseStart && named && EXPECTATION.test(named.text) && k < c.qStart - 1) return { kind: 'forecast', cue: hit(named) };
    const de = c.words[c.qEnd];
    const noun = c.words[c.qEnd + 1];
    if (!de || de.text !== '的' || !noun || c.qEnd + 1 >= c.clauseEnd) return null;
    const kind = KIND_NOUNS_AFTER[noun.text];
    return kind ? { kind, cue: hit(noun) } : null;
  },
};
