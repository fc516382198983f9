/**
 * Money written without 元 (净利润228.91亿, 被罚60万, 50亿额度): news leaves the currency out when
 * the noun makes it plain. A bare amount of 万 or 亿 whose head noun is a money word becomes
 * money, in the currency named last before it in the paragraph (不到100亿港币…900多亿 → HKD),
 * else CNY; a price per unit named before it in its clause (每平方米年租金29万) is that currency
 * per that unit.
 */
import type { Quantity } from '../core/types.js';
import { MONEY_WORDS } from '../lexicon/cues.js';
import { PER_UNIT_WORDS } from '../lexicon/units.js';
import { type Words } from './words.js';
import { TagClass } from '../segment/tagSet.js';

const moneyWords = [...MONEY_WORDS].sort((a, b) => b.length - a.length);
const MAGNITUDE = /[万亿]$/u;
const hasMoneyWord = (s: string) => moneyWords.some((w) => s.includes(w));

/**
 * True when `q` is a bare amount in 万/亿 (no unit) whose metric, clause or head noun names money.
 * Tokens `[from, to)` of `words` are the ones right after the quantity (its clause, a few words): a noun glued to the
 * amount is what it counts (4386万务工人员 counts people), so it must itself be money (8亿坏账,
 * 50亿生意贷ABS额度); a verb or function word after it (亏176万被罚, 228.91亿下跌至) leaves the
 * decision to the words before.
 *
 * @example
 * isBareMoney(q /* 228.91亿 *\/, '净利228.91亿', '净利', '净利', words, k, k) //=> true
 */
export function isBareMoney(q: Quantity, text: string, metric: string, clause: string, words: Words, from: number, to: number): boolean {
  if (q.unit !== '' || !(MAGNITUDE.test(q.numeral.text) || MAGNITUDE.test(q.unitText))) return false;
  const next = text.charCodeAt(q.end);
  const glued = next >= 0x4e00 && next <= 0x9fff && !NEUTRAL_AFTER.has(text[q.end]!);
  if (glued) {
    const head = headNoun(words, from, to, q.end);
    // 11万亿关口, 3000亿大关: a mark names the level itself, not what is counted.
    if (head !== null && !MARKS.has(head)) return hasMoneyWord(head);
    // A verb or function word follows: the words before decide.
  }
  if (hasMoneyWord(metric) || hasMoneyWord(clause)) return true;
  // 至少24亿的收入: the words after 的 up to the clause's end name the head (jieba may tag 收入 a verb).
  if (text[q.end] === '的') {
    let head = '';
    for (let k = from + 1; k < Math.min(to, from + 4); k++) head += words.word(k);
    return hasMoneyWord(head);
  }
  return false;
}

const MARKS = new Set(['关口', '大关', '关', '水平', '高位', '低位']);

// Words that may follow a bare amount without being its unit: 的, 左右 and the like, verbs of reporting.
const NEUTRAL_AFTER = new Set([...'的，。；、左上以为和及或至到']);

/**
 * The noun phrase glued right after offset `at` (nouns, names, letters: 生意贷ABS额度), or null
 * when the first word there is no noun (a verb, an adverb, 被).
 */
function headNoun(words: Words, from: number, to: number, at: number): string | null {
  let out = '';
  let end = at;
  for (let k = from; k < to; k++) {
    if (words.start(k) !== end || out.length > 10) break;
    if (!HEAD_NOUN.has(words, k)) break;
    out += words.word(k);
    end = words.end(k);
  }
  return out === '' ? null : out;
}

// Nouns, noun-verbs, abbreviations, Latin and unknown words: what a glued head noun is made of.
const HEAD_NOUN = new TagClass((pos) => pos.startsWith('n') || pos === 'eng' || pos === 'x' || pos === 'vn' || pos === 'j');

/** The currency of the last money quantity before `q` in the same paragraph, else CNY. */
export function contextCurrency(previous: readonly Quantity[]): string {
  for (let k = previous.length - 1; k >= 0; k--) if (previous[k]!.unitKind === 'currency') return previous[k]!.unit.split('/')[0]!;
  return 'CNY';
}

const PER_UNIT = new Map<string, string>(PER_UNIT_WORDS);
const PER_BEFORE = new RegExp(`每(${[...PER_UNIT.keys()].sort((a, b) => b.length - a.length).join('|')})`, 'gu');

/**
 * The unit a bare price is given per: 每平方米年租金29万 → 平方米 (spec: prices per area are
 * CNY/平方米; news-dev notes: per ton, ounce, share likewise). The last 每+unit of the clause
 * before the amount, or null.
 *
 * @example
 * perUnitBefore('免税店每平方米年租金') //=> '平方米'
 */
export function perUnitBefore(clause: string): string | null {
  let unit: string | null = null;
  for (const m of clause.matchAll(PER_BEFORE)) unit = PER_UNIT.get(m[1]!) ?? null;
  return unit;
}
