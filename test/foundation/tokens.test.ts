import { describe, expect, it } from 'vitest';
import { createAnalyzerSync } from '../../src/pipeline/createAnalyzer.js';
import { expectSpansValid } from '../helpers/spans.js';

// Both built-in backends must give whole numbers and words; CI builds nodejieba, so a missing
// binding is a failure here, not a skip.
describe.each(['nodejieba', 'node-rs'] as const)('tokens on %s', (backend) => {
  const analyzer = createAnalyzerSync({ segmenter: backend });
  const tokens = (text: string) => analyzer.analyze(text).tokens.map((t) => t.text);

  it.each([
    ['a decimal with its magnitude is one token', '投入至少1.8亿元', ['1.8亿'], ['1', '.', '8']],
    ['a decimal percentage', '增长12.5%', ['12.5%'], ['12', '.5']],
    ['thousands separators', '销售1,200台', ['1,200'], ['1', ',']],
    ['two digits stay together', '前30强', ['30'], ['3', '0']],
    ['full-width digits keep original text', '增长１７％', ['１７％'], ['１', '７']],
    ['a number with 万', '年产1200万人份', ['1200万'], ['1200', '万人']],
    ['ASCII labels stay whole', '5G和COVID-19', ['5G', 'COVID-19'], ['5', 'G']],
    ['ASCII words stay whole', 'NAPA创菱汽车', ['NAPA'], ['NAP']],
    ['year as a time word', '2019年度国家级', ['2019年度'], ['2019']],
  ])('%s', (_name, input, present, absent) => {
    const list = tokens(input);
    for (const p of present) expect(list).toContain(p);
    for (const a of absent) expect(list).not.toContain(a);
    expect(list.join('')).toBe(input);
  });

  it('tags parts of speech', () => {
    const doc = analyzer.analyze('廊坊开发区投入资金');
    expect(doc.tokens.find((t) => t.text === '廊坊')?.pos).toBe('ns');
    expect(doc.tokens.find((t) => t.text === '投入')?.pos).toMatch(/^v/);
    expect(doc.tokens.every((t) => typeof t.pos === 'string' && t.pos.length > 0)).toBe(true);
  });

  it('keeps offsets through lone surrogates, controls and emoji', () => {
    const input = '😀廊坊\ud800开发区\u0000投入\u0007资金👍🏽增长5%\udc00。';
    const doc = analyzer.analyze(input);
    expectSpansValid(input, doc);
    expect(doc.tokens.map((t) => t.text)).toContain('开发区');
  });
});
