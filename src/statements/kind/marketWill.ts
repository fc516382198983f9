import { MARKET_MEASURES } from '../../lexicon/cues.js';
import { hit, type KindRule } from './types.js';

const WILL = new Set(['将', '会', '将会', '要', '将要']);
const measures = [...MARKET_MEASURES].sort((a, b) => b.length - a.length);

/**
 * 黄金价格将涨至1460美元, 开工率将回升: 将 said of a market measure (a price, a rate, an output)
 * is an expectation, not anybody's plan: a forecast.
 */
export const marketWill: KindRule = {
  id: 'cue.market-will',
  decide(c) {
    const k = c.scan.prevCue[c.qStart - c.scan.first] ?? -1;
    if (k < 0 || !WILL.has(c.words.word(k))) return null;
    // The measure is the subject of 将: the words right before it, or the metric of the number.
    const subject = c.text.slice(c.words.start(Math.max(c.scan.first, k - 3)), c.words.start(k));
    // The metric speaks for the subject only when no agent stands between it and 将 (其他单位以5700元/平米的价格回购 is a plan of 市住建委).
    const before = c.text.slice(c.words.start(c.clauseStart), c.words.start(k));
    const isMarket = measures.some((m) => subject.endsWith(m) || subject.includes(m + '将') || (c.metric.endsWith(m) && before.includes(m)));
    return isMarket ? { kind: 'forecast', cue: hit(c.words, k) } : null;
  },
};
