import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/numbers/index.js';

/** [input, expected value] — whole numeral strings. */
const NUMERALS: readonly (readonly [string, number])[] = [
  // the examples
  ['两万', 20000],
  ['一千二百万', 12000000],
  ['三点五', 3.5],
  ['九万零四百', 90400],
  ['1.8亿', 180000000],
  ['1,200', 1200],
  ['１７', 17],
  ['三分之一', 0.333333333333],
  ['百分之九十五', 95],
  ['三成', 30],
  ['233,333，333,434.344', 233333333434], // 12 significant digits
  // Chinese numerals
  ['十', 10],
  ['十四', 14],
  ['一十一', 11],
  ['一百零一', 101],
  ['一千零十', 1010],
  ['一万零一百一十一', 10111],
  ['四亿五千六百四十二万零一十五', 456420015],
  ['四十五亿四千零四万', 4540040000],
  ['一亿五千万零六千三百五十五', 150006355],
  ['五兆六十二亿四万五千二', 5006200045200],
  ['二十一万亿', 21000000000000],
  ['四万万', 400000000],
  ['一万万亿', 10000000000000000],
  ['1.8万亿', 1800000000000],
  ['25.9亿', 2590000000],
  ['1.43亿', 143000000],
  ['1200万', 12000000],
  ['3万4000', 34000],
  ['2千零30万', 20300000],
  ['1,100.9亿', 110090000000],
  // abbreviations and spoken forms
  ['一万三', 13000],
  ['两千四百五', 2450],
  ['九十二万四', 924000],
  ['千三', 1300],
  ['半百', 50],
  ['两千三点一', 2300.1],
  ['一七二零', 1720],
  ['一七二零点一', 1720.1],
  ['二〇〇二', 2002],
  ['幺八九', 189],
  ['廿二', 22],
  // 两, 〇, 零, financial forms, traditional
  ['两', 2],
  ['〇', 0],
  ['零点零一', 0.01],
  ['壹佰壹拾壹', 111],
  ['肆佰陸拾', 460],
  ['兩千兩百貳拾二', 2222],
  ['四億五千六百四十二萬零壹十五', 456420015],
  // decimals, signs, exponents
  ['零点五', 0.5],
  ['十点二三三', 10.233],
  ['负三十二', -32],
  ['-10.1万', -101000],
  ['.5', 0.5],
  ['2e5', 200000],
  ['２.７８９０e－１', 0.2789],
  ['2^5', 32],
  ['40k', 40000],
  // vague digits read at their floor
  ['十 余 万', 100000],
  ['二十几万', 200000],
  ['四百多', 400],
  // fractions
  ['五分之一', 0.2],
  ['三百五又三分之一', 350.333333333],
  ['负一又二分之一', -1.5],
  ['３／５', 0.6],
  ['1 ３/5', 1.6],
  ['一百分之二', 0.02],
  // percent words: the value in % (‰ for 千分之)
  ['百分之2.4', 2.4],
  ['百分之十五', 15],
  ['千分之二点四', 2.4],
  ['万分之三', 0.03],
  ['六个百分点', 6],
  ['22%', 22],
  ['七成六', 76],
  ['三成半', 35],
  ['半成', 5],
  ['九折', 90],
  ['75折', 75],
  ['三八折', 38],
  // money amounts as on a cheque
  ['壹拾壹元壹角壹分', 11.11],
  ['伍仟元整', 5000],
  // ordinals
  ['第二百五十', 250],
];

const NOT_NUMERALS: readonly (readonly [string, string])[] = [
  ['', 'empty'],
  ['   ', 'blank'],
  ['万', 'a magnitude alone'],
  ['万万', 'magnitudes alone'],
  ['两两', 'not a numeral'],
  ['二三十', 'vague "twenty or thirty"'],
  ['一流', 'a word'],
  ['一点两', '两 is never a decimal digit'],
  ['十四五', 'a plan name'],
  ['十折', 'no discount'],
  ['1'.repeat(30), 'too large to hold exactly'],
  ['百十一', 'malformed (cn2an: ValueError)'],
  ['10.1万零100', 'malformed (cn2an: ValueError)'],
  ['零点', 'no decimal digits'],
];

describe('parseNumber', () => {
  it.each(NUMERALS)('%s → %d', (input, want) => {
    const got = parseNumber(input);
    expect(got).not.toBeNull();
    expect(got as number).toBeCloseTo(want, 9);
  });

  it.each(NOT_NUMERALS)('%j is no numeral (%s)', (input) => {
    expect(parseNumber(input)).toBeNull();
  });

  it('keeps safe integers exact and rounds the rest to 12 significant digits', () => {
    expect(parseNumber('九千零七万一千九百九十二亿五千四百七十四万零九百九十一')).toBe(9007199254740991);
    expect(parseNumber('四百亿点零五零')).toBe(40000000000.1);
  });

  it('never returns NaN or Infinity', () => {
    for (const s of ['9'.repeat(400), '1e400', '9'.repeat(30) + '亿', '1^-0']) {
      const v = parseNumber(s);
      expect(v === null || Number.isFinite(v)).toBe(true);
    }
  });

  it('rejects a non-string with a TypeError saying what it expected', () => {
    expect(() => parseNumber(12 as unknown as string)).toThrow(TypeError);
    expect(() => parseNumber(null as unknown as string)).toThrow(/expects a string/);
  });
});
