import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzerSync } from '../../src/pipeline/createAnalyzer.js';
import { agreement } from '../../eval/traditionalAgreement.js';
import { expectSpansValid } from '../helpers/spans.js';

// The seed and its committed opencc-js conversions (fixtures/traditional/, see fixtures/README.md).
const read = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const seed = read('langfang-development-zone.txt');
const analyzer = createAnalyzerSync();
const original = analyzer.analyze(seed, { date: '2020-04-14' });

describe.each(['hk', 'tw'] as const)('the seed in traditional characters (%s)', (variant) => {
  const text = read(`traditional/langfang-development-zone.${variant}.txt`);
  const doc = analyzer.analyze(text, { date: '2020-04-14' });

  it('is detected as traditional, the original as simplified', () => {
    expect(doc.script).toBe('traditional');
    expect(original.script).toBe('simplified');
  });

  it('gives the same statements and entity spans for at least 95% of items', () => {
    const a = agreement(original, doc);
    expect(a.items).toBeGreaterThan(60);
    expect(a.same / a.items, [...a.missing, ...a.extra].join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('points every span into the traditional text, with its own characters', () => {
    expectSpansValid(text, doc);
    expect(doc.text).toBe(text);
  });

  it('keeps the original-script entity text and the dictionary canonical name', () => {
    const byStart = new Map(original.entities.map((e) => [e.start, e]));
    const pairs = doc.entities.map((e) => [e, byStart.get(e.start)] as const).filter(([, o]) => o !== undefined);
    expect(pairs.length).toBeGreaterThan(30);
    for (const [e, o] of pairs) {
      expect(e.canonical).toBe(o!.canonical);
      expect(e.text).toBe(text.slice(e.start, e.end));
    }
    // a name whose characters differ between the scripts
    const langfang = doc.entities.find((e) => e.text.includes('開發區'));
    expect(langfang?.canonical).toContain('开发区');
  });
});
