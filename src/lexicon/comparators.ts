/**
 * Comparator words of the numeric-statements spec (its comparator table and "News, legal and
 * business text"): the words that bound a number, where they stand, and the comparator each
 * gives. Read by numbers (its bound tries) and by statements and the tests, so that a bound word
 * has one meaning everywhere.
 *
 * - prefix words stand right before the number and belong to the quantity's span (至少1.8亿元);
 * - verbs stand before it and set the comparator but stay outside the span (压缩至20日);
 * - suffix words follow the number and its unit (5年以上, 3个月左右) and win over a prefix word.
 */
import type { Comparator } from '../core/types.js';

/** The comparator a bound word gives: any but `range`, which needs two numbers. */
export type BoundComparator = Exclude<Comparator, 'range'>;

/** Bound words written right before the number, part of the quantity's span. */
export const PREFIX_COMPARATORS: readonly (readonly [string, BoundComparator])[] = [
  ['至少', 'gte'], ['最少', 'gte'], ['起码', 'gte'], ['最低', 'gte'], ['不低于', 'gte'], ['不少于', 'gte'], ['不小于', 'gte'],
  ['大于等于', 'gte'], ['大于或等于', 'gte'], ['大于或者等于', 'gte'], ['至少有', 'gte'], ['至少是', 'gte'],
  ['至少为', 'gte'], ['至少达', 'gte'], ['≥', 'gte'], ['>=', 'gte'], ['＞＝', 'gte'],
  // Market news: 站稳11万亿关口, 站稳3000点 (holds at or above the mark; news-dev notes).
  ['站稳', 'gte'], ['站上', 'gte'],
  ['超过', 'gt'], ['超过了', 'gt'], ['超', 'gt'], ['突破', 'gt'], ['冲破', 'gt'], ['破', 'gt'], ['跌破', 'lt'], ['逾', 'gt'], ['多于', 'gt'], ['高于', 'gt'],
  ['大于', 'gt'], ['>', 'gt'], ['不会低于', 'gte'], ['不得少于', 'gte'], ['不得低于', 'gte'], ['不应低于', 'gte'],
  ['至少在', 'gte'], ['约合', 'approx'], ['最高可达', 'lte'], ['最多可', 'lte'], ['不得超过', 'lte'], ['不应超过', 'lte'],
  ['不超过', 'lte'], ['不高于', 'lte'], ['不多于', 'lte'], ['不大于', 'lte'], ['小于等于', 'lte'], ['小于或等于', 'lte'],
  ['小于或者等于', 'lte'], ['最多', 'lte'], ['至多', 'lte'], ['最多为', 'lte'], ['最多有', 'lte'], ['最高', 'lte'],
  ['≤', 'lte'], ['<=', 'lte'],
  ['低于', 'lt'], ['少于', 'lt'], ['小于', 'lt'], ['不到', 'lt'], ['不足', 'lt'], ['未满', 'lt'], ['<', 'lt'],
  ['近', 'approx'], ['将近', 'approx'], ['接近', 'approx'], ['约', 'approx'], ['大约', 'approx'], ['大概', 'approx'],
  ['约为', 'approx'], ['约有', 'approx'], ['大概有', 'approx'], ['差不多', 'approx'], ['大概是', 'approx'],
];

/**
 * Words that end like a prefix bound word but bound nothing (最近 is no 近, 通过 no 过, 打破 no 破):
 * they block the shorter match. Each ends with the last character of a prefix word.
 */
export const NOT_COMPARATOR_WORDS: readonly string[] = [
  '最近', '附近', '临近', '邻近', '靠近', '通过', '经过', '度过', '跨过', '穿过', '走过', '不过', '错过', '看过',
  '想过', '做过', '去过', '见过', '到过', '闯过', '熬过', '渡过', '胜过', '改过', '办过', '有过', '用过', '受过',
  '赶超', '制约', '签约', '节约', '集约', '邀约', '预约', '履约', '违约', '特约', '公约', '相约', '条约', '合约',
  '打破', '击破', '攻破', '爆破', '识破', '看破', '点破', '说破', '道破', '戳破', '划破', '撕破', '刺破', '磨破',
  '新近', '就近', '远近', '亲近', '贴近', '走近', '拉近',
];

/** Verbs of reduction that bound the level they reduce to (压缩至, 降到): an upper bound. */
export const REDUCE_VERBS: readonly string[] = ['压缩', '缩短', '降', '降低', '下降', '减少', '减', '压减', '压降', '缩减', '压', '回落', '缩小'];

/** Verbs before the number that set a comparator but are not part of the quantity. */
export const VERB_COMPARATORS: readonly (readonly [string, BoundComparator])[] = [
  ...REDUCE_VERBS.flatMap((v) => [[`${v}至`, 'lte'], [`${v}到`, 'lte']] as const),
  ['压缩在', 'lte'], ['控制在', 'lte'], ['控制到', 'lte'], ['限制在', 'lte'], ['限定在', 'lte'], ['保持在', 'eq'],
  ['稳定在', 'eq'],
];

/** Bound words right after the number and its unit; they win over any word before it. */
export const SUFFIX_COMPARATORS: readonly (readonly [string, BoundComparator])[] = [
  ['以上', 'gte'], ['及以上', 'gte'], ['或以上', 'gte'], ['或者以上', 'gte'], ['或更多', 'gte'], ['或者更多', 'gte'],
  ['以下', 'lte'], ['及以下', 'lte'], ['或以下', 'lte'], ['以内', 'lte'], ['之内', 'lte'], ['之下', 'lt'],
  ['左右', 'approx'], ['上下', 'approx'], ['有余', 'gt'], ['开外', 'gt'], ['多', 'gt'], ['余', 'gt'],
];

/** Connectors of a range between two numbers: 3至5年, 3-5年, 三到五年, 20~100个. */
export const RANGE_CONNECTOR_CHARS: readonly string[] = ['至', '到', '-', '–', '—', '~', '～', '〜', '－'];
