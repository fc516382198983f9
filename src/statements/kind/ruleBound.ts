import { RULE_BOUNDS, RULE_NOUNS } from '../../lexicon/cues.js';
import { WordClasses } from '../words.js';
import { hit, type KindRule } from './types.js';

const ruleBounds = [...RULE_BOUNDS].sort((a, b) => b.length - a.length);
const ruleNouns = RULE_NOUNS;
// Set forms of the lists, and the characters their words start or end with (most numbers and
// metrics have none of them: the lists are not walked for those).
const boundWords = new Set(RULE_BOUNDS);
const nounWords = new WordClasses([[RULE_NOUNS, 1]]);
const BOUND_FIRSTS = new Set(RULE_BOUNDS.map((b) => b.charCodeAt(0)));
const NOUN_LASTS = new Set(RULE_NOUNS.map((n) => n.charCodeAt(n.length - 1)));
const PAST = new Set(['已', '已经', '了', '曾', '曾经']);
// Negated modals before a bound number: 不能超过3年, 不得低于.
const NEGATED_MODALS = new Set(['不能', '不得', '不可', '不应', '不宜', '不准', '不许', '不能够']);

/**
 * Requirements of rules, contracts and commitments: a number bounded by 不超过/不低于/不少于
 * (written in the quantity or right before it), or measured by a limit noun (阈值, 门槛, 上限), is
 * what must hold, not what happened: a target. A completion word before it (已) keeps it a fact.
 */
export const ruleBound: KindRule = {
  id: 'cue.rule',
  decide(c) {
    const { words, quantity } = c;
    for (let k = c.qStart - 1; k >= Math.max(c.clauseStart, c.qStart - 4); k--) if (PAST.has(words.word(k))) return null;
    const own = BOUND_FIRSTS.has(quantity.text.charCodeAt(0)) ? ruleBounds.find((b) => quantity.text.startsWith(b)) : undefined;
    if (own) return { kind: 'target', cue: { start: quantity.start, end: quantity.start + own.length, text: own } };
    const before = c.qStart - 1;
    if (before >= 0 && before < words.length && words.end(before) === quantity.start && (boundWords.has(words.word(before)) || NEGATED_MODALS.has(words.word(before)))) return { kind: 'target', cue: hit(words, before) };
    const noun = NOUN_LASTS.has(c.metric.charCodeAt(c.metric.length - 1)) ? ruleNouns.find((n) => c.metric.endsWith(n)) : undefined;
    if (noun) return { kind: 'target', cue: null };
    // 上限设定为90亿元, 门槛为100万元: a limit noun just before the number sets it (jieba may tag 上限 a verb,
    // so the metric does not always end in it).
    for (let k = c.qStart - 1; k >= Math.max(c.clauseStart, c.qStart - 4); k--) if (nounWords.has(words, k)) return { kind: 'target', cue: hit(words, k) };
    return null;
  },
};
