/**
 * Hostile input to the library: wrong arguments are clear TypeErrors, an abort is heard on the
 * calling thread, dates follow one rule, and huge results can be written in pieces.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { analyzeMany } from '../../src/batch/analyzeMany.js';
import { dateProblem } from '../../src/io/date.js';
import { detectEncoding } from '../../src/io/decode.js';
import { jsonChunks } from '../../src/io/jsonChunks.js';
import { decodeDocument, InputTextError } from '../../src/io/readDocument.js';
import { extractQuantities } from '../../src/numbers/index.js';
import { createAnalyzerSync } from '../../src/pipeline/createAnalyzer.js';

const collect = async <T>(it: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe('analyzeMany with a wrong source', () => {
  it.each([[5], [null], [{ text: '增长' }], ['增长17%']])('analyzeMany(%j) is a clear TypeError', async (source) => {
    await expect(collect(analyzeMany(source as never, { workers: 0 }))).rejects.toThrow(/analyzeMany\(\) expects an iterable or async iterable of documents/);
  });
});

describe('analyzeMany with workers: 0 hears its abort signal', () => {
  it('stops soon after a timer aborts, though every document is analysed on this thread', async () => {
    const controller = new AbortController();
    const docs = function* () {
      for (let i = 0; i < 2000; i++) yield '今年廊坊开发区投资增长17%，达到3亿元。'.repeat(10);
    };
    setTimeout(() => controller.abort(), 200);
    const outcomes = await collect(analyzeMany(docs(), { workers: 0, signal: controller.signal, analyzer: { segmenter: 'none' } }));
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.length).toBeLessThan(2000);
    expect(outcomes.every((o) => o.ok)).toBe(true);
  });
});

describe('a custom segmenter that returns the wrong thing', () => {
  it.each([
    ['null', () => null, /segmenter "mine": cut\(\) must return an array of strings, got null/],
    ['a string', (t: string) => t, /cut\(\) must return an array of strings, got string/],
    ['numbers', () => [1, 2], /cut\(\) must return an array of strings, got an array with a non-string word/],
  ])('cut returning %s is a clear TypeError', (_name, cut, message) => {
    const analyzer = createAnalyzerSync({ segmenter: { name: 'mine', cut: cut as never } });
    expect(() => analyzer.analyze('今年增长17%。')).toThrow(message);
  });

  it('a good custom segmenter still works', () => {
    const analyzer = createAnalyzerSync({ segmenter: { name: 'chars', cut: (t) => [...t] } });
    expect(analyzer.analyze('增长17%').tokens.length).toBeGreaterThan(0);
  });
});

describe('dates: analyze() and analyzeMany() accept the same forms, with the same message', () => {
  const analyzer = createAnalyzerSync({ segmenter: 'none' });
  it.each([['2020/4/14'], ['2020年4月14日'], ['2020-04-14T08:00:00Z'], ['2020-04-14']])('%s', async (date) => {
    expect(analyzer.analyze('今年增长17%。', { date }).date).toBe('2020-04-14');
    const [outcome] = await collect(analyzeMany([{ text: '今年增长17%。', date }], { workers: 0, analyzer: { segmenter: 'none' } }));
    expect(outcome).toMatchObject({ ok: true, analysis: { date: '2020-04-14' } });
  });

  it.each([['2020-13-45'], ['2021-02-29'], ['yesterday']])('%s is refused by both, in the same words', async (date) => {
    const message = `date: ${dateProblem(date)}`;
    expect(() => analyzer.analyze('今年', { date })).toThrow(message);
    const [outcome] = await collect(analyzeMany([{ text: '今年', date }], { workers: 0, analyzer: { segmenter: 'none' } }));
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid-date', message } });
  });
});

describe('UTF-16 without a BOM', () => {
  const text = '廊坊开发区综合排名第39位，较2018年度上升14位。\n投资增长17%。';
  it.each([
    ['LE', Buffer.from(text, 'utf16le'), 'utf16le'],
    ['BE', Buffer.from(text, 'utf16le').swap16(), 'utf16be'],
  ])('Chinese text in UTF-16%s is detected, not called binary', (_name, bytes, encoding) => {
    expect(detectEncoding(bytes, 'auto', true)).toEqual({ ok: true, encoding, bomLength: 0 });
    expect(decodeDocument(bytes, 'x.txt')).toBe(text);
  });

  it.each([
    ['UTF-8', Buffer.from(text, 'utf8'), 'utf8'],
    ['GBK', iconv.encode(text, 'gbk'), 'gb18030'],
    ['ASCII', Buffer.from('abcdefghijklmnopqrstuvwxyz'), 'utf8'],
  ])('%s is not mistaken for UTF-16', (_name, bytes, encoding) => {
    expect(detectEncoding(bytes, 'auto', true)).toMatchObject({ ok: true, encoding });
  });

  it('a PNG is still binary', () => {
    expect(() => decodeDocument(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'p.png')).toThrow(InputTextError);
  });
});

describe('18-digit integers', () => {
  it('value is a double rounded to 12 significant digits; text keeps every digit', () => {
    const [q] = extractQuantities('账户余额123456789012345678元');
    expect(q!.text).toBe('123456789012345678元');
    expect(q!.value).toBe(123456789012000000);
    const [safe] = extractQuantities('共9007199254740991元');
    expect(safe!.value).toBe(9007199254740991); // safe integers stay exact
  });
});

describe('jsonChunks writes a huge result in pieces', () => {
  const doc = createAnalyzerSync({ segmenter: 'none' }).analyze('今年廊坊开发区投资增长17%，达到3亿元。\n“十四五”规划：{"a":1}\n'.repeat(40), { id: 'x', date: '2020-04-14' });

  it.each([[0], [2], ['\t']])('the same text as JSON.stringify with indent %j', (indent) => {
    expect([...jsonChunks(doc, indent)].join('')).toBe(JSON.stringify(doc, null, indent));
  });

  it.each([
    [{ a: undefined, b: [undefined, () => 1], c: {}, d: [], e: { f: [{ g: null }] }, h: new Date(0) }],
    [[]],
    ['text'],
    [null],
  ])('edge values: %j', (value) => {
    expect([...jsonChunks(value, 2)].join('')).toBe(JSON.stringify(value, null, 2));
    expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value));
  });

  it('no piece grows with the number of tokens', () => {
    const longest = Math.max(...[...jsonChunks(doc)].map((p) => p.length));
    expect(longest).toBeLessThan(JSON.stringify(doc.text).length + 20); // the text itself is the largest piece
    const pieces = [...jsonChunks({ tokens: doc.tokens })];
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200);
  });
});
