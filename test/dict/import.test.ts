import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  compileDictionary,
  dictionaryStats,
  formatDictionary,
  importNames,
  lookupAt,
  parseCsv,
  parseEntityDictionary,
  validateEntries,
} from '../../src/dictionary/index.js';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/dict/${name}`, import.meta.url)), 'utf8');

describe('importNames', () => {
  it('maps jieba organisation tags and skips other tags with their line', () => {
    const { entries, skipped } = importNames(fixture('jieba.txt'), { from: 'jieba', type: 'institution', subtype: 'research' });
    expect(entries.map((e) => [e.name, e.type, e.subtype])).toEqual([
      ['蓝鲸数字科技有限公司', 'enterprise', 'company'],
      ['国家数据局', 'institution', 'public'],
      ['南湖实验室', 'institution', 'research'],
      ['中国工商银行', 'enterprise', 'bank'],
    ]);
    expect(skipped.map((s) => s.line)).toEqual([4, 5, 6]);
  });

  it('reads CSV with quotes, merges a repeated name, folds width and skips empty names', () => {
    const { entries, skipped } = importNames(fixture('registry.csv'), { from: 'csv' });
    expect(entries[0]).toEqual({ name: '蓝鲸数字科技有限公司', type: 'enterprise', subtype: 'company', aliases: ['蓝鲸数科', '鲸科'], id: '91110000MA00000001' });
    expect(entries[2]?.name).toBe('"引号"测试有限公司');
    expect(skipped).toEqual([{ line: 7, reason: 'empty name' }]);
    expect(importNames('名称\nＡＢＣ（中国）有限公司\n', { from: 'csv' }).entries[0]?.name).toBe('ABC(中国)有限公司');
  });

  it('reads a tab-separated export and an explicit name column', () => {
    const { entries } = importNames('id\tfull\n1\t甲公司\n', { from: 'csv', nameColumn: 'full' });
    expect(entries).toEqual([{ name: '甲公司', type: 'enterprise', subtype: 'company', aliases: [], id: '1' }]);
    expect(() => importNames('a,b\n1,2\n', { from: 'csv' })).toThrow(/cannot find the name column/);
  });

  it('writes a file that parses back to the same entries and validates', () => {
    const { entries } = importNames(fixture('names.txt'), { from: 'txt', type: 'institution', subtype: 'department' });
    const text = formatDictionary(entries);
    expect(text.startsWith('# subtypes: department\n')).toBe(true);
    const parsed = parseEntityDictionary(text, 'out.tsv');
    expect(parsed.diagnostics).toEqual([]);
    expect(validateEntries(parsed.entries)).toEqual([]);
    expect(parsed.entries.map((e) => [e.name, e.subtype])).toEqual([
      ['廊坊市数据和政务服务局', 'department'],
      ['廊坊市发展和改革委员会', 'department'],
    ]);
  });
});

describe('parseCsv', () => {
  it('handles quoted separators, doubled quotes, CRLF and line breaks inside quotes', () => {
    expect(parseCsv('a,b\r\n"x,1","say ""hi"""\r\n"two\nlines",z\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x,1', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
    ]);
  });
});

describe('dictionaryStats', () => {
  it('counts types, subtypes, aliases and the longest names', () => {
    const { entries } = parseEntityDictionary(fixture('newsroom.tsv') + fixture('declared.tsv').replace(/^.*\n.*\n/, ''), 'x.tsv');
    const s = dictionaryStats(entries, 2);
    expect(s.rows).toBe(2);
    expect(s.aliases).toBe(3);
    expect(s.withId).toBe(2);
    expect(s.longest.map((l) => l.name)).toEqual(['北辰星河文化传媒有限公司', '蓝鲸数字科技有限公司']);
  });
});

describe('compileDictionary with a repeated name', () => {
  it('lets the later row win and keeps the earlier row’s aliases pointing at it', () => {
    const { entries } = parseEntityDictionary('name\ttype\tsubtype\taliases\n甲公司\tenterprise\tcompany\t甲\n乙公司\tenterprise\tcompany\t乙\n甲公司\tinstitution\tpublic\t甲司\n', 'r.tsv');
    const d = compileDictionary(entries);
    for (const key of ['甲', '甲司', '甲公司']) expect(lookupAt(d, key, 0)).toMatchObject({ canonical: '甲公司', type: 'institution', subtype: 'public' });
    expect(lookupAt(d, '乙', 0)).toMatchObject({ canonical: '乙公司', type: 'enterprise' });
  });
});
