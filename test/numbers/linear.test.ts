import { describe, expect, it } from 'vitest';
import { extractQuantities, parseNumber } from '../../src/numbers/index.js';
import { best } from '../helpers/timing.js';

/**
 * No super-linear work: the cost of a size-8n input must stay near the cost of eight size-n
 * inputs (a quadratic pattern would give 8 times that). Sizes are compared, not absolute
 * times: each measurement is the best of several runs, so a slow machine only scales both.
 */
/**
 * Cost of one size-8n input over the cost of eight size-n inputs: 1 when linear, 8 when
 * quadratic. Eight small runs allocate as much as the large one, so garbage collection and
 * cache effects weigh the same on both sides.
 */
function growth(make: (n: number) => string, n: number): number {
  const small = make(n);
  const large = make(n * 8);
  extractQuantities(large); // warm up
  const a = best(() => {
    for (let k = 0; k < 8; k++) extractQuantities(small);
  });
  const b = best(() => extractQuantities(large));
  return b / Math.max(a, 0.4);
}

const INPUTS: readonly (readonly [string, (n: number) => string])[] = [
  ['digits', (n) => '1'.repeat(n)],
  ['至少 repeated', (n) => '至少'.repeat(n)],
  ['至少 before numbers', (n) => '至少1'.repeat(n)],
  ['Chinese numerals', (n) => '一二三四五六七八九十百千万亿'.repeat(n / 14)],
  ['thousands separators', (n) => '1,000'.repeat(n / 5)],
  ['text without punctuation', (n) => '全区金融机构发放25.9亿元贷款支持企业复工复产增长5%以上'.repeat(n / 30)],
  ['ranges', (n) => '3至'.repeat(n / 2)],
  ['unit words', (n) => '个百分点'.repeat(n / 4)],
  ['万余 repeated', (n) => '万余'.repeat(n / 2)],
  ['一 repeated', (n) => '一'.repeat(n)],
  ['quotes and numbers', (n) => '“1'.repeat(n / 2)],
  ['list markers', (n) => '1、'.repeat(n / 2)],
  ['ranges with units', (n) => '3至5年'.repeat(n / 4)],
];

describe('extractQuantities grows linearly', () => {
  // Retried: on a shared, loaded machine one measurement can be off by the scheduler; a truly
  // quadratic pattern fails every attempt.
  it.each(INPUTS)('%s: 8x the input costs well under 64x the time', { retry: 3 }, (_, make) => {
    expect(growth(make, 12_500)).toBeLessThan(5);
  });

  it('handles 10^5 digits and reports the numeral as not parseable', () => {
    const text = '9'.repeat(100_000);
    expect(extractQuantities(text)).toEqual([]);
    expect(parseNumber(text)).toBeNull();
  });
});
