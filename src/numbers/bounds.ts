/**
 * Words that bound a number (see the comparator table of the numeric-statements spec).
 * Prefix words written right against the number belong to the quantity's span (至少1.8亿元);
 * verbs before it (压缩至20日) set the comparator but stay outside the span.
 */
import type { Comparator } from '../core/types.js';
import * as chars from './chars.js';
import * as trie from './trie.js';
import type { TrieMatch, TrieNode } from './trie.js';

// Module-local copies (see core.ts): no getter call per use under tsx or CJS interop.
const { CHAR_CLASS, C_ARABIC, C_DIGIT, C_MAG, ch } = chars;
const { buildTrie, matchBackward } = trie;
// Code units compared in the readers below (module constants: no call per comparison).
const C_FEN = ch('分');
const C_ZHI = ch('之');

/** A bound word's comparator, or null for a word that only blocks a shorter one (最近). */
export type Bound = Comparator | null;

const PREFIX: readonly (readonly [string, Bound])[] = [
  ['至少', 'gte'], ['最少', 'gte'], ['起码', 'gte'], ['最低', 'gte'], ['不低于', 'gte'], ['不少于', 'gte'], ['不小于', 'gte'],
  ['大于等于', 'gte'], ['大于或等于', 'gte'], ['大于或者等于', 'gte'], ['至少有', 'gte'], ['至少是', 'gte'],
  ['至少为', 'gte'], ['至少达', 'gte'], ['≥', 'gte'], ['>=', 'gte'], ['＞＝', 'gte'],
  ['超过', 'gt'], ['超过了', 'gt'], ['超', 'gt'], ['突破', 'gt'], ['冲破', 'gt'], ['破', 'gt'], ['跌破', 'lt'], ['逾', 'gt'], ['多于', 'gt'], ['高于', 'gt'],
  ['大于', 'gt'], ['>', 'gt'], ['不会低于', 'gte'], ['不得少于', 'gte'], ['不得低于', 'gte'], ['不应低于', 'gte'],
  ['至少在', 'gte'], ['约合', 'approx'], ['最高可达', 'lte'], ['最多可', 'lte'], ['不得超过', 'lte'], ['不应超过', 'lte'],
  ['不超过', 'lte'], ['不高于', 'lte'], ['不多于', 'lte'], ['不大于', 'lte'], ['小于等于', 'lte'], ['小于或等于', 'lte'],
  ['小于或者等于', 'lte'], ['最多', 'lte'], ['至多', 'lte'], ['最多为', 'lte'], ['最多有', 'lte'], ['最高', 'lte'],
  ['≤', 'lte'], ['<=', 'lte'],
  ['低于', 'lt'], ['少于', 'lt'], ['小于', 'lt'], ['不到', 'lt'], ['不足', 'lt'], ['未满', 'lt'], ['<', 'lt'],
  ['近', 'approx'], ['将近', 'approx'], ['接近', 'approx'], ['约', 'approx'], ['大约', 'approx'], ['大概', 'approx'],
  ['约为', 'approx'], ['约有', 'approx'], ['大概有', 'approx'], ['差不多', 'approx'], ['大概是', 'approx'],
  // Words ending in a bound character that are no bound: they block the shorter match.
  ['最近', null], ['附近', null], ['临近', null], ['邻近', null], ['靠近', null], ['通过', null], ['经过', null],
  ['度过', null], ['跨过', null], ['穿过', null], ['走过', null], ['不过', null], ['错过', null], ['看过', null],
  ['想过', null], ['做过', null], ['去过', null], ['见过', null], ['到过', null], ['闯过', null], ['熬过', null],
  ['渡过', null], ['胜过', null], ['改过', null], ['办过', null], ['有过', null], ['用过', null], ['受过', null],
  ['赶超', null], ['制约', null], ['签约', null], ['节约', null], ['集约', null], ['邀约', null], ['预约', null],
  ['履约', null], ['违约', null], ['特约', null], ['公约', null], ['相约', null], ['条约', null], ['合约', null],
  ['打破', null], ['击破', null], ['攻破', null], ['爆破', null], ['识破', null], ['看破', null], ['点破', null],
  ['说破', null], ['道破', null], ['戳破', null], ['划破', null], ['撕破', null], ['刺破', null], ['磨破', null],
  ['新近', null], ['就近', null], ['远近', null], ['亲近', null], ['贴近', null], ['走近', null], ['拉近', null],
];

