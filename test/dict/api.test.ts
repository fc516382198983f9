import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzerSync, type Analyzer } from '../../src/pipeline/createAnalyzer.js';
import { DictionaryError, createEntityTagger, parseEntityDictionary } from '../../src/entities/index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/dict/${name}`, import.meta.url));

let cacheDir = '';
beforeAll(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'zhnews-dict-api-'));
});
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const analyzer = (options: Parameters<typeof createAnalyzerSync>[0] = {}): Analyzer =>
  createAnalyzerSync({ segmenter: 'node-rs', dictionaryCache: { dir: cacheDir, minBytes: 0 }, ...options });
const mentions = (a: Analyzer, text: string) => a.analyze(text).entities.map((e) => [e.text, e.canonical, e.type, e.subtype, e.source]);

describe('user dictionaries through createAnalyzer', () => {
  const text = '蓝鲸数科与中国人民银行签约。';

  it('tags a name without a company suffix by its alias, with the canonical name and id', () => {
    const doc = analyzer({ dictionaries: [fixture('newsroom.tsv')] }).analyze(text);
    expect(doc.entities[0]).toMatchObject({ text: '蓝鲸数科', canonical: '蓝鲸数字科技有限公司', type: 'enterprise', source: 'alias', id: 'watch-1' });
  });

  it('lets a user file override the type of a built-in entry', () => {
    const builtin = mentions(analyzer(), text).find((m) => m[0] === '中国人民银行');
    expect(builtin?.[2]).toBe('institution');
    const over = mentions(analyzer({ dictionaries: [fixture('override.tsv')] }), text).find((m) => m[0] === '中国人民银行');
    expect(over).toEqual(['中国人民银行', '中国人民银行', 'enterprise', 'bank', 'dictionary']);
  });

  it('keeps dictionaries per analyzer: two analyzers in one process give different results', () => {
    const a = analyzer({ dictionaries: [fixture('newsroom.tsv')] });
    const b = analyzer({ dictionaries: [fixture('override.tsv')] });
    const plain = analyzer();
    expect(mentions(a, text).map((m) => m[1])).toContain('蓝鲸数字科技有限公司');
    expect(mentions(b, text).map((m) => m[1])).not.toContain('蓝鲸数字科技有限公司');
    expect(mentions(b, text).find((m) => m[0] === '中国人民银行')?.[2]).toBe('enterprise');
    expect(mentions(a, text).find((m) => m[0] === '中国人民银行')?.[2]).toBe('institution');
    // and again after b: a is unchanged
    expect(mentions(plain, text).map((m) => m[1])).not.toContain('蓝鲸数字科技有限公司');
  });

  it('later files win over earlier ones', () => {
    const a = analyzer({ dictionaries: [fixture('override.tsv'), fixture('newsroom.tsv')], entries: [{ name: '中国人民银行', type: 'institution', subtype: 'government' }] });
    expect(mentions(a, text).find((m) => m[0] === '中国人民银行')?.[2]).toBe('institution');
  });

  it('takes runtime entries from the options', () => {
    const a = analyzer({ entries: [{ name: '蓝鲸数字科技有限公司', type: 'enterprise', aliases: ['蓝鲸数科'] }] });
    expect(mentions(a, text)[0]?.[1]).toBe('蓝鲸数字科技有限公司');
  });

  it('rejects a bad file with every file:line', () => {
    expect(() => analyzer({ dictionaries: [fixture('bad.tsv')] })).toThrow(DictionaryError);
    try {
      analyzer({ dictionaries: [fixture('bad.tsv')] });
    } catch (error) {
      const lines = (error as DictionaryError).diagnostics.filter((d) => d.severity === 'error').map((d) => d.line);
      expect(lines).toEqual([5, 6, 7, 10, 11, 9]);
    }
  });
});

