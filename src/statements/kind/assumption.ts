import { DECREASE_VERBS, INCREASE_VERBS } from '../../lexicon/cues.js';
import { hit, type KindRule } from './types.js';

const change = new Set([...INCREASE_VERBS, ...DECREASE_VERBS]);
// Words that open and close an assumed figure: 以仓位60%计算, 按每股10元计.
const ASSUME_OPEN = new Set(['以', '按', '按照', '假设', '假定']);
const ASSUME_CLOSE = new Set(['计算', '计', '测算', '估算', '来算', '算']);

/**
 * Figures an estimate is built on are what-ifs, not observations (news-dev notes: hypothetical
 * quantities in analysts' arithmetic): 以仓位60%计算 (the assumption of the estimate), A股每上升10%
 * (the step of a sensitivity: 每 + a change verb). A forecast.
 */
export const assumption: KindRule = {
  id: 'forecast.assumption',
  decide(c) {
    const { words } = c;
    const before = c.qStart - 1;
    const twoBefore = c.qStart - 2;
    if (twoBefore >= 0 && before < words.length && twoBefore >= c.clauseStart && change.has(words.word(before)) && words.word(twoBefore) === '每') return { kind: 'forecast', cue: hit(words, twoBefore) };
    let open = -1;
    for (let k = c.qStart - 1; k >= Math.max(c.clauseStart, c.qStart - 4); k--) {
      if (ASSUME_OPEN.has(words.word(k))) {
        open = k;
        break;
      }
    }
    if (open < 0) return null;
    for (let k = c.qEnd; k < Math.min(c.clauseEnd, c.qEnd + 3); k++) if (ASSUME_CLOSE.has(words.word(k))) return { kind: 'forecast', cue: hit(words, open) };
    return null;
  },
};
