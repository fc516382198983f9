import { describe, expect, it } from 'vitest';
import { etaSeconds, formatDuration, summaryLine } from '../../src/batch/progress.js';
import { errorLine, jsonLine, csvLines } from '../../src/batch/writers.js';

describe('summaryLine', () => {
  it.each([
    [{ read: 10, analysed: 8, failed: 2, skipped: 0, bytes: 2e6 }, 4, 'errors.jsonl', false, 'zhnews: 10 documents read: 8 analysed, 2 failed (in errors.jsonl), in 4.0 s (2.5 docs/s, 0.50 MB/s)'],
    [{ read: 1, analysed: 1, failed: 0, skipped: 0, bytes: 0 }, 1, null, false, 'zhnews: 1 document read: 1 analysed, 0 failed, in 1.0 s (1.0 docs/s, 0.00 MB/s)'],
    [{ read: 5, analysed: 2, failed: 1, skipped: 2, bytes: 1e6 }, 2, null, true, 'zhnews: interrupted; 5 documents read: 2 analysed, 1 failed (above), 2 skipped (already in the output), in 2.0 s (2.5 docs/s, 0.50 MB/s)'],
  ])('%j', (counts, seconds, errors, interrupted, expected) => {
    expect(summaryLine(counts, seconds, { errors, interrupted })).toBe(expected);
  });
});

describe('writers', () => {
  it.each([
    ['{"id":"a"}', null, '{"id":"a"}\n'],
    ['{"id":"a","statements":[]}', [{ term: '开发区', score: 1.5 }], '{"id":"a","statements":[],"keywords":[{"term":"开发区","score":1.5}]}\n'],
  ])('jsonLine(%s)', (json, keywords, expected) => {
    expect(jsonLine(json, keywords)).toBe(expected);
  });

  it('csvLines keeps line breaks inside quoted cells and appends keywords', () => {
    expect(csvLines([['a', 'x.txt', null, null, '第一行\r\n第二行']], [{ term: '廊坊', score: 1 }, { term: '开发区', score: 1 }])).toBe('a,x.txt,,,"第一行\r\n第二行",廊坊 开发区\n');
  });

  it('errorLine omits an absent line', () => {
    expect(errorLine({ id: 'a.txt', source: 'a.txt', error: { code: 'binary', message: 'binary content' } })).toBe(
      '{"id":"a.txt","source":"a.txt","error":{"code":"binary","message":"binary content"}}\n',
    );
  });
});

describe('progress by documents done', () => {
  it.each([
    [0, 100 as number | null, 10, null as number | null, 'nothing done yet'],
    [2, 100, 10, null, 'too few documents'],
    [3, 1000, 10, null, 'under 2 %'],
    [50, 100, 1, null, 'under 2 s'],
    [50, 200, 10, 30, 'known'],
    [5, null, 10, null, 'no total (JSON Lines)'],
    [3, 3, 5, 0, 'all done'],
  ])('etaSeconds(%d of %j after %d s) = %j: %s', (done, total, elapsed, expected, _why) => {
    expect(etaSeconds(done, total, elapsed)).toBe(expected);
  });

  it.each([
    [0, '0s'],
    [42.4, '42s'],
    [185, '3m05s'],
    [3725, '1h02m'],
  ])('formatDuration(%d) = %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});
