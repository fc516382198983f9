import { describe, expect, it } from 'vitest';
import { createEntityTagger } from '../../src/entities/index.js';
import { tagTokenArrays } from '../../src/entities/tagger.js';
import { TagClass } from '../../src/segment/tagSet.js';
import { coveringToken, firstTokenEndingAfter, indexTokens, isBoundary, tokenArraysOf } from '../../src/entities/tokenIndex.js';
import { createSegmenter } from '../../src/segment/index.js';
import { TagSet } from '../../src/segment/tagSet.js';
import { appendTokens, tagSetOf } from '../../src/segment/tokenize.js';
import { TokenTable } from '../../src/segment/tokenTable.js';
import { jiebaTokens } from './helpers.js';

const tagger = createEntityTagger();
const rulesOnly = createEntityTagger({ learned: false });
const jieba = createSegmenter('jieba');

/** The pipeline's token table of `text` (pure TypeScript jieba). */
function tableOf(text: string): TokenTable {
  const table = new TokenTable(text, tagSetOf(jieba), 8);
  appendTokens(jieba, text, 0, text.length, table);
  return table;
}

describe('the entity stage reads the token arrays', () => {
  it.each([
    '北京热景生物技术股份有限公司(以下简称“热景生物”)今日公告，热景生物营收增长。',
    '卫生部营养与食品研究所的专家说，中石油管道等重点项目开工。',
    '新奥动力科技(廊坊)有限公司与廊坊开发区安监局签约，开发区安监局到场。',
    '时任全国人大常委会委员长出席，村民认为乡政府应当负责。',
    '今天天气很好，大家都出门散步了。',
    '',
  ])('%s: the same entities from the arrays as from the token objects', (text) => {
    const table = tableOf(text);
    for (const t of [tagger, rulesOnly]) expect(tagTokenArrays(t, text, table)).toEqual(t.tag(text, table.toArray()));
  });

  it('gives the same entities for token objects of another segmenter', () => {
    const text = '华为技术有限公司与国家发改委、河北省发改委签署协议，北京大学生物系参加。';
    const tokens = jiebaTokens(text);
    expect(tagger.tag(text, tokens)).toEqual(tagTokenArrays(tagger, text, tokenArraysOf(tokens)));
  });

  it('refuses a tagger it did not make', () => {
    expect(() => tagTokenArrays({ ...tagger }, '华为', tokenArraysOf([]))).toThrow(TypeError);
  });
});

describe('token arrays and their index', () => {
  const tokens = tokenArraysOf([
    { start: 0, end: 2, text: '华为', pos: 'nz' },
    { start: 2, end: 4, text: '公司', pos: 'n' },
    { start: 5, end: 7, text: '发布', pos: 'v' },
  ]);

  it('finds the token covering an offset, or -1 in a gap', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((o) => coveringToken(tokens, o))).toEqual([0, 0, 1, 1, -1, 2, 2, -1]);
  });

  it('finds the first token ending after an offset', () => {
    expect([0, 1, 2, 3, 4, 6, 7].map((o) => firstTokenEndingAfter(tokens, o))).toEqual([0, 0, 1, 1, 2, 2, 3]);
  });

  it('indexes characters, gaps as -1, and answers token boundaries', () => {
    const ix = indexTokens('华为公司 发布', tokens);
    expect([...(ix?.at ?? [])]).toEqual([0, 0, 1, 1, -1, 2, 2]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((o) => (ix ? isBoundary(ix, o) : null))).toEqual([true, false, true, false, true, true, false, true]);
    expect(indexTokens('华为', tokenArraysOf([]))).toBeNull();
  });

  it('numbers tag names once, so the same name has the same id', () => {
    const again = tokenArraysOf([{ start: 0, end: 1, text: '是', pos: 'v' }]);
    expect(again.tagSet).toBe(tokens.tagSet);
    expect(again.tags[0]).toBe(tokens.tags[2]);
  });

  it('remakes a word class table when the tag set grows or another one comes', () => {
    const verbs = new TagClass((pos) => pos === 'v');
    const set = new TagSet(['n']);
    const table = new TokenTable('是', set, 1);
    expect([...verbs.of(table)]).toEqual([0]);
    table.push(0, 1, set.idOf('v'));
    expect([...verbs.of(table)]).toEqual([0, 1]);
    expect(verbs.of(tokens)[tokens.tags[2] as number]).toBe(1);
  });
});
