import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuantities, parseNumber } from '../../src/numbers/index.js';

// Random text over an alphabet dense in numerals, units, bounds and punctuation.
const ALPHABET = [
  ...'0123456789０１２３４５６７８９.,，、-—~至到与和之间',
  ...'零〇一二两三四五六七八九十百千万亿兆点几余多来半第前首位名强翻番成折分',
  ...'元美港欧日年月日天个家项件吨亩公里平方米%％‰倍百分点以上以下以内左右约近超过突破至少不低于',
  ...'“”《》（）()[]〔〕 \n。；：:/／kKGmAB$￥的是在全国排名上升压缩控制',
];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((cs) => cs.join(''));

describe('invariants on random text', () => {
  it('extractQuantities: exact spans, ordered and disjoint, typed values, never NaN/Infinity', () => {
    fc.assert(
      fc.property(text, (t) => {
        const qs = extractQuantities(t);
        let last = 0;
        for (const q of qs) {
          expect(t.slice(q.start, q.end)).toBe(q.text);
          expect(q.start).toBeGreaterThanOrEqual(last);
          expect(q.end).toBeGreaterThan(q.start);
          last = q.end;
          if (q.comparator === 'range') {
            expect(q.value).toBeNull();
            expect(Number.isFinite(q.min) && Number.isFinite(q.max)).toBe(true);
            expect(q.min as number).toBeLessThanOrEqual(q.max as number);
          } else {
            expect(Number.isFinite(q.value)).toBe(true);
            expect(q.min).toBeNull();
            expect(q.max).toBeNull();
          }
          expect(q.change === null || q.change === 'increase').toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('parseNumber: a finite number or null, never a throw', () => {
    fc.assert(
      fc.property(text, (t) => {
        const v = parseNumber(t);
        expect(v === null || Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
