import type { Token } from '../core/types.js';

/**
 * Per-character view of a token list: which token covers each character, so rules can ask
 * "is this a token boundary?" in O(1). Built once per `tag()` call.
 */
export interface TokenIndex {
  readonly tokens: readonly Token[];
  /** Token index covering each character, or -1 where the tokens leave a gap (only the first `length` entries are valid). */
  readonly at: Int32Array;
  readonly length: number;
}

/**
 * Indexes tokens by character (into `buffer` when it is long enough). Returns null when there are no tokens (the rules then fall back
 * to character heuristics).
 *
 * @example
 * indexTokens('华为公司', [{ start: 0, end: 2, text: '华为', pos: 'nz' }, { start: 2, end: 4, text: '公司', pos: 'n' }])?.at[3] //=> 1
 */
export function indexTokens(text: string, tokens: readonly Token[], buffer?: Int32Array): TokenIndex | null {
  if (tokens.length === 0) return null;
  const at = buffer && buffer.length >= text.length ? buffer : new Int32Array(text.length);
  // tokens normally tile the text; only fill gaps with -1 when they do not
  let covered = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const start = Math.max(covered, t.start);
    if (start > covered) at.fill(-1, covered, start);
    const end = Math.min(t.end, text.length);
    for (let i = start; i < end; i++) at[i] = k;
    if (end > covered) covered = end;
  }
  if (covered < text.length) at.fill(-1, covered, text.length);
  return { tokens, at, length: text.length };
}

/** True when `offset` is a token boundary (or the tokens do not cover it). */
export function isBoundary(ix: TokenIndex, offset: number): boolean {
  if (offset <= 0 || offset >= ix.length) return true;
  const a = ix.at[offset - 1] as number;
  const b = ix.at[offset] as number;
  return a !== b || a < 0;
}

/**
 * Index of the token covering `offset` in sorted, disjoint tokens (binary search), or -1 when
 * the offset falls in a gap or outside them.
 *
 * @example
 * coveringToken([{ start: 0, end: 2, text: '华为', pos: 'nz' }, { start: 2, end: 4, text: '公司', pos: 'n' }], 3) //=> 1
 */
export function coveringToken(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid] as Token;
    if (t.end <= offset) lo = mid + 1;
    else if (t.start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}
