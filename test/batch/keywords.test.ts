import { describe, expect, it } from 'vitest';
import { DocumentFrequencies, documentTerms, isKeywordToken, withKeywords } from '../../src/batch/keywords.js';

const tok = (text: string, pos = 'n') => ({ text, pos });

describe('isKeywordToken', () => {
  it.each([
    [tok('开发区'), true],
    [tok('创新', 'vn'), true],
    [tok('GDP', 'eng'), true],
    [tok('区'), false],
    [tok('，', 'x'), false],
    [tok('1.8亿', 'm'), false],
    [tok('2025', 'eng'), false],
    [tok('我们', 'r'), false],
    [tok('表示', 'v'), false],
    [tok('今年', 't'), false],
    [tok('已经', 'd'), false],
  ])('%j → %s', (token, expected) => {
    expect(isKeywordToken(token)).toBe(expected);
  });
});

describe('documentTerms', () => {
  it('counts candidates, lower-cases Latin, sorts by term', () => {
    expect(documentTerms([tok('开发区'), tok('GDP', 'eng'), tok('，', 'x'), tok('开发区'), tok('gdp', 'eng')])).toEqual([
      ['gdp', 2],
      ['开发区', 2],
    ]);
  });
});

describe('DocumentFrequencies', () => {
  it('scores tf × (1 + ln(N / (1 + df))), ties by term', () => {
    const df = new DocumentFrequencies();
    df.add([['开发区', 3], ['廊坊', 1]]);
    df.add([['开发区', 1], ['芯片', 2]]);
    df.add([['芯片', 1], ['雄安', 1]]);
    expect(df.documents).toBe(3);
    expect(df.idf('雄安')).toBeCloseTo(1 + Math.log(3 / 2));
    expect(df.idf('未见')).toBeCloseTo(1 + Math.log(3));
    expect(df.top([['开发区', 3], ['廊坊', 1], ['雄安', 1]], 2)).toEqual([
      { term: '开发区', score: Math.round(3 * (1 + Math.log(3 / 3)) * 1e4) / 1e4 },
      { term: '廊坊', score: Math.round((1 + Math.log(3 / 2)) * 1e4) / 1e4 },
    ]);
  });

  it('prunes the rarest terms beyond its limit', () => {
    const df = new DocumentFrequencies(10);
    df.add([['常见', 1]]);
    for (let i = 0; i < 20; i++) df.add([['常见', 1], [`罕见${i}`, 1]]);
    expect(df.idf('常见')).toBeCloseTo(1 + Math.log(21 / 22));
    expect(df.idf('罕见0')).toBeCloseTo(1 + Math.log(21));
  });
});

describe('withKeywords', () => {
  const docs = [
    { id: 'a', terms: [['开发区', 2], ['廊坊', 1]] as [string, number][] },
    { id: 'b', terms: [['开发区', 1], ['芯片', 1]] as [string, number][] },
    { id: 'fail', terms: null },
    { id: 'c', terms: [['芯片', 1], ['雄安', 1]] as [string, number][] },
  ];
  async function* source() {
    yield* docs;
  }
  const run = async (warmup: number) => {
    const out: Array<[string, string[] | null]> = [];
    for await (const x of withKeywords(source(), (d) => d.terms, (d, k) => [d.id, k?.map((w) => w.term) ?? null] as [string, string[] | null], { top: 1, warmup })) out.push(x);
    return out;
  };

  it('with a warm-up as long as the stream, every document sees the whole archive', async () => {
    // N = 3: for b, 开发区 (df 2) and 芯片 (df 2) tie at 1.0; the term order decides
    expect(await run(10)).toEqual([
      ['a', ['开发区']],
      ['b', ['开发区']],
      ['fail', null],
      ['c', ['雄安']],
    ]);
  });

  it('without warm-up, each document sees the documents up to itself', async () => {
    // for b only a and b are counted: 开发区 has df 2 (idf 1 + ln 2/3), 芯片 df 1 (idf 1)
    expect(await run(0)).toEqual([
      ['a', ['开发区']],
      ['b', ['芯片']],
      ['fail', null],
      ['c', ['雄安']],
    ]);
  });

  it('keeps order and passes failures through', async () => {
    expect((await run(1)).map(([id]) => id)).toEqual(['a', 'b', 'fail', 'c']);
  });
});
