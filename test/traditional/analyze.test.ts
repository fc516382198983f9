import { describe, expect, it } from 'vitest';
import { createAnalyzerSync } from '../../src/pipeline/createAnalyzer.js';
import { expectSpansValid } from '../helpers/spans.js';

const analyzer = createAnalyzerSync();

describe('analyze() script option', () => {
  const text = '鴻海精密工業股份有限公司公布，營收年減7.38%。';

  it('auto detects traditional text and reports it', () => {
    const doc = analyzer.analyze(text);
    expect(doc.script).toBe('traditional');
    expect(doc.entities[0]).toMatchObject({ text: '鴻海精密工業股份有限公司', canonical: '鸿海精密工业股份有限公司', start: 0, end: 12 });
    expect(doc.statements.map((s) => [s.value, s.unit, s.change, s.text])).toEqual([[7.38, '%', 'decrease', '7.38%']]);
    expectSpansValid(text, doc);
  });

  it("'simplified' analyses the text as written (the traditional name is then not known)", () => {
    const doc = analyzer.analyze(text, { script: 'simplified' });
    expect(doc.script).toBe('simplified');
    expect(doc.entities.some((e) => e.canonical === '鸿海精密工业股份有限公司' && e.source === 'dictionary')).toBe(false);
  });

  it("'traditional' converts even when detection would not", () => {
    // mostly shared characters with one traditional form: auto keeps it simplified
    const mixed = '长江和记实业有限公司与腾讯控股公司，集團营收1000亿元';
    expect(analyzer.analyze(mixed).script).toBe('simplified');
    const doc = analyzer.analyze(mixed, { script: 'traditional' });
    expect(doc.script).toBe('traditional');
    expectSpansValid(mixed, doc);
  });

  it('simplified text gives the same result with auto and simplified', () => {
    const simple = '台积电1月营收为2157.85亿元，同比增长7.9%。';
    const a = analyzer.analyze(simple);
    const b = analyzer.analyze(simple, { script: 'simplified' });
    expect(a).toEqual(b);
    expect(a.script).toBe('simplified');
  });

  it.each([['hant'], [''], [1], [null]])('rejects script %j with a TypeError', (script) => {
    expect(() => analyzer.analyze(text, { script } as never)).toThrow(/script must be 'auto', 'simplified' or 'traditional'/);
  });

  it('an empty or non-Han text is simplified with nothing found', () => {
    expect(analyzer.analyze('').script).toBe('simplified');
    expect(analyzer.analyze('Revenue up 7.9%', { script: 'traditional' }).entities).toEqual([]);
  });
});
