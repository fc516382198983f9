import type { TokenTable } from './tokenTable.js';
import type { WholeSpan } from './keepWhole.js';

/** Tokens in parallel arrays, as a {@link TokenTable} or the segmenter's scratch buffer holds them. */
export interface TokenArrays {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly tags: ArrayLike<number>;
}

/**
 * {@link keepWhole} on typed arrays: appends tokens `src[lo, hi)` (sorted, disjoint; tags are
 * ids of `out.tagSet`) to `out`, re-cut so that every span of `spans` (sorted, disjoint) is
 * exactly one token with the span's tag; pieces outside a span keep their token's tag. An
 * untouched token records its source index (for `out.origin`); with `skipBlank`, tokens of
 * spaces, tabs and line feeds are left out. No closure or object per token: this runs for
 * every sentence.
 *
 * @example
 * // tokens 1|.|8|亿元 with the span 1.8亿 → 1.8亿|元
 * recut(text, buffer, 0, buffer.length, [{ start: 0, end: 4, pos: 'm' }], table, false);
 */
export function recut(
  text: string,
  src: TokenArrays,
  lo: number,
  hi: number,
  spans: readonly WholeSpan[],
  out: TokenTable,
  skipBlank: boolean,
): void {
  const { starts, ends, tags } = src;
  if (spans.length === 0) {
    // nothing to re-cut (most sentences of prose): a straight copy
    for (let k = lo; k < hi; k++) emit(text, out, skipBlank, starts[k]!, ends[k]!, tags[k]!, k);
    return;
  }
  // The last token emitted, blanks included (a span already emitted is not emitted again).
  let lastStart = -1;
  let lastEnd = -1;
  let s = 0;
  for (let k = lo; k < hi; k++) {
    const ts = starts[k]!;
    const te = ends[k]!;
    while (s < spans.length && spans[s]!.end <= ts) s++;
    const first = spans[s];
    if (first === undefined || first.start >= te) {
      emit(text, out, skipBlank, ts, te, tags[k]!, k); // untouched
      lastStart = ts;
      lastEnd = te;
      continue;
    }
    const tag = tags[k]!;
    let cursor = ts;
    while (cursor < te) {
      const span = spans[s];
      if (span === undefined || span.start >= te) {
        emit(text, out, skipBlank, cursor, te, tag, -1);
        lastStart = cursor;
        lastEnd = te;
        break;
      }
      if (span.start > cursor) {
        emit(text, out, skipBlank, cursor, span.start, tag, -1);
        lastStart = cursor;
        lastEnd = span.start;
        cursor = span.start;
      }
      // cursor is inside the span: emit the span once.
      if (!(lastStart === span.start && lastEnd === span.end)) {
        emit(text, out, skipBlank, span.start, span.end, out.tagSet.idOf(span.pos), -1);
        lastStart = span.start;
        lastEnd = span.end;
      }
      if (span.end >= te) {
        cursor = te;
      } else {
        cursor = span.end;
        s++;
      }
    }
  }
}

function emit(text: string, out: TokenTable, skipBlank: boolean, start: number, end: number, tag: number, from: number): void {
  if (skipBlank && isBlank(text, start, end)) return;
  out.push(start, end, tag, from);
}

/** True when `text[start, end)` is only spaces, tabs and line feeds (the pipeline drops such tokens). */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a) return false;
  }
  return true;
}
