/**
 * Lays out possibly overlapping marked spans as properly nested open/close events, the way
 * HTML needs them. Spans that merely nest stay one element each; a span that crosses another is
 * closed at the crossing and reopened right after it as a continuation part, so no span and no
 * character is ever lost.
 */

/** A span to mark; `order` breaks ties between spans with equal bounds (lower is outer). */
export interface MarkSpan {
  readonly start: number;
  readonly end: number;
  readonly order: number;
}

/** One step of the layout: a run of plain text, or the opening or closing of a mark's element. */
export type LayoutEvent<M extends MarkSpan> =
  | { readonly type: 'text'; readonly start: number; readonly end: number }
  | { readonly type: 'open'; readonly mark: M; readonly part: number }
  | { readonly type: 'close'; readonly mark: M };

/**
 * Turns spans over a text of `length` code units into nested events covering `[0, length)`.
 * `part` counts the elements of one mark from 0; it is above 0 only for a crossing overlap.
 *
 * @example
 * const events = layoutMarks(6, [{ start: 0, end: 4, order: 0 }, { start: 2, end: 6, order: 1 }]);
 * events.map((e) => e.type === 'text' ? `${e.start}-${e.end}` : e.type === 'open' ? `<${e.mark.order}.${e.part}` : `>${e.mark.order}`)
 * //=> ['<0.0', '0-2', '<1.0', '2-4', '>1', '>0', '<1.1', '4-6', '>1']
 */
export function layoutMarks<M extends MarkSpan>(length: number, marks: readonly M[]): LayoutEvent<M>[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const bounds = new Set<number>([0, length]);
  for (const m of sorted) {
    bounds.add(m.start);
    bounds.add(m.end);
  }
  const points = [...bounds].sort((a, b) => a - b);
  const events: LayoutEvent<M>[] = [];
  const stack: { mark: M; part: number }[] = [];
  let next = 0;
  for (let p = 0; p < points.length; p++) {
    const at = points[p]!;
    // Close everything that ends here; anything above it on the stack that goes on is reopened.
    const lowest = stack.findIndex((s) => s.mark.end === at);
    if (lowest >= 0) {
      const popped = stack.splice(lowest);
      for (let i = popped.length - 1; i >= 0; i--) events.push({ type: 'close', mark: popped[i]!.mark });
      for (const s of popped) {
        if (s.mark.end === at) continue;
        const reopened = { mark: s.mark, part: s.part + 1 };
        stack.push(reopened);
        events.push({ type: 'open', ...reopened });
      }
    }
    while (next < sorted.length && sorted[next]!.start === at) {
      const mark = sorted[next++]!;
      stack.push({ mark, part: 0 });
      events.push({ type: 'open', mark, part: 0 });
    }
    const following = points[p + 1];
    if (following !== undefined && following > at) events.push({ type: 'text', start: at, end: following });
  }
  return events;
}
