/**
 * Where the learned recogniser runs: only in windows where an organisation name is plausible,
 * not over all text. A name either ends in an organisation suffix (…公司, …研究所, …委员会) or is
 * something the rules or dictionaries already found (北大, a rule name whose edges may be wrong);
 * both are cheap to find, and most news text has neither. A window reaches a name's length to the
 * left of such a trigger and a few characters to the right (a sub-unit after a parent, 北京市体委
 * 场馆处), never over punctuation that closes a clause (a name does not span a comma), and is
 * widened to whole tokens (the recogniser's edges are word edges).
 */
import type { Entity } from '../../core/types.js';
import type { RuleData } from '../ruleData.js';
import { coveringToken, tokenArraysOf, type TokenArrays, type TokensLike } from '../tokenIndex.js';
import { TagClass } from '../../segment/tagSet.js';

/** Characters reached to the left of a word that may end a name: about the longest name before its head. */
const LEFT_OF_HEAD = 12;
/** Characters reached to the left of a found name or a name-like word: a place or parent before it. */
const LEFT_OF_NAME = 4;
/** Characters reached to the right: a short sub-unit (场馆处, 分公司) after a parent name. */
const RIGHT = 3;
/** Longest window decoded at once (its tables grow with it); longer runs are cut. */
const MAX_WINDOW = 1024;

/**
 * Characters that end most organisation names when they end a word: the last characters of the
 * suffix table, and heads it leaves to longer suffixes because alone they are ambiguous (内政部,
 * 社民党, 芝加哥交易所, 中广网, 航天所). Ambiguity is no harm here: they only open a window for the
 * recogniser to decide.
 */
const HEAD_CHARS = '部局厅委办处署司党院所会团队军社报网行厂店馆校台站协联盟组宫';
/** Word classes the segmenter gives organisation names, abbreviations and Latin names (nt, nz, j, eng). */
const NAME_TAGS = new TagClass((pos) => pos === 'nt' || pos === 'nz' || pos === 'j' || pos === 'eng');
/** Nouns (n…): a head only closes a name on a noun. */
const NOUN_TAGS = new TagClass((pos) => pos.charCodeAt(0) === 0x6e);

/** Per rule data, a bitset of the characters that may end a name (built once; 8 KB, so it stays in the cache). */
const headBitsets = new WeakMap<RuleData, Uint32Array>();
function headBitset(rules: RuleData): Uint32Array {
  let bits = headBitsets.get(rules);
  if (!bits) {
    bits = new Uint32Array(2048);
    const set = (c: number): void => {
      (bits as Uint32Array)[c >>> 5] = ((bits as Uint32Array)[c >>> 5] as number) | (1 << (c & 31));
    };
    for (const s of rules.suffixes) if (s.type !== 'none' && s.suffix.length > 0) set(s.suffix.charCodeAt(s.suffix.length - 1));
    for (let i = 0; i < HEAD_CHARS.length; i++) set(HEAD_CHARS.charCodeAt(i));
    headBitsets.set(rules, bits);
  }
  return bits;
}

/** Punctuation and breaks no organisation name spans. */
function isClauseBreak(c: number): boolean {
  return (
    c === 0x3002 || // 。
    c === 0xff0c || // ，
    c === 0x3001 || // 、
    c === 0xff1b || // ；
    c === 0xff1a || // ：
    c === 0xff01 || // ！
    c === 0xff1f || // ？
    c === 0x201c || // “
    c === 0x201d || // ”
    c === 0x300a || // 《
    c === 0x300b || // 》
    c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x22 || // , ; : ! ? "
    c === 0x0a || c === 0x0d
  );
}


/**
 * Adds the window around trigger [s, e) of `text` to `out`, reaching `left` characters left,
 * merging it with the last one (triggers come sorted by start). `at`: the token covering each
 * character (see `indexTokens`), else the tokens are searched.
 */
