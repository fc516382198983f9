import { hit, type KindRule } from './types.js';

/** The nearest target or fact word before the number in its sentence (计划, 将, 已, 累计…). */
export const nearestCue: KindRule = {
  id: 'cue',
  decide(c) {
    const k = c.scan.prevCue[c.qStart - c.scan.first] ?? -1;
    if (k < 0) return null;
    const kind = c.scan.cueKind[k - c.scan.first];
    return kind ? { kind, cue: hit(c.words, k) } : null;
  },
};
