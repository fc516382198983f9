import { describe, expectTypeOf, it } from 'vitest';
import type { Horizon, Quantity, Statement } from '../../src/index.js';

// Compile-time tests: `npm test` runs `tsc --noEmit` over test/, so a wrong narrowing fails the
// build. The runtime part of each case is empty on purpose.
describe('result types narrow on comparator', () => {
  it('a range quantity has numeric bounds and no value', () => {
    expectTypeOf<Extract<Quantity, { comparator: 'range' }>['min']>().toEqualTypeOf<number>();
    expectTypeOf<Extract<Quantity, { comparator: 'range' }>['max']>().toEqualTypeOf<number>();
    expectTypeOf<Extract<Quantity, { comparator: 'range' }>['value']>().toEqualTypeOf<null>();
  });

  it('every other comparator has a numeric value and no bounds', () => {
    const read = (q: Quantity): number => {
      if (q.comparator === 'range') return q.max - q.min;
      expectTypeOf(q.comparator).toEqualTypeOf<'eq' | 'gte' | 'gt' | 'lte' | 'lt' | 'approx'>();
      expectTypeOf(q.min).toEqualTypeOf<null>();
      return q.value; // a number here, with no `!` and no cast
    };
    expectTypeOf(read).returns.toEqualTypeOf<number>();
  });

  it('statements narrow the same way', () => {
    const width = (s: Statement): number | null => {
      if (s.comparator === 'eq') {
        expectTypeOf(s.value).toEqualTypeOf<number>();
        return 0;
      }
      if (s.comparator === 'range') {
        expectTypeOf(s.value).toEqualTypeOf<null>();
        return s.max - s.min;
      }
      return null;
    };
    expectTypeOf(width).parameter(0).toEqualTypeOf<Statement>();
  });

  it('an unchecked value is not a number before narrowing', () => {
    const loose = (q: Quantity): number => {
      // @ts-expect-error value is number | null until the comparator is checked
      return q.value;
    };
    expectTypeOf(loose).toBeFunction();
  });

  it('a horizon keeps its text and optional years', () => {
    expectTypeOf<Horizon['text']>().toEqualTypeOf<string>();
  });
});
