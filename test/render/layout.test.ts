import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutMarks, type LayoutEvent, type MarkSpan } from '../../src/render/layout.js';

interface M extends MarkSpan {
  readonly name: string;
}

/** Writes events as `[name.part` / `]name` / text, and checks the elements nest properly. */
function show(text: string, events: readonly LayoutEvent<M>[]): string {
  const stack: M[] = [];
  let out = '';
  for (const e of events) {
    if (e.type === 'text') out += text.slice(e.start, e.end);
    else if (e.type === 'open') {
      stack.push(e.mark);
      out += `[${e.mark.name}${e.part > 0 ? `.${e.part}` : ''}`;
    } else {
      expect(stack.pop(), 'closes the innermost open element').toBe(e.mark);
      out += `]${e.mark.name}`;
    }
  }
  expect(stack).toEqual([]);
  return out;
}

const mark = (name: string, start: number, end: number, order = 0): M => ({ name, start, end, order });

describe('layoutMarks', () => {
  it('keeps disjoint and adjacent marks flat', () => {
    const t = 'abcdef';
    expect(show(t, layoutMarks(t.length, [mark('x', 0, 2), mark('y', 2, 4, 1)]))).toBe('[xab]x[ycd]yef');
  });

  it('nests a mark inside another, longer one outside, and equal spans by order', () => {
    const t = 'abcdef';
    expect(show(t, layoutMarks(t.length, [mark('in', 2, 4, 0), mark('out', 1, 5, 1)]))).toBe('a[outb[incd]ine]outf');
    expect(show(t, layoutMarks(t.length, [mark('s', 1, 3, 1), mark('e', 1, 3, 0)]))).toBe('a[e[sbc]s]edef');
    expect(show(t, layoutMarks(t.length, [mark('a', 0, 6, 0), mark('b', 0, 3, 1), mark('c', 3, 6, 2)]))).toBe('[a[babc]b[cdef]c]a');
  });

  it('splits a crossing mark into parts instead of dropping it', () => {
    const t = 'abcdef';
    expect(show(t, layoutMarks(t.length, [mark('x', 0, 4, 0), mark('y', 2, 6, 1)]))).toBe('[xab[ycd]y]x[y.1ef]y');
  });

  it('covers any text and every mark exactly, for random overlapping marks', () => {
    const arb = fc
      .integer({ min: 1, max: 30 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(
            fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: n })).filter(([a, b]) => a < b),
            { maxLength: 8 },
          ),
        ),
      );
    fc.assert(
      fc.property(arb, ([n, spans]) => {
        const text = 'x'.repeat(n);
        const marks = spans.map(([s, e], i) => mark(`m${i}`, s, e, i));
        const events = layoutMarks(n, marks);
        show(text, events); // nesting
        const covered = new Map<M, number>();
        const open: M[] = [];
        let pos = 0;
        for (const e of events) {
          if (e.type === 'text') {
            expect(e.start).toBe(pos);
            pos = e.end;
            for (const m of open) covered.set(m, (covered.get(m) ?? 0) + e.end - e.start);
            for (const m of marks) {
              const inside = m.start <= e.start && e.end <= m.end;
              expect(open.includes(m), `${m.name} open over [${e.start},${e.end})`).toBe(inside);
            }
          } else if (e.type === 'open') open.push(e.mark);
          else open.splice(open.indexOf(e.mark), 1);
        }
        expect(pos).toBe(n);
        for (const m of marks) expect(covered.get(m)).toBe(m.end - m.start);
      }),
    );
  });
});
