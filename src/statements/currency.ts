/**
 * Money written without 元 (净利润228.91亿, 被罚60万, 50亿额度): news leaves the currency out when
 * the noun makes it plain. A bare amount of 万 or 亿 whose head noun is a money word becomes
 * money, in the currency named last before it in the paragraph (不到100亿港币…900多亿 → HKD),
 * else CNY.
 */
import type { Quantity } from '../core/types.js';
import { MONEY_WORDS } from '../lexicon/cues.js';

const moneyWords = [...MONEY_WORDS].sort((a, b) => b.length - a.length);
const MAGNITUDE = /[万亿]$/u;

/**
 * True when `q` is a bare amount in 万/亿 (no unit) whose metric or surrounding words name money.
 *
 * @example
 * isBareMoney(q /* 228.91亿 *\/, '净利228.91亿', '净利') //=> true
 */
export function isBareMoney(q: Quantity, text: string, metric: string, clause: string): boolean {
  if (q.unit !== '' || !MAGNITUDE.test(q.numeral.text)) return false;
  // A word glued after the number is its unit or noun (199.85万股, 3490万英亩): not money.
  const next = text.charCodeAt(q.end);
  if (next >= 0x4e00 && next <= 0x9fff && !NEUTRAL_AFTER.has(text[q.end]!)) return false;
  return moneyWords.some((w) => metric.includes(w) || clause.includes(w));
}

// Words that may follow a bare amount without being its unit: 的, 左右 and the like, verbs of reporting.
const NEUTRAL_AFTER = new Set([...'的，。；、左上以为和及或至到']);

/** The currency of the last money quantity before `q` in the same paragraph, else CNY. */
export function contextCurrency(previous: readonly Quantity[]): string {
  for (let k = previous.length - 1; k >= 0; k--) if (previous[k]!.unitKind === 'currency') return previous[k]!.unit.split('/')[0]!;
  return 'CNY';
}
