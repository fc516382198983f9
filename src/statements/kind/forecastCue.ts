import { STRONG_TARGET_CUES } from '../../lexicon/cues.js';
import { hit, type KindRule } from './types.js';

const strongTarget = new Set(STRONG_TARGET_CUES);
// Aspect words of completion; 去年 or 同比 name a comparison base, they do not report the number.
const COMPLETION = new Set(['了', '已', '已经', '曾', '曾经', '实现了', '达到了']);

/**
 * 预计, 有望, 料, 机构认为…将: an expectation earlier in the sentence governs the numbers after it
 * (also a later 将), unless a commitment (力争, 确保, 目标) stands closer to the number.
 */
export const forecastCue: KindRule = {
  id: 'cue.forecast',
  decide(c) {
    const k = c.qStart - c.scan.first;
    const f = c.scan.prevForecast[k] ?? -1;
    if (f < 0) return null;
    const nearest = c.scan.prevCue[k] ?? -1;
    if (nearest > f && c.scan.cueKind[nearest - c.scan.first] === 'target' && strongTarget.has(c.words.word(nearest))) return null;
    // 预期产量的下降…，去年巴西单产达到了3.36吨: a completion word in the number's own clause reports a fact.
    if (nearest > f && nearest >= c.clauseStart && COMPLETION.has(c.words.word(nearest))) return null;
    return { kind: 'forecast', cue: hit(c.words, f) };
  },
};
