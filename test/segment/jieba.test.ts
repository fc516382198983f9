import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSegmenter, JiebaDictionary, JiebaDictionaryError } from '../../src/segment/index.js';
import { bundledJiebaPath } from '../../src/segment/jieba/nodeLoader.js';

const bytes = new Uint8Array(readFileSync(bundledJiebaPath()!));

describe('jieba dictionary from bytes', () => {
  it('loads the compiled file given as bytes (the browser path)', () => {
    const jieba = createSegmenter('jieba', { dictionary: bytes });
    expect(jieba.cut('廊坊开发区投入资金')).toEqual(['廊坊', '开发区', '投入', '资金']);
  });

  it('reads bytes that are not 8-byte aligned', () => {
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const dict = JiebaDictionary.fromBytes(shifted.subarray(1));
    expect(createSegmenter('jieba', { dictionary: dict }).cut('开发区')).toEqual(['开发区']);
  });

  it.each([
    ['empty bytes', new Uint8Array(0)],
    ['a text file', new TextEncoder().encode('开发区 100 n\n'.repeat(20))],
    ['a truncated file', bytes.subarray(0, 4096)],
  ])('rejects %s with a clear error', (_name, bad) => {
    expect(() => JiebaDictionary.fromBytes(bad)).toThrow(JiebaDictionaryError);
  });

  it('rejects what is not bytes', () => {
    expect(() => JiebaDictionary.fromBytes('jieba.dict' as unknown as Uint8Array)).toThrow(TypeError);
  });
});

describe('jieba tags and options', () => {
  const jieba = createSegmenter('jieba');

  it.each([
    ['廊坊', 'ns'],
    ['开发区', 'n'],
    ['投入', 'v'],
    ['2020', 'm'],
    ['COVID', 'eng'],
    ['，', 'x'],
  ])('tags %s as %s', (word, tag) => {
    const found = createSegmenter('jieba', { hmm: true }).tag!(`在${word}里`).find((w) => w.word === word);
    expect(found?.tag).toBe(tag);
  });

  it('separators are words of their own and cut the search', () => {
    expect(jieba.cut('开发 区，开发区。')).toEqual(['开发', ' ', '区', '，', '开发区', '。']);
  });

  it('user words join the dictionary with cppjieba weights', () => {
    const text = '蓝鲸数科发布新品';
    expect(jieba.cut(text)).not.toContain('蓝鲸数科');
    const withUser = createSegmenter('jieba', { userWords: ['蓝鲸数科'] });
    expect(withUser.cut(text)).toContain('蓝鲸数科');
    const tagged = createSegmenter('jieba', { userWords: [{ word: '蓝鲸数科', tag: 'nt' }] });
    expect(tagged.tag!(text).find((w) => w.word === '蓝鲸数科')?.tag).toBe('nt');
  });

  it('a rare user word (low frequency) does not win over common words', () => {
    const rare = createSegmenter('jieba', { userWords: [{ word: '发布新', freq: 1 }] });
    expect(rare.cut('蓝鲸发布新品')).not.toContain('发布新');
  });

  it('a single-character user word is kept out of the HMM', () => {
    const text = '他来到了网易杭研大厦';
    expect(createSegmenter('jieba', { hmm: true }).cut(text)).toContain('杭研');
    expect(createSegmenter('jieba', { hmm: true, userWords: ['杭'] }).cut(text)).not.toContain('杭研');
  });

  it.each([
    ['hmm not a boolean', { hmm: 'yes' }],
    ['userWords not an array', { userWords: '蓝鲸' }],
    ['an empty user word', { userWords: [''] }],
    ['a bad frequency', { userWords: [{ word: '蓝鲸', freq: -1 }] }],
  ])('rejects %s', (_name, options) => {
    expect(() => createSegmenter('jieba', options as never)).toThrow(TypeError);
  });

  it('cut() of a non-string is a TypeError', () => {
    expect(() => jieba.cut(42 as unknown as string)).toThrow(TypeError);
  });

  it('empty text gives no words', () => {
    expect(jieba.cut('')).toEqual([]);
  });
});
