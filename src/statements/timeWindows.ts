/**
 * Durations that say when rather than how much: by-when spans (3年内, 未来3个月), since-phrases
 * (十年来, 八年来), windows around an anchor (前11个月, 三年前, 十五年间, 这十年里). They are
 * horizons or plain time words, never statements (spec: "durations vs horizons").
 */
import type { Quantity } from '../core/types.js';
import { WINDOW_FOLLOWERS, WINDOW_LEADERS } from '../lexicon/timeWords.js';

const followers = [...WINDOW_FOLLOWERS].sort((a, b) => b.length - a.length);
const AVERAGES = ['均值', '平均'];
const leaders = [...WINDOW_LEADERS].sort((a, b) => b.length - a.length);

/**
 * True when the duration `q` is a window of time in `text`.
 *
 * @example
 * isTimeWindow(q /* 3年 *\/, '红岭创投三年内清盘') //=> true
 */
export function isTimeWindow(q: Quantity, text: string): boolean {
  if (!q.duration) return false;
  const after = text.slice(q.end, q.end + 2);
  // 高于五年均值的93%: a bound word before the window bounds the number after it, not the window.
  if (followers.some((w) => after.startsWith(w))) return q.comparator === 'eq' || AVERAGES.some((w) => after.startsWith(w));
  if (q.comparator !== 'eq') return false;
  const before = text.slice(Math.max(0, q.start - 2), q.start);
  return leaders.some((w) => before.endsWith(w));
}
