/**
 * Features of the learned organisation recogniser, one row of hashed feature buckets per
 * character. Training (`scripts/train-orgs.ts`) and tagging call this same function, so the two
 * can never disagree. Templates: characters and character pairs around the position, the rule
 * tagger's own answer (dictionary, alias or suffix rule; begin/inside; type), the position inside
 * the segmenter's token and its POS, whether a place name starts or an organisation suffix ends here.
 */
import type { Entity } from '../../core/types.js';
import { CompactTrie } from '../../dictionary/trie.js';
import type { RuleData } from '../ruleData.js';
import { suffixMatchAt } from '../suffixMatches.js';
import { firstTokenEndingAfter, tokenArraysOf, type TokenArrays, type TokensLike } from '../tokenIndex.js';

/** Feature templates per character (the row width). */
export const FEATURES_PER_CHAR = 13;

/** Labels of the recogniser: outside, begin/inside of an enterprise, begin/inside of an institution (a weight row's width). */
export const LABELS = 5;

/** Mixes a template id and two values into a bucket index below `mask + 1`. */
function bucket(template: number, a: number, b: number, mask: number): number {
  const h = Math.imul((template << 24) ^ a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  return (h ^ (h >>> 15)) & mask;
}

/** Per-character side tables, reused between calls (feature extraction is synchronous). */
interface Scratch {
  rule: Uint8Array;
  /** 1 + (position: 0 begin, 1 middle, 2 end, 3 single) * 4 + min(len, 4) - 1; 0 outside tokens. */
  tokShape: Uint8Array;
  tokPos: Uint16Array;
  prevPos: Uint16Array;
  word: Int32Array;
  placeStart: Uint8Array;
  suffixEnd: Uint8Array;
}
function newScratch(n: number): Scratch {
  return {
    rule: new Uint8Array(n),
    tokShape: new Uint8Array(n),
    tokPos: new Uint16Array(n),
    prevPos: new Uint16Array(n),
    word: new Int32Array(n),
    placeStart: new Uint8Array(n),
    suffixEnd: new Uint8Array(n),
  };
}
let scratch = newScratch(256);

/** A small stable number for a POS tag string (the same whatever tag set numbers it). */
function posCode(pos: string): number {
  let h = 7;
  for (let i = 0; i < pos.length; i++) h = h * 31 + pos.charCodeAt(i);
  return h & 0xffff;
}

/** {@link posCode} of each tag id of the last tag set seen (remade when another comes, or it grew). */
let codeNames: readonly string[] | null = null;
let codeTable = new Uint16Array(0);
function posCodesOf(tokens: TokenArrays): Uint16Array {
  const names = tokens.tagSet.names;
  if (names !== codeNames || codeTable.length !== names.length) {
    codeTable = Uint16Array.from(names, posCode);
    codeNames = names;
  }
  return codeTable;
}

/** Longest suffix of the rule data, so a window looks back only as far as a suffix can start (once per rule data). */
const longestSuffix = new WeakMap<RuleData, number>();
// the rule data of the last call and its answer: every window of a text asks for the same
let lastRules: RuleData | null = null;
let lastLongest = 1;
function longestSuffixOf(rules: RuleData): number {
  if (rules === lastRules) return lastLongest;
  let len = longestSuffix.get(rules);
  if (len === undefined) longestSuffix.set(rules, (len = Math.max(1, ...rules.suffixes.map((s) => s.suffix.length))));
  lastRules = rules;
  lastLongest = len;
  return len;
}

const SOURCE_CODE: Record<Entity['source'], number> = { dictionary: 1, alias: 2, rule: 3, model: 4 };

/** What the rule tagger and the segmenter say about a text, the input of {@link extractFeatures}. */
export interface FeatureInput {
  readonly text: string;
  /** The segmenter's tokens of `text` (may be empty), as objects or arrays. */
  readonly tokens: TokensLike;
  /** The rule tagger's entities of `text`, sorted, not overlapping. */
  readonly ruleEntities: readonly Entity[];
  readonly rules: RuleData;
  /** The text's {@link suffixMatches} when the tagger made them already (else the trie is asked). */
  readonly suffixAt?: Int32Array | undefined;
  /** The index of the token covering each character, -1 in gaps (the tagger's `indexTokens`), else the tokens are searched. */
  readonly tokenAt?: Int32Array | undefined;
}

/**
 * Hashed feature buckets, `FEATURES_PER_CHAR` per character of `input.text[from, to)` (the
 * whole text by default), each below `2 ** bits`. Characters, tokens and rule names outside the
 * range still count as context, so a window sees what the whole text would show it.
 *
 * @example
 * extractFeatures({ text: '海尔集团', tokens: [], ruleEntities: [], rules: loadRuleData() }, 18).length //=> 52
 */
export function extractFeatures(
  input: FeatureInput,
  bits: number,
  out?: Int32Array,
  from = 0,
  to = input.text.length,
  emission?: EmissionSums,
): Int32Array {
  const { text, ruleEntities, rules } = input;
  const tokens = tokenArraysOf(input.tokens);
  const n = text.length;
  const mask = (1 << bits) - 1;
  const F = FEATURES_PER_CHAR;
  const len = to - from;
  const rows = out && out.length >= len * F ? out : new Int32Array(len * F);
  // per-character side information over [lo, hi): the range and one character either side;
  // tables are indexed from lo
  const lo = Math.max(0, from - 1);
  const hi = Math.min(n, to + 1);
  const m = hi - lo;
  if (scratch.rule.length < m) scratch = newScratch(Math.max(m, scratch.rule.length * 2));
  const { rule, tokShape, tokPos, prevPos, word, placeStart, suffixEnd } = scratch;
  // rule: (source * 2 + inside) * 2 + type, +1; 0 = outside. One loop, not seven fill() calls:
  // a window is a few dozen characters, and this runs once per window
  for (let j = 0; j < m; j++) {
    rule[j] = 0;
    tokShape[j] = 0;
    tokPos[j] = 0;
    prevPos[j] = 0;
    word[j] = 0;
    placeStart[j] = 0;
    suffixEnd[j] = 0;
  }
  for (let k = firstEnding(ruleEntities, lo); k < ruleEntities.length; k++) {
    const e = ruleEntities[k] as Entity;
    if (e.start >= hi) break;
    const t = e.type === 'enterprise' ? 0 : 1;
    const s = SOURCE_CODE[e.source];
    for (let i = Math.max(lo, e.start); i < e.end && i < hi; i++) rule[i - lo] = ((s * 2 + (i === e.start ? 0 : 1)) * 2 + t) + 1;
    if (e.end - 1 < hi && e.end - 1 >= lo && e.end > e.start) rule[e.end - 1 - lo] = (rule[e.end - 1 - lo] as number) | 0x80; // last character
  }
  const { starts, ends, tags } = tokens;
  const codes = posCodesOf(tokens);
  // the token covering lo is the first one ending after it (tokens sorted and disjoint)
  const tokenAt = input.tokenAt;
  const k0 = tokenAt !== undefined && lo < n && (tokenAt[lo] as number) >= 0 ? (tokenAt[lo] as number) : firstTokenEndingAfter(tokens, lo);
  let last = k0 > 0 ? (codes[tags[k0 - 1] as number] as number) : 0;
  for (let k = k0; k < tokens.length; k++) {
    const tStart = starts[k] as number;
    const tEnd = ends[k] as number;
    if (tStart >= hi) break;
    const len = tEnd - tStart;
    const code = codes[tags[k] as number] as number;
    let h = 0x811c9dc5;
    for (let i = Math.max(0, tStart); i < tEnd && i < n; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    for (let i = Math.max(lo, tStart); i < tEnd && i < hi; i++) {
      const where = len === 1 ? 3 : i === tStart ? 0 : i === tEnd - 1 ? 2 : 1;
      const j = i - lo;
      tokShape[j] = 1 + where * 4 + Math.min(len, 4) - 1;
      tokPos[j] = code;
      prevPos[j] = last;
      word[j] = h;
    }
    last = code;
  }
  // a suffix that ends inside the range may start before it (at most a few characters)
  const suffixAt = input.suffixAt;
  for (let i = Math.max(0, lo - longestSuffixOf(rules) + 1); i < hi; i++) {
    const s = suffixAt !== undefined ? (suffixAt[i] as number) : suffixMatchAt(text, rules, undefined, i);
    if (s >= 0) {
      const e = i + (s & 0xff) - 1;
      const spec = rules.suffixes[s >> 8];
      if (e >= lo && e < hi && spec) suffixEnd[e - lo] = spec.type === 'none' ? 3 : spec.type === 'enterprise' ? 1 : 2;
    }
    if (i < lo) continue;
    // a place name begins where a word begins (anywhere without tokens)
    const shape = tokShape[i - lo] as number;
    if (tokens.length === 0 || shape === 0 || (shape - 1) >> 2 === 0 || (shape - 1) >> 2 === 3) {
      const p = rules.places.packedLongestAt(text, i);
      if (p >= 0) placeStart[i - lo] = 1 + Math.min(3, CompactTrie.endOf(p) - i - 1);
    }
  }
  // the characters around i slide along (1 before the text, 2 after it)
  let cm2 = from >= 2 ? text.charCodeAt(from - 2) : 1;
  let cm1 = from >= 1 ? text.charCodeAt(from - 1) : 1;
  let c0 = from < n ? text.charCodeAt(from) : 2;
  let cp1 = from + 1 < n ? text.charCodeAt(from + 1) : 2;
  for (let i = from; i < to; i++) {
    const cp2 = i + 2 < n ? text.charCodeAt(i + 2) : 2;
    if (i > from) {
      cm2 = cm1;
      cm1 = c0;
      c0 = cp1;
      cp1 = i + 1 < n ? text.charCodeAt(i + 1) : 2;
    }
    const r = (i - from) * F;
    const j = i - lo;
    rows[r] = bucket(1, c0, 0, mask);
    rows[r + 1] = bucket(2, cm1, 0, mask);
    rows[r + 2] = bucket(3, cp1, 0, mask);
    rows[r + 3] = bucket(6, cm1, c0, mask);
    rows[r + 4] = bucket(7, c0, cp1, mask);
    rows[r + 5] = bucket(8, cm2, cm1, mask);
    rows[r + 6] = bucket(9, cp1, cp2, mask);
    const rt = rule[j] as number;
    const rPrev = i > 0 ? (rule[j - 1] as number) : 0;
    rows[r + 7] = bucket(11, rt, rPrev, mask);
    rows[r + 8] = bucket(12, rt, c0, mask);
    rows[r + 9] = bucket(13, tokShape[j] as number, c0, mask);
    rows[r + 10] = bucket(14, tokPos[j] as number, (tokShape[j] as number) * 0x10000 + (prevPos[j] as number), mask);
    rows[r + 11] = bucket(15, (placeStart[j] as number) * 4 + (suffixEnd[j] as number), (i > 0 ? (suffixEnd[j - 1] as number) : 0) * 8 + (i + 1 < n ? (placeStart[j + 1] as number) : 0), mask);
    rows[r + 12] = bucket(17, word[j] as number, tokShape[j] as number, mask);
    if (emission !== undefined) {
      // the weight reads of this character go out while the next one's features are computed
      // (they mostly miss the cache); the same additions in the same order as decode() makes
      const w = emission.weights;
      const sums = emission.sums;
      let e0 = 0;
      let e1 = 0;
      let e2 = 0;
      let e3 = 0;
      let e4 = 0;
      for (let q = r, end = r + F; q < end; q++) {
        const b = (rows[q] as number) * LABELS;
        e0 += w[b] as number;
        e1 += w[b + 1] as number;
        e2 += w[b + 2] as number;
        e3 += w[b + 3] as number;
        e4 += w[b + 4] as number;
      }
      const o = (i - from) * LABELS;
      sums[o] = e0;
      sums[o + 1] = e1;
      sums[o + 2] = e2;
      sums[o + 3] = e3;
      sums[o + 4] = e4;
    }
  }
  return rows;
}


/**
 * With {@link extractFeatures}: the sum of each label's weights over the character's features,
 * `sums[(i - from) * 5 + label]`, for `decode()` to start from (`sums` at least `5 × (to - from)` long).
 */
export interface EmissionSums {
  readonly weights: Float32Array | Int16Array;
  readonly sums: Float64Array;
}

/** Index of the first span ending after `offset` (spans sorted and disjoint). */
function firstEnding(spans: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as { end: number }).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
