import { isDisposalJiang, isForecastCue } from '../sentenceScan.js';
import { hit, type KindRule } from './types.js';

const FORWARD_TARGET = new Set(['将', '要', '力争']);

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
      const w = words[i]!;
      if (sawNoun && isForecastCue(words, i)) return { kind: 'forecast', cue: hit(w) };
      if (sawNoun && FORWARD_TARGET.has(w.text) && !(w.text === '将' && isDisposalJiang(words, i, c.clauseEnd))) return { kind: 'target', cue: hit(w) };
      if (w.pos.startsWith('n') || w.pos === 'vn' || w.pos === 'x' || w.pos === 'eng') sawNoun = true;
      else if (w.pos !== 'd' && w.pos !== 'a' && w.pos !== 'b') return null;
    }
    return null;
  },
};
