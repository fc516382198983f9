import fc from 'fast-check';
import Nzh from 'nzh';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/numbers/index.js';

// nzh (devDependency) writes numbers in Chinese; parseNumber must read them back exactly.
const cn = Nzh.cn;

/** 二千 → 两千, 二万 → 两万, 二亿 → 两亿: how 2 is usually said before a magnitude. */
const withLiang = (s: string): string => s.replace(/二(?=[千万亿])/g, '两').replace(/^二百/, '两百');

describe('parseNumber round-trips Chinese numerals written by nzh', () => {
  it('integers up to Number.MAX_SAFE_INTEGER (about 10^16)', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(parseNumber(cn.encodeS(n))).toBe(n);
        expect(parseNumber(cn.encodeS(n, { tenMin: false }))).toBe(n);
        expect(parseNumber(cn.encodeB(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('integers of every size, including the 亿亿 and 万亿 forms', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.maxSafeNat(), (digits, seed) => {
        const n = Math.min(seed % 10 ** digits, Number.MAX_SAFE_INTEGER);
        expect(parseNumber(cn.encodeS(n))).toBe(n);
        expect(parseNumber(cn.encodeS(n, { ww: false }))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('decimals', () => {
    fc.assert(
      fc.property(fc.nat({ max: 999_999 }), fc.nat({ max: 999_999 }), (int, frac) => {
        const text = `${int}.${String(frac).padStart(6, '0')}`;
        const n = Number(text);
        expect(parseNumber(cn.encodeS(text))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('the 两 forms (两千, 两万, 两亿)', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(parseNumber(withLiang(cn.encodeS(n)))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('mixed Arabic + 万/亿 forms (1200万, 1.8亿, 25.9亿)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 99_999_999 }), fc.integer({ min: 0, max: 4 }), (m, decimals) => {
        const mantissa = m / 10 ** decimals;
        const wan = parseNumber(`${mantissa}万`);
        const yi = parseNumber(`${mantissa}亿`);
        expect(wan).toBe(Number(`${mantissa}e4`));
        expect(yi).toBe(Number(`${mantissa}e8`));
        expect(parseNumber(`${mantissa}万亿`)).toBe(Number(`${mantissa}e12`));
      }),
      { numRuns: 2000 },
    );
  });
});
