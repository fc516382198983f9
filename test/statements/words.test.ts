import { describe, expect, it } from 'vitest';
import { TagSet } from '../../src/segment/tagSet.js';
import { TokenTable } from '../../src/segment/tokenTable.js';
import { isClauseBreak, isNominal, isPunct } from '../../src/statements/sentenceView.js';
import { TagClass } from '../../src/segment/tagSet.js';
import { charTest, Words } from '../../src/statements/words.js';

// A table as the pipeline makes it: blanks left out (the space at 6), tags by id.
function wordsOf(text: string, tokens: [number, number, string][], tags = new TagSet()): Words {
  const table = new TokenTable(text, tags, 2);
  for (const [s, e, pos] of tokens) table.push(s, e, tags.idOf(pos));
  return new Words(table);
}

const text = '华为公司营收增长8.5% ，“预计”将达到';
const words = wordsOf(text, [
  [0, 2, 'nz'], [2, 4, 'n'], [4, 6, 'n'], [6, 8, 'v'], [8, 12, 'm'], [13, 14, 'x'], [14, 15, 'x'], [15, 17, 'v'], [17, 18, 'x'], [18, 19, 'd'], [19, 21, 'v'],
]);

describe('Words: tokens of a table read by index', () => {
  const rows: { k: number; word: string; pos: string; start: number; end: number }[] = [
    { k: 0, word: '华为', pos: 'nz', start: 0, end: 2 },
    { k: 4, word: '8.5%', pos: 'm', start: 8, end: 12 },
    { k: 5, word: '，', pos: 'x', start: 13, end: 14 },
    { k: 10, word: '达到', pos: 'v', start: 19, end: 21 },
  ];
  for (const r of rows) {
    it(`token ${r.k} is ${r.word}/${r.pos}`, () => {
      expect([words.word(r.k), words.pos(r.k), words.start(r.k), words.end(r.k), words.size(r.k)]).toEqual([r.word, r.pos, r.start, r.end, r.end - r.start]);
    });
  }
  it('gives the same string on every read, and one-unit words share one string per character', () => {
    expect(words.word(1)).toBe(words.word(1));
    const other = wordsOf('，', [[0, 1, 'x']]);
    expect(Object.is(other.word(0), words.word(5))).toBe(true);
  });
  it('isChar tests one character without a string', () => {
    expect(words.isChar(5, '，'.charCodeAt(0))).toBe(true);
    expect(words.isChar(4, '8'.charCodeAt(0))).toBe(false); // 8.5% is longer than one unit
  });
  const searches: { offset: number; at: number; from: number }[] = [
    { offset: 0, at: 0, from: 0 },
    { offset: 1, at: 0, from: 1 }, // inside 华为
    { offset: 12, at: 5, from: 5 }, // the left-out space: the next token
    { offset: 21, at: 11, from: 11 }, // the end: past the last token
  ];
  for (const s of searches) {
    it(`offset ${s.offset}: token ending after it ${s.at}, first starting at or after it ${s.from}`, () => {
      expect([words.indexAt(s.offset), words.indexFrom(s.offset)]).toEqual([s.at, s.from]);
    });
  }
  it('an empty table has no tokens', () => {
    const none = wordsOf('', []);
    expect([none.length, none.indexAt(0), none.indexFrom(0)]).toEqual([0, 0, 0]);
  });
});

describe('TagClass: a class of tags by tag id', () => {
  const verb = new TagClass((pos) => pos.startsWith('v'));
  it('answers per token from its tag', () => {
    expect([...Array(words.length).keys()].filter((k) => verb.has(words, k))).toEqual([3, 7, 10]);
  });
  it('learns tags added to the tag set later, and another tag set', () => {
    const tags = new TagSet(['n']);
    const a = wordsOf('提高', [[0, 2, 'n']], tags);
    expect(verb.has(a, 0)).toBe(false);
    const b = wordsOf('提高', [[0, 2, 'vn']], tags); // vn is new to the set
    expect(verb.has(b, 0)).toBe(true);
    expect(verb.has(words, 3)).toBe(true);
  });
  it('a tag name repeated in a tag set is in the class under both ids', () => {
    const tags = new TagSet(['v', 'n', 'v']);
    const table = new TokenTable('是是', tags);
    table.push(0, 1, 0);
    table.push(1, 2, 2);
    const w = new Words(table);
    expect([verb.has(w, 0), verb.has(w, 1)]).toEqual([true, true]);
  });
});

describe('charTest and the punctuation tests', () => {
  const space = charTest(/^\s$/u);
  const rows: [string, boolean][] = [[' ', true], ['\u3000', true], ['\n', true], ['a', false], ['，', false]];
  for (const [ch, expected] of rows) it(`${JSON.stringify(ch)} is ${expected ? '' : 'not '}a space`, () => expect(space(ch.charCodeAt(0))).toBe(expected));
  const punct: { k: number; punct: boolean; clauseBreak: boolean; nominal: boolean }[] = [
    { k: 5, punct: true, clauseBreak: true, nominal: false }, // ，
    { k: 6, punct: true, clauseBreak: false, nominal: true }, // “ stays inside a name
    { k: 4, punct: false, clauseBreak: false, nominal: false }, // 8.5%/m
    { k: 1, punct: false, clauseBreak: false, nominal: true }, // 公司/n
  ];
  for (const p of punct) {
    it(`token ${words.word(p.k)}: punctuation ${p.punct}, clause break ${p.clauseBreak}, nominal ${p.nominal}`, () => {
      expect([isPunct(words, p.k), isClauseBreak(words, p.k), isNominal(words, p.k)]).toEqual([p.punct, p.clauseBreak, p.nominal]);
    });
  }
});
