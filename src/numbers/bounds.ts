/**
 * Words that bound a number, as tries over the typed tables of `src/lexicon/comparators.ts`
 * (the comparator table of the numeric-statements spec), and the words around rankings.
 * Prefix words written right against the number belong to the quantity's span (至少1.8亿元);
 * verbs before it (压缩至20日) set the comparator but stay outside the span.
 */
import type { Comparator } from '../core/types.js';
import { NOT_COMPARATOR_WORDS, PREFIX_COMPARATORS, RANGE_CONNECTOR_CHARS, SUFFIX_COMPARATORS, VERB_COMPARATORS } from '../lexicon/comparators.js';
import * as chars from './chars.js';
import * as trie from './trie.js';
import type { TrieMatch, Trie } from './trie.js';

// Module-local copies (see core.ts): no getter call per use under tsx or CJS interop.
const { CHAR_CLASS, C_ARABIC, C_DIGIT, C_MAG, ch, codeAt } = chars;
const { buildTrie, matchBackward } = trie;
// Code units compared in the readers below (module constants: no call per comparison).
const C_FEN = ch('分');
const C_ZHI = ch('之');

/** A bound word's comparator, or null for a word that only blocks a shorter one (最近). */
export type Bound = Comparator | null;

// The words are the typed tables of src/lexicon/comparators.ts; here they become tries.
const PREFIX: readonly (readonly [string, Bound])[] = [...PREFIX_COMPARATORS, ...NOT_COMPARATOR_WORDS.map((w) => [w, null] as const)];

/** Bound words written right against the number, matched leftwards from it. */
export const PREFIX_BOUNDS: Trie<Bound> = buildTrie(PREFIX, true);

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
  if (m !== null || codeAt(s, i - 1) !== C_SHANG || !ROUND_HEADS.has(codeAt(s, i))) return m;
  const b = codeAt(s, i - 2);
  const k = CHAR_CLASS[b];
  if (k === C_DIGIT || k === C_MAG || k === C_ARABIC) return null;
  if (codeAt(s, i + 1) === C_FEN && codeAt(s, i + 2) === C_ZHI) return null;
  return { at: i - 1, value: 'gte' };
}


/** Verbs before the number that set a comparator but are not part of the quantity. */
export const VERB_BOUNDS: Trie<Bound> = buildTrie(VERB_COMPARATORS, true);


/** Bound words right after the number and its unit; they win over any word before it. */
export const SUFFIX_BOUNDS: Trie<Bound> = buildTrie(SUFFIX_COMPARATORS);

/** Connectors of a range: 3至5年, 3-5年, 三到五年, 20~100个. */
export const RANGE_CONNECTORS: ReadonlySet<number> = new Set(RANGE_CONNECTOR_CHARS.map((c) => codeAt(c, 0)));
/** Words before 第N / N位 that make it a ranking (全国第一, 上升14位). */
export const RANK_CONTEXT: Trie<true> = buildTrie(
  [
    '全国', '全省', '全市', '全球', '世界', '全区', '全县', '全州', '全盟', '全行业', '全网', '排名', '排行', '位居', '居',
    '位列', '名列', '列', '蝉联', '保持', '获得', '夺得', '取得', '跃居', '稳居', '均居', '排', '评为', '获评', '荣获',
    '排在', '排名在', '位次', '跃升至', '上升至', '提升至', '升至', '居于', '处于', '全国各城市',
    // 排在广东21个地区中的第10: the place within a group named before it.
    '中的', '之中的',
  ].map((w) => [w, true] as const),
  true,
);

/** Verbs before N位 that make it a move in a ranking (排名上升14位). */
export const RANK_MOVE: Trie<true> = buildTrie(
  ['上升', '下降', '提升', '前移', '后移', '跃升', '前进', '后退', '攀升', '下滑', '上升了', '下降了', '提升了', '前进了']
    .map((w) => [w, true] as const),
  true,
);
