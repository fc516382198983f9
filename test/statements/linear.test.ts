import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzerSync } from '../../src/pipeline/createAnalyzer.js';
import { best } from '../helpers/timing.js';

/**
 * analyze() on the default segmenter (pure-TypeScript jieba) grows linearly on the inputs a hostile caller could send (issue #12): the time for
 * 10^5 characters stays within 15 times the time for 10^4 (a quadratic step gives ~100). Sizes
 * are compared, never wall-clock limits: each figure is the best of a few runs in this process.
 */
const nativeAnalyzer = createAnalyzerSync({ segmenter: 'jieba' });
const characterAnalyzer = createAnalyzerSync({ segmenter: 'none' });
const seed = readFileSync(new URL('../../fixtures/langfang-development-zone.txt', import.meta.url), 'utf8');

/** `unit` repeated up to `n` characters (cut on a whole repetition). */
function fill(unit: string, n: number): string {
  return unit.repeat(Math.max(1, Math.floor(n / unit.length)));
}

/**
 * Time per character of one analysis of ~10^5 characters over that of ten analyses of ~10^4
 * characters, times ten: the growth factor for ten times the text. `fill` cuts on a whole
 * repetition, so the two sizes are not exactly 10^4 and 10^5 (the 5,085-character seed gives
 * one copy against nineteen); dividing by the lengths keeps the factor honest. Both sides run
 * for a similar stretch of wall time, so a busy machine slows them alike.
 */
function growth(make: (n: number) => string, analyzer = nativeAnalyzer): number {
  const small = make(10_000);
  const large = make(100_000);
  analyzer.analyze(large); // warm up the code paths
  const tenSmall = best(() => {
    for (let k = 0; k < 10; k++) analyzer.analyze(small);
  }, 4);
  const oneLarge = best(() => analyzer.analyze(large), 4);
  const perCharLarge = oneLarge / large.length;
  const perCharSmall = Math.max(tenSmall, 1) / (10 * small.length);
  return (10 * perCharLarge) / perCharSmall;
}

const RLM = '\u200f';
const INPUTS: readonly (readonly [string, (n: number) => string])[] = [
  ['ranges of money in one sentence', (n) => fill('1.5亿至2亿元', n)],
  ['百分之 runs', (n) => fill('百分之五', n)],
  ['RTL marks between 增长5%', (n) => fill(`增长${RLM}5%${RLM}`, n)],
  ['emoji between 增长5%', (n) => fill('增长😀5%😀', n)],
  ['many quantities without a quotation mark', (n) => fill('企业增加3家，', n)],
  ['many short sentences', (n) => fill('增长5%。', n)],
  ['the seed article repeated', (n) => fill(seed, n)],
];

describe('analyze() grows linearly (10x the text, at most 15x the time)', () => {
  // A timing ratio carries noise from GC and the scheduler: up to three attempts, as in the
  // numbers growth test. A quadratic step (~100) fails every one.
  it.each(INPUTS)('%s', { retry: 3 }, (_, make) => {
    expect(growth(make)).toBeLessThanOrEqual(15);
  });

  // The native segmenters (@node-rs/jieba, nodejieba) take quadratic time on one long run of
  // digits (cut() alone: 0.3 ms at 10^4, 12 ms at 10^5), a gap of src/segment (issue #13).
  // Numbers and statements are measured here without them.
  it('full-width digit runs (without a native segmenter)', { retry: 3 }, () => {
    expect(growth((n) => fill('１２３４５６７８９０', n), characterAnalyzer)).toBeLessThanOrEqual(15);
  });
});