function addWindow(out: number[], text: string, tokens: TokenArrays, at: Int32Array | undefined, s: number, e: number, left: number): void {
  const n = text.length;
  let from = s;
  while (from > 0 && s - from < left && !isClauseBreak(text.charCodeAt(from - 1))) from--;
  let to = e;
  while (to < n && to - e < RIGHT && !isClauseBreak(text.charCodeAt(to))) to++;
  // one character of context either side, the clause break itself where there is one: the
  // recogniser decides a name's edges against what is outside it
  if (from > 0) from--;
  if (to < n) to++;
  // whole tokens at both ends
  const a = at !== undefined ? (at[from] as number) : coveringToken(tokens, from);
  if (a >= 0) from = tokens.starts[a] as number;
  const b = at !== undefined ? (at[to - 1] as number) : coveringToken(tokens, to - 1);
  if (b >= 0) to = tokens.ends[b] as number;
  const last = out.length - 1;
  const prevTo = last > 0 ? (out[last] as number) : -1;
  if (to <= prevTo) return;
  if (from <= prevTo && to - (out[last - 1] as number) <= MAX_WINDOW) {
    out[last] = to;
    // a head reaches further left than the trigger before it: widen down to the window before
    if (from < (out[last - 1] as number)) out[last - 1] = Math.max(from, last > 2 ? (out[last - 2] as number) : 0);
  } else out.push(Math.max(from, prevTo), to);
}

/**
 * Sorted, disjoint `[from, to)` windows of `text`, flattened (`[from0, to0, from1, to1, …]`).
 * `at`: the index of the token covering each character of `text`, -1 in gaps (the tagger's
 * `indexTokens`), to spare a search per window edge.
 *
 * @example
 * plausibleWindows('今天天气很好，中石油管道等重点项目开工', tokens, ruleEntities, rules)
 * //=> [6, 17] (，中石油管道等重点项: the comma before 中石油 as context, not the weather)
 */
export function plausibleWindows(text: string, tokensLike: TokensLike, ruleEntities: readonly Entity[], rules: RuleData, at?: Int32Array): number[] {
  const tokens = tokenArraysOf(tokensLike);
  const heads = headBitset(rules);
  const names = NAME_TAGS.of(tokens);
  const nouns = NOUN_TAGS.of(tokens);
  const { starts, ends, tags } = tokens;
  const out: number[] = [];
  let k = 0;
  for (let t = 0; t < tokens.length; t++) {
    const start = starts[t] as number;
    const end = ends[t] as number;
    const tag = tags[t] as number;
    // found names starting before this word first, to keep the triggers in order
    for (; k < ruleEntities.length && (ruleEntities[k] as Entity).start <= start; k++) addWindow(out, text, tokens, at, (ruleEntities[k] as Entity).start, (ruleEntities[k] as Entity).end, LEFT_OF_NAME);
    // a head only on a noun that is not a common word (社会, 全部 are no names); the tag first:
    // one byte of a small table rules out most words
    if (nouns[tag] === 1 && isHead(heads, text.charCodeAt(end - 1)) && isUncommon(text.slice(start, end), rules)) addWindow(out, text, tokens, at, start, end, LEFT_OF_HEAD + start - end);
    else if (names[tag] === 1) addWindow(out, text, tokens, at, start, end, LEFT_OF_NAME);
  }
  for (; k < ruleEntities.length; k++) addWindow(out, text, tokens, at, (ruleEntities[k] as Entity).start, (ruleEntities[k] as Entity).end, LEFT_OF_NAME);
  return out;
}

function isHead(heads: Uint32Array, c: number): boolean {
  return ((heads[c >>> 5] as number) & (1 << (c & 31))) !== 0;
}

/** Neither a listed common word nor a listed non-name. */
function isUncommon(word: string, rules: RuleData): boolean {
  return !rules.generic.has(word) && !rules.notNames.has(word);
}
