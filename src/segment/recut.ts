import { isBlank, type TokenArrays, type TokenTable } from './tokenTable.js';
import type { WholeSpan } from './keepWhole.js';
import { SpanBuffer } from './jieba/spanBuffer.js';

export { isBlank, type TokenArrays } from './tokenTable.js';

// The spans of one recut() call as arrays (recut is synchronous and never re-entered).
const spanScratch = new SpanBuffer(16);

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
  spanScratch.clear();
  for (const span of spans) spanScratch.push(span.start, span.end, out.tagSet.idOf(span.pos));
  recutSpans(text, src, lo, hi, spanScratch, spanScratch.length, out, skipBlank);
}

/**
 * {@link recut} with the spans as arrays too: `spans[0, count)`, each tag an id of `out.tagSet`.
 *
 * @example
 * recutSpans(text, buffer, 0, buffer.length, atoms, atoms.length, table, true);
 */
export function recutSpans(
  text: string,
  src: TokenArrays,
  lo: number,
  hi: number,
  spans: TokenArrays,
  count: number,
  out: TokenTable,
  skipBlank: boolean,
): void {
  if (count === 0) {
    // nothing to re-cut (most sentences of prose): a straight copy
    out.copyFrom(src, lo, hi, skipBlank);
    return;
  }
  const { starts, ends, tags } = src;
  const spanStarts = spans.starts;
  const spanEnds = spans.ends;
  // The last token emitted, blanks included (a span already emitted is not emitted again).
  let lastStart = -1;
  let lastEnd = -1;
  let s = 0;
  for (let k = lo; k < hi; k++) {
    const ts = starts[k]!;
    const te = ends[k]!;
    while (s < count && spanEnds[s]! <= ts) s++;
    if (s === count || spanStarts[s]! >= te) {
      emit(text, out, skipBlank, ts, te, tags[k]!, k); // untouched
      lastStart = ts;
      lastEnd = te;
      continue;
    }
    const tag = tags[k]!;
    let cursor = ts;
    while (cursor < te) {
      if (s === count || spanStarts[s]! >= te) {
        emit(text, out, skipBlank, cursor, te, tag, -1);
        lastStart = cursor;
        lastEnd = te;
        break;
      }
      const spanStart = spanStarts[s]!;
      const spanEnd = spanEnds[s]!;
      if (spanStart > cursor) {
        emit(text, out, skipBlank, cursor, spanStart, tag, -1);
        lastStart = cursor;
        lastEnd = spanStart;
        cursor = spanStart;
      }
      // cursor is inside the span: emit the span once.
      if (!(lastStart === spanStart && lastEnd === spanEnd)) {
        emit(text, out, skipBlank, spanStart, spanEnd, spans.tags[s]!, -1);
        lastStart = spanStart;
        lastEnd = spanEnd;
      }
      if (spanEnd >= te) {
        cursor = te;
      } else {
        cursor = spanEnd;
        s++;
      }
    }
  }
}

function emit(text: string, out: TokenTable, skipBlank: boolean, start: number, end: number, tag: number, from: number): void {
  if (skipBlank && isBlank(text, start, end)) return;
  out.push(start, end, tag, from);
}
