import type { Token } from '../core/types.js';

/**
 * The segmenter's tokens of one text as parallel typed arrays: token `k` spans
 * `[starts[k], ends[k])` with the tag `tagSet.names[tags[k]]`. The pipeline's `TokenTable`
 * (src/segment/tokenTable.ts) is one, so the entity stage reads the segmenter's arrays as they
 * are, without a token object per word; {@link tokenArraysOf} makes one from token objects.
 */
export interface TokenArrays {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly tags: Int32Array;
  /** Number of tokens (the arrays may be longer). */
  readonly length: number;
  readonly tagSet: { readonly names: readonly string[] };
}

/** Token objects or their arrays: what the entity functions accept. */
export type TokensLike = TokenArrays | readonly Token[];

/** Tag names of token objects, numbered once per process (a few dozen), shared by every {@link tokenArraysOf}. */
const objectTags = { names: [] as string[] };
const objectTagIds = new Map<string, number>();

/**
 * The arrays of token objects (their `pos` numbered in a tag set shared by all such calls).
 *
 * @example
 * tokenArraysOf([{ start: 0, end: 2, text: '华为', pos: 'nz' }]).ends[0] //=> 2
 */
export function tokenArraysOf(tokens: TokensLike): TokenArrays {
  if (!Array.isArray(tokens)) return tokens as TokenArrays;
  const list = tokens as readonly Token[];
  const n = list.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const tags = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const t = list[k] as Token;
    starts[k] = t.start;
    ends[k] = t.end;
    let id = objectTagIds.get(t.pos);
    if (id === undefined) {
      id = objectTags.names.push(t.pos) - 1;
      objectTagIds.set(t.pos, id);
    }
    tags[k] = id;
  }
  return { starts, ends, tags, length: n, tagSet: objectTags };
}

/**
 * Per-character view of the tokens: which token covers each character, so rules can ask "is
 * this a token boundary?" in O(1). Built once per `tag()` call.
 */
export interface TokenIndex {
  /** The text the tokens cut. */
  readonly text: string;
  readonly tokens: TokenArrays;
  /** Token index covering each character, or -1 where the tokens leave a gap (only the first `length` entries are valid). */
  readonly at: Int32Array;
  readonly length: number;
}

/**
 * Indexes tokens by character (into `buffer` when it is long enough). Returns null when there are no tokens (the rules then fall back
 * to character heuristics).
 *
 * @example
 * indexTokens('华为公司', tokenArraysOf([{ start: 0, end: 2, text: '华为', pos: 'nz' }, { start: 2, end: 4, text: '公司', pos: 'n' }]))?.at[3] //=> 1
 */
export function indexTokens(text: string, tokens: TokenArrays, buffer?: Int32Array): TokenIndex | null {
  const count = tokens.length;
  if (count === 0) return null;
  const at = buffer && buffer.length >= text.length ? buffer : new Int32Array(text.length);
  const { starts, ends } = tokens;
  // tokens normally tile the text; only fill gaps with -1 when they do not
  let covered = 0;
  for (let k = 0; k < count; k++) {
    const start = Math.max(covered, starts[k] as number);
    if (start > covered) at.fill(-1, covered, start);
    const end = Math.min(ends[k] as number, text.length);
    for (let i = start; i < end; i++) at[i] = k;
    if (end > covered) covered = end;
  }
  if (covered < text.length) at.fill(-1, covered, text.length);
  return { text, tokens, at, length: text.length };
}

/** The text of token `k` (the characters it covers). */
export function wordOf(ix: TokenIndex, k: number): string {
  return ix.text.slice(ix.tokens.starts[k], ix.tokens.ends[k]);
}

/** True when `offset` is a token boundary (or the tokens do not cover it). */
export function isBoundary(ix: TokenIndex, offset: number): boolean {
  if (offset <= 0 || offset >= ix.length) return true;
  const a = ix.at[offset - 1] as number;
  const b = ix.at[offset] as number;
  return a !== b || a < 0;
}

/**
 * Index of the token whose start (or, with `edge: 'end'`, whose end) is exactly `offset`, by
 * binary search over the sorted arrays; -1 when no token has that edge.
 *
 * @example
 * tokenWithEdge(tokenArraysOf([{ start: 0, end: 2, text: '华为', pos: 'nz' }, { start: 2, end: 4, text: '公司', pos: 'n' }]), 2, 'start') //=> 1
 */
export function tokenWithEdge(tokens: TokenArrays, offset: number, edge: 'start' | 'end'): number {
  const edges = edge === 'start' ? tokens.starts : tokens.ends;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = edges[mid] as number;
    if (at === offset) return mid;
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Index of the token covering `offset` in sorted, disjoint tokens (binary search), or -1 when
 * the offset falls in a gap or outside them.
 *
 * @example
 * coveringToken(tokenArraysOf([{ start: 0, end: 2, text: '华为', pos: 'nz' }, { start: 2, end: 4, text: '公司', pos: 'n' }]), 3) //=> 1
 */
export function coveringToken(tokens: TokenArrays, offset: number): number {
  const { starts, ends } = tokens;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] as number) <= offset) lo = mid + 1;
    else if ((starts[mid] as number) > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * Index of the first token ending after `offset` (tokens sorted and disjoint), `tokens.length` when none does.
 *
 * @example
 * firstTokenEndingAfter(tokenArraysOf([{ start: 0, end: 2, text: '华为', pos: 'nz' }]), 2) //=> 1
 */
export function firstTokenEndingAfter(tokens: TokenArrays, offset: number): number {
  const ends = tokens.ends;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ends[mid] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