describe('withEntries / withoutEntries', () => {
  const text = '蓝鲸数科与星河文化签约，华为参加。';

  it('returns a new analyzer with the entries added; the original is unchanged', () => {
    const base = analyzer({ dictionaries: [fixture('newsroom.tsv')] });
    const added = base.withEntries([{ name: '华为技术有限公司', type: 'institution', subtype: 'research', aliases: ['华为'] }]);
    expect(added).not.toBe(base);
    expect(mentions(added, text).find((m) => m[0] === '华为')?.[2]).toBe('institution');
    expect(mentions(base, text).find((m) => m[0] === '华为')?.[2]).toBe('enterprise');
    // file entries are still there: nothing was dropped
    expect(mentions(added, text).map((m) => m[1])).toContain('蓝鲸数字科技有限公司');
    expect(Object.isFrozen(added)).toBe(true);
  });

  it('replaces a runtime entry of the same name', () => {
    const a = analyzer({ entries: [{ name: '蓝鲸数字科技有限公司', type: 'enterprise', aliases: ['蓝鲸数科'] }] });
    const b = a.withEntries([{ name: '蓝鲸数字科技有限公司', type: 'institution', aliases: ['蓝鲸数科'] }]);
    expect(mentions(b, text)[0]?.[2]).toBe('institution');
    expect(mentions(a, text)[0]?.[2]).toBe('enterprise');
  });

  it('hides file and built-in entries (names and aliases) and drops runtime ones', () => {
    const base = analyzer({ dictionaries: [fixture('newsroom.tsv')], entries: [{ name: '青禾汇', type: 'institution', subtype: 'research' }] });
    const fewer = base.withoutEntries(['蓝鲸数字科技有限公司', '华为技术有限公司', '青禾汇']);
    const names = (a: Analyzer, t: string) => mentions(a, t).map((m) => m[1]);
    expect(names(fewer, text)).not.toContain('蓝鲸数字科技有限公司');
    expect(names(fewer, text)).not.toContain('华为技术有限公司');
    expect(names(fewer, text)).toContain('北辰星河文化传媒有限公司');
    expect(names(fewer, '青禾汇发布报告')).not.toContain('青禾汇');
    expect(names(base, text)).toEqual(expect.arrayContaining(['蓝鲸数字科技有限公司', '华为技术有限公司']));
    expect(names(base, '青禾汇发布报告')).toContain('青禾汇');
    // adding a removed name back brings it back
    const back = fewer.withEntries([{ name: '蓝鲸数字科技有限公司', type: 'enterprise', aliases: ['蓝鲸数科'] }]);
    expect(names(back, text)).toContain('蓝鲸数字科技有限公司');
  });

  it('falls back to a shorter entry when the longest one at a position is hidden', () => {
    const file = join(cacheDir, 'nested.tsv');
    writeFileSync(file, 'name\ttype\taliases\n青禾\tinstitution\t\n青禾汇\tenterprise\t青禾汇甲\n');
    const tagger = createEntityTagger({ builtins: false, dictionaries: [file], cache: false });
    expect(tagger.tag('青禾汇发布', []).map((e) => e.canonical)).toEqual(['青禾汇']);
    const fewer = tagger.withoutEntries(['青禾汇']);
    expect(fewer.tag('青禾汇发布', []).map((e) => [e.text, e.canonical])).toEqual([['青禾', '青禾']]);
  });

  it('rejects bad entries with DictionaryError and keeps the analyzer usable', () => {
    const base = analyzer();
    expect(() => base.withEntries([{ name: '', type: 'enterprise' }])).toThrow(DictionaryError);
    expect(() => base.withoutEntries('x' as unknown as string[])).toThrow(TypeError);
    expect(base.analyze('华为发布').entities[0]?.canonical).toBe('华为技术有限公司');
  });

  it('shares the compiled layers (the tagger is derived, not rebuilt from files)', () => {
    const tagger = createEntityTagger({ builtins: false, dictionaries: [fixture('newsroom.tsv')], cache: false });
    const t2 = tagger.withEntries([{ name: '青禾汇', type: 'institution' }]);
    expect(t2.tag('蓝鲸数科和青禾汇', []).map((e) => e.canonical)).toEqual(['蓝鲸数字科技有限公司', '青禾汇']);
    expect(tagger.tag('青禾汇', [])).toEqual([]);
  });
});

describe('subtypes', () => {
  it('rejects an undeclared subtype and accepts declared ones', () => {
    const bad = parseEntityDictionary('name\ttype\tsubtype\n庚保险有限公司\tenterprise\tinsurance\n', 'x.tsv');
    expect(bad.diagnostics[0]).toMatchObject({ line: 2, code: 'dict/unknown-subtype', severity: 'error' });
    const t = createEntityTagger({ builtins: false, dictionaries: [fixture('declared.tsv')], cache: false });
    expect(t.tag('庚保险与辛证券', []).map((e) => e.subtype)).toEqual(['insurance', 'securities']);
  });

  it('checks subtypes per type: bank is an enterprise subtype, government an institution one', () => {
    expect(parseEntityDictionary('name\ttype\tsubtype\n甲\tinstitution\tbank\n', 'x.tsv').diagnostics[0]?.code).toBe('dict/unknown-subtype');
    expect(parseEntityDictionary('name\ttype\tsubtype\n甲\tenterprise\tgovernment\n', 'x.tsv').diagnostics[0]?.code).toBe('dict/unknown-subtype');
    expect(parseEntityDictionary('name\ttype\tsubtype\n甲\tinstitution\tsports\n', 'x.tsv').diagnostics).toEqual([]);
  });
});
