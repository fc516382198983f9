import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/core/types.js';
import { createAnalyzerSync } from '../../src/pipeline/createAnalyzer.js';
import { keepWhole, type WholeSpan } from '../../src/segment/keepWhole.js';
import { recut } from '../../src/segment/recut.js';
import { realignTable, realignTokens } from '../../src/segment/realign.js';
import { TagSet } from '../../src/segment/tagSet.js';
import { TokenTable } from '../../src/segment/tokenTable.js';

/** A table holding `tokens` (tags interned in a fresh set). */
function tableOf(text: string, tokens: readonly Token[]): TokenTable {
  const table = new TokenTable(text, new TagSet(), 1);
  for (const t of tokens) table.push(t.start, t.end, table.tagSet.idOf(t.pos));
  return table;
}

/** Tokens cut at the given lengths, tagged by their position. */
function cutAt(text: string, lengths: readonly number[]): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const [i, n] of lengths.entries()) {
    out.push({ start: at, end: at + n, text: text.slice(at, at + n), pos: `t${i}` });
    at += n;
  }
  return out;
}

describe('TokenTable', () => {
  it('grows past its capacity and reads words and tags back', () => {
    const text = '廊坊开发区投入资金';
    const table = tableOf(text, cutAt(text, [2, 3, 2, 2]));
    expect(table.length).toBe(4);
    expect(table.word(1)).toBe('开发区');
    expect(table.pos(3)).toBe('t3');
    expect(table.toArray().map((t) => t.text)).toEqual(['廊坊', '开发区', '投入', '资金']);
  });

  it('makes its objects once', () => {
    const table = tableOf('投入资金', cutAt('投入资金', [2, 2]));
    expect(table.toArray()).toBe(table.toArray());
  });

  it('numbers a new tag after the initial ones', () => {
    const tags = new TagSet(['', 'n', 'v']);
    expect(tags.idOf('v')).toBe(2);
    expect(tags.idOf('nt')).toBe(3);
    expect(tags.names[3]).toBe('nt');
  });
});

// recut must cut exactly as keepWhole does on objects (the pipeline relies on it for
// byte-identical output): tokens inside a span merge, tokens across an edge split.
describe('recut on arrays = keepWhole on objects', () => {
  const cases: [string, string, number[], WholeSpan[]][] = [
    ['a span merging three tokens', '投入1.8亿元', [2, 1, 1, 1, 2], [{ start: 2, end: 6, pos: 'm' }]],
    ['a span splitting a token at both edges', '在华为公司', [2, 3], [{ start: 1, end: 5, pos: 'nt' }]],
    ['a span inside one token', '北京大学生', [5], [{ start: 0, end: 4, pos: 'nt' }]],
    ['two spans in one token', 'ab12cd', [6], [{ start: 0, end: 2, pos: 'eng' }, { start: 4, end: 6, pos: 'eng' }]],
    ['adjacent spans', '华为腾讯', [1, 2, 1], [{ start: 0, end: 2, pos: 'nt' }, { start: 2, end: 4, pos: 'nt' }]],
    ['no spans', '投入资金', [2, 2], []],
    ['a span ending the text', '资金1.8', [2, 1, 1, 1], [{ start: 2, end: 5, pos: 'm' }]],
  ];
  it.each(cases)('%s', (_name, text, lengths, spans) => {
    const tokens = cutAt(text, lengths);
    const src = tableOf(text, tokens);
    const out = new TokenTable(text, src.tagSet, 1);
    recut(text, src, 0, src.length, spans, out, false);
    expect(out.toArray()).toEqual(keepWhole(text, tokens, spans));
  });

  it('leaves out blank tokens when asked', () => {
    const text = '投入 \n资金';
    const src = tableOf(text, cutAt(text, [2, 2, 2]));
    const out = new TokenTable(text, src.tagSet, 1);
    recut(text, src, 0, src.length, [], out, true);
    expect(out.toArray().map((t) => t.text)).toEqual(['投入', '资金']);
  });

  it('realignTable shares the objects of untouched tokens', () => {
    const text = '今天在华为公司开会';
    const tokens = cutAt(text, [2, 2, 3, 2]);
    const src = tableOf(text, tokens);
    const entity = { start: 3, end: 7, text: '华为公司', type: 'enterprise', subtype: 'company', canonical: '华为公司', source: 'rule' } as const;
    const table = realignTable(src, [entity]);
    expect(table.toArray()).toEqual(realignTokens(text, tokens, [entity]));
    expect(table.toArray()[0]).toBe(src.toArray()[0]);
    expect(realignTable(src, [])).toBe(src);
  });
});

describe('analysis.tokens is made on first read', () => {
  const analyzer = createAnalyzerSync({ segmenter: 'jieba' });
  const text = '廊坊开发区投入至少1.8亿元。';

  it.each([
    ['JSON.stringify', (d: object) => (JSON.parse(JSON.stringify(d)) as { tokens: Token[] }).tokens],
    ['structuredClone (postMessage)', (d: object) => (structuredClone(d) as { tokens: Token[] }).tokens],
    ['spread', (d: object) => ({ ...d } as { tokens: Token[] }).tokens],
    ['Object.entries', (d: object) => Object.fromEntries(Object.entries(d)).tokens as Token[]],
  ] as [string, (d: object) => Token[]][])('%s sees the tokens', (_name, read) => {
    const expected = analyzer.analyze(text).tokens;
    expect(read(analyzer.analyze(text))).toEqual(expected);
    expect(expected.map((t) => t.text).join('')).toBe(text);
  });

  it('keeps the key order of the result', () => {
    expect(Object.keys(analyzer.analyze(text))).toEqual(['text', 'script', 'sentences', 'tokens', 'entities', 'quantities', 'statements']);
  });

  it('is a plain property after the first read, and can be replaced', () => {
    const doc = analyzer.analyze(text) as { tokens: readonly Token[] };
    const first = doc.tokens;
    expect(doc.tokens).toBe(first);
    expect(Object.getOwnPropertyDescriptor(doc, 'tokens')?.value).toBe(first);
    const other = analyzer.analyze(text) as { tokens: readonly Token[] };
    other.tokens = [];
    expect(other.tokens).toEqual([]);
  });

  it('maps tokens to the original text when normalisation changed it', () => {
    const input = '廊坊開發區投入至少１．８億元。';
    const doc = analyzer.analyze(input);
    for (const t of doc.tokens) expect(input.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.text).join('')).toBe(input);
  });
});
