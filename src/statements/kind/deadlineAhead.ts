import type { TimeExpression } from '../../time/index.js';
import type { KindContext, KindRule } from './types.js';

/** A deadline ahead (到2025年, 年底前, 明年, 用3年时间) with no sign of completion makes a plan. */
export const deadlineAhead: KindRule = {
  id: 'cue.deadline',
  decide(c) {
    const at = c.qStart < c.words.length ? c.words.start(c.qStart) : c.quantity.start;
    const when = c.times.find((t) => t.end <= at && isAhead(t, c));
    return when ? { kind: 'target', cue: { start: when.start, end: when.end, text: when.text } } : null;
  },
};

function isAhead(t: TimeExpression, c: KindContext): boolean {
  const m = t.meaning;
  if (m.type === 'ahead') return true;
  if (m.type === 'current') return /前$/u.test(t.text); // 年底前, not 全年
  if (m.type === 'relative') return m.offset > 0;
  // 到2025年 is a deadline only when 2025 is still ahead of the article (and not 直到1928年).
  if (m.type === 'year') return c.docYear !== undefined && m.to > c.docYear && !/^直/u.test(c.text.slice(t.start - 1, t.start));
  return false;
}
