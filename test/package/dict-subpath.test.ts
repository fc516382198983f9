import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
type DictModule = typeof import('../../src/dict.js');

// Every lower-level name docs/dictionaries.md promises is exported by the built `zhnews/dict`.
const docs = readFileSync(new URL('../../docs/dictionaries.md', import.meta.url), 'utf8');
const lowerLevel = /^- Lower level[\s\S]*?(?=\n\n|\n- )/m.exec(docs)?.[0] ?? '';
const documented = [...lowerLevel.matchAll(/`([a-z]\w+)[`(]/g)].map((m) => m[1] ?? '');
const work = mkdtempSync(join(tmpdir(), 'zhnews-dict-subpath-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('zhnews/dict subpath', () => {
  it('the docs name functions that the subpath exports, through import and require', async () => {
    const esm = (await import('../../dist/dict/index.js')) as unknown as DictModule;
    const cjs = require('../../dist/dict/index.cjs') as unknown as DictModule;
    // `withEntries` / `withoutEntries` are methods of the tagger, not exports
    const names = documented.filter((n) => !['withEntries', 'withoutEntries'].includes(n));
    expect(names).toEqual(expect.arrayContaining(['createEntityTagger', 'loadDictionaryLayer', 'encodeSnapshot', 'decodeSnapshot', 'importNames', 'formatDictionary', 'dictionaryStats']));
    for (const name of names) {
      expect(typeof (esm as Record<string, unknown>)[name], name).toBe('function');
      expect(typeof (cjs as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('imports a list, writes it as TSV, compiles it through a snapshot and tags with it', async () => {
    const dict = (await import('../../dist/dict/index.js')) as unknown as DictModule;
    const { entries, skipped } = dict.importNames('蓝鲸数字科技有限公司\n# a comment\n北辰星河文化传媒有限公司\n', { from: 'txt' });
    expect(skipped).toEqual([]);
    const file = join(work, 'orgs.tsv');
    writeFileSync(file, dict.formatDictionary(entries));
    const parsed = dict.parseEntityDictionary(readFileSync(file, 'utf8'), 'orgs.tsv');
    expect(parsed.diagnostics).toEqual([]);
    expect(dict.dictionaryStats(parsed.entries).names).toBe(2);
    const compiled = dict.compileDictionary(parsed.entries);
    const restored = dict.decodeSnapshot(dict.encodeSnapshot(compiled)).dictionary;
    expect(restored.names.at(0)).toBe(compiled.names.at(0));
    const layer = dict.loadDictionaryLayer([{ path: file, label: 'orgs.tsv' }], { cache: false });
    expect(layer.cache).toBe('compiled');
    const tagger = dict.createEntityTagger({ dictionaries: [file], builtins: false });
    const text = '蓝鲸数字科技有限公司发布新品';
    expect(tagger.tag(text, []).map((e) => text.slice(e.start, e.end))).toEqual(['蓝鲸数字科技有限公司']);
  });

  it('a bad file is refused with file:line diagnostics', async () => {
    const dict = (await import('../../dist/dict/index.js')) as unknown as DictModule;
    const file = join(work, 'bad.tsv');
    writeFileSync(file, 'name\ttype\n蓝鲸数字科技有限公司\tplanet\n');
    expect(() => dict.createEntityTagger({ dictionaries: [file], builtins: false })).toThrow(dict.DictionaryError);
    try {
      dict.createEntityTagger({ dictionaries: [file], builtins: false });
    } catch (error) {
      expect(String((error as Error).message)).toMatch(/bad\.tsv:2/);
    }
  });
});
