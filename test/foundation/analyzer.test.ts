import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, createAnalyzerSync, type Segmenter } from '../../src/index.js';
import { expectSpansValid } from '../helpers/spans.js';

const seed = readFileSync(new URL('../../fixtures/langfang-development-zone.txt', import.meta.url), 'utf8');

describe('createAnalyzer', () => {
  it('analyses the seed article with every span in the original text', async () => {
    const analyzer = await createAnalyzer();
    const doc = analyzer.analyze(seed, { date: '2020-04-14', id: 'seed' });
    expect(doc.text).toBe(seed);
    expect(doc.id).toBe('seed');
    expect(doc.date).toBe('2020-04-14');
    expect(doc.sentences.length).toBeGreaterThan(80);
    expect(doc.tokens.length).toBeGreaterThan(2000);
    expectSpansValid(seed, doc);
    // the layout break inside “升\n\n位争先工程” is inside one sentence, and the word survives
    const sentence = doc.sentences.find((s) => s.text.includes('升\n\n位争先工程'));
    expect(sentence?.text.endsWith('提供软环境支撑。')).toBe(true);
  });

  it("'auto' is the pure-TypeScript jieba", () => {
    expect(createAnalyzerSync().segmenter).toBe('jieba');
    expect(createAnalyzerSync({ segmenter: 'auto' }).segmenter).toBe('jieba');
  });

  it("'jieba' gives the same tokens as 'nodejieba' on the seed article", () => {
    const words = (segmenter: 'jieba' | 'nodejieba') =>
      createAnalyzerSync({ segmenter })
        .analyze(seed)
        .tokens.map((t) => `${t.start}:${t.end}:${t.pos}`);
    expect(words('jieba')).toEqual(words('nodejieba'));
  });

  it('accepts a custom segmenter and the none segmenter', () => {
    const chars: Segmenter = { name: 'chars', cut: (text) => [...text] };
    const doc = createAnalyzerSync({ segmenter: chars }).analyze('廊坊开发区1.8亿');
    expect(doc.tokens.map((t) => t.text)).toEqual(['廊', '坊', '开', '发', '区', '1.8亿']);
    const none = createAnalyzerSync({ segmenter: 'none' }).analyze('廊坊 ABC 1,200元');
    expect(none.tokens.map((t) => t.text)).toEqual(['廊', '坊', 'ABC', '1,200', '元']);
  });

  it('falls back to characters when a custom segmenter loses text', () => {
    const lossy: Segmenter = { name: 'lossy', cut: (text) => [text.slice(1)] };
    const doc = createAnalyzerSync({ segmenter: lossy }).analyze('廊坊开发区');
    expect(doc.tokens.map((t) => t.text)).toEqual(['廊', '坊', '开', '发', '区']);
  });

  it('loading nodejieba leaves the global object alone', () => {
    const before = new Set(Object.keys(globalThis));
    createAnalyzerSync({ segmenter: 'nodejieba' }).analyze('廊坊开发区');
    expect(Object.keys(globalThis).filter((k) => !before.has(k))).toEqual([]);
  });

  it('two analyzers do not interfere', () => {
    const a = createAnalyzerSync({ segmenter: 'nodejieba' });
    const b = createAnalyzerSync({ segmenter: 'none' });
    const first = a.analyze('廊坊开发区').tokens.length;
    b.analyze('廊坊开发区');
    expect(a.analyze('廊坊开发区').tokens.length).toBe(first);
    expect(Object.isFrozen(a)).toBe(true);
  });
});

describe('bad input', () => {
  const analyzer = createAnalyzerSync({ segmenter: 'node-rs' });

  it.each([[undefined], [null], [42], [{ text: '廊坊' }], [['廊坊']], [Buffer.from('廊坊')]])('rejects %j with a TypeError', (value) => {
    expect(() => analyzer.analyze(value as unknown as string)).toThrow(/expects the text as a string/);
  });

  it.each([['2020-13-45'], ['yesterday'], [20200414]])('rejects the date %j', (date) => {
    expect(() => analyzer.analyze('今年', { date } as never)).toThrow(TypeError);
  });

  it('rejects an unknown segmenter name', () => {
    expect(() => createAnalyzerSync({ segmenter: 'jeiba' as never })).toThrow(/segmenter must be/);
  });

  it.each([[''], ['   '], ['\n\n\t\u3000\r\n'], ['\ufeff\u200b']])('gives empty results for %j', (text) => {
    const doc = analyzer.analyze(text);
    expect(doc.sentences).toEqual([]);
    expect(doc.tokens).toEqual([]);
    expect(doc.entities).toEqual([]);
    expect(doc.quantities).toEqual([]);
    expect(doc.statements).toEqual([]);
  });

  // about 20 s of CPU: the generous timeout keeps a busy machine from failing a test about size, not speed
  it('analyses a 20 MB document', () => {
    const big = seed.repeat(Math.ceil(20e6 / Buffer.byteLength(seed)));
    const doc = analyzer.analyze(big);
    expect(Buffer.byteLength(big)).toBeGreaterThanOrEqual(20e6);
    const last = doc.tokens[doc.tokens.length - 1]!;
    expect(big.slice(last.start, last.end)).toBe(last.text);
    expect(doc.sentences.length).toBeGreaterThan(100_000);
  }, 240_000);

  it('keeps the span invariant on arbitrary strings (property)', () => {
    const pieces = fc.constantFrom('廊坊', '开发区', '１７％', '1.8亿元', '。', '，', ',', '\n', '\r\n', '\n\n', '“', '”', ' ', '\u3000', '\ufeff', '\u200b', '😀', '\ud800', '\udc00', '\u0000', 'ABC', '5G', '2019年', '第39位');
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')));
    fc.assert(
      fc.property(text, (input) => {
        expectSpansValid(input, analyzer.analyze(input));
      }),
      { numRuns: 300 },
    );
  });
});