/** Bound words written right against the number, matched leftwards from it. */
export const PREFIX_BOUNDS: TrieNode<Bound> = buildTrie(PREFIX, true);

const C_SHANG = ch('上');
/** Round numerals that 上 can bound: 上百, 上千, 上万, 上亿 (and 上百万, 上千亿 through them). */
const ROUND_HEADS = new Set([...'百千万亿萬億'].map(ch));

/**
 * The bound word written right before the number at `i`: a word of {@link PREFIX_BOUNDS}, or 上
 * before a round 百/千/万/亿 (上百家, 上千人, 上亿元 → gte: "as many as"). 成百上千 and 成千上万
 * (上 after a numeral) are idioms, and 加上百分之五 is 百分之五 after 加上.
 *
 * @example
 * boundBefore('至少1.8亿元', 2) //=> { at: 0, value: 'gte' }
 * boundBefore('上千人', 1) //=> { at: 0, value: 'gte' }
 */
export function boundBefore(s: string, i: number): TrieMatch<Bound> | null {
  const m = matchBackward(PREFIX_BOUNDS, s, i);
  if (m !== null || s.charCodeAt(i - 1) !== C_SHANG || !ROUND_HEADS.has(s.charCodeAt(i))) return m;
  const b = s.charCodeAt(i - 2);
  const k = CHAR_CLASS[b];
  if (k === C_DIGIT || k === C_MAG || k === C_ARABIC) return null;
  if (s.charCodeAt(i + 1) === C_FEN && s.charCodeAt(i + 2) === C_ZHI) return null;
  return { at: i - 1, value: 'gte' };
}

const VERBS: readonly (readonly [string, Bound])[] = [
  ...['压缩', '缩短', '降', '降低', '下降', '减少', '减', '压减', '压降', '缩减', '压', '回落', '缩小'].flatMap(
    (v) => [
      [`${v}至`, 'lte'],
      [`${v}到`, 'lte'],
    ] as const,
  ),
  ['压缩在', 'lte'], ['控制在', 'lte'], ['控制到', 'lte'], ['限制在', 'lte'], ['限定在', 'lte'], ['保持在', 'eq'],
  ['稳定在', 'eq'],
];

/** Verbs before the number that set a comparator but are not part of the quantity. */
export const VERB_BOUNDS: TrieNode<Bound> = buildTrie(VERBS, true);

const SUFFIX: readonly (readonly [string, Bound])[] = [
  ['以上', 'gte'], ['及以上', 'gte'], ['或以上', 'gte'], ['或者以上', 'gte'], ['或更多', 'gte'], ['或者更多', 'gte'],
  ['以下', 'lte'], ['及以下', 'lte'], ['或以下', 'lte'], ['以内', 'lte'], ['之内', 'lte'], ['之下', 'lt'],
  ['左右', 'approx'], ['上下', 'approx'], ['有余', 'gt'], ['开外', 'gt'], ['多', 'gt'], ['余', 'gt'],
];

/** Bound words right after the number and its unit; they win over any word before it. */
export const SUFFIX_BOUNDS: TrieNode<Bound> = buildTrie(SUFFIX);

/** Connectors of a range: 3至5年, 3-5年, 三到五年, 20~100个. */
export const RANGE_CONNECTORS: ReadonlySet<number> = new Set(
  ['至', '到', '-', '–', '—', '~', '～', '〜', '－'].map((c) => c.charCodeAt(0)),
);

/** Words before 第N / N位 that make it a ranking (全国第一, 上升14位). */
export const RANK_CONTEXT: TrieNode<true> = buildTrie(
  [
    '全国', '全省', '全市', '全球', '世界', '全区', '全县', '全州', '全盟', '全行业', '全网', '排名', '排行', '位居', '居',
    '位列', '名列', '列', '蝉联', '保持', '获得', '夺得', '取得', '跃居', '稳居', '均居', '排', '评为', '获评', '荣获',
    '排在', '排名在', '位次', '跃升至', '上升至', '提升至', '升至', '居于', '处于', '全国各城市',
  ].map((w) => [w, true] as const),
  true,
);

/** Verbs before N位 that make it a move in a ranking (排名上升14位). */
export const RANK_MOVE: TrieNode<true> = buildTrie(
  ['上升', '下降', '提升', '前移', '后移', '跃升', '前进', '后退', '攀升', '下滑', '上升了', '下降了', '提升了', '前进了']
    .map((w) => [w, true] as const),
  true,
);
