import fc from 'fast-check';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  SnapshotError,
  compileDictionary,
  decodeSnapshot,
  defaultCacheDir,
  encodeSnapshot,
  entityDictDir,
  loadDictionaryLayer,
  lookupAt,
  parseEntityDictionary,
  validateLayer,
  type CompiledDictionary,
  type ParsedEntry,
} from '../../src/dictionary/index.js';
import { createEntityTagger } from '../../src/entities/index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/dict/${name}`, import.meta.url));

let dir = '';
let cache = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhnews-dict-cache-'));
  cache = join(dir, 'cache');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const snapshots = (): string[] => (existsSync(cache) ? readdirSync(cache).filter((f) => f.endsWith('.zhdict')) : []);
const load = (paths: string[]) => loadDictionaryLayer(paths.map((p) => ({ path: p, label: p })), { cache: { dir: cache, minBytes: 0 } });

/** Every name and alias of a layer resolved the same way in two compiled forms. */
function sameLookups(a: CompiledDictionary, b: CompiledDictionary, probes: readonly string[]): void {
  for (const p of probes) expect(lookupAt(b, p, 0)).toEqual(lookupAt(a, p, 0));
}

describe('compiled dictionary cache', () => {
  it('compiles and writes a snapshot once, then loads it; the result is the same', () => {
    const file = join(dir, 'orgs.tsv');
    copyFileSync(fixture('newsroom.tsv'), file);
    const first = load([file]);
    expect(first.cache).toBe('written');
    expect(snapshots()).toHaveLength(1);
    const second = load([file]);
    expect(second.cache).toBe('hit');
    sameLookups(first.dictionary as CompiledDictionary, second.dictionary as CompiledDictionary, ['蓝鲸数科', '蓝鲸数字科技有限公司', '星河传媒', '北辰'] );
    expect(lookupAt(second.dictionary as CompiledDictionary, '蓝鲸数科', 0)).toMatchObject({ canonical: '蓝鲸数字科技有限公司', id: 'watch-1', alias: true });
  });

  it('never serves a stale snapshot: a changed source file is compiled again and the old snapshot removed', () => {
    const file = join(dir, 'orgs.tsv');
    copyFileSync(fixture('newsroom.tsv'), file);
    const opts = { cache: { dir: cache, minBytes: 0 } } as const;
    const before = createEntityTagger({ builtins: false, dictionaries: [file], ...opts });
    expect(before.tag('蓝鲸数科', [])[0]?.type).toBe('enterprise');
    const old = snapshots();
    writeFileSync(file, readFileSync(file, 'utf8').replace('蓝鲸数字科技有限公司\tenterprise\tcompany', '蓝鲸数字科技有限公司\tinstitution\tresearch'));
    const layer = load([file]);
    expect(layer.cache).toBe('written');
    expect(snapshots()).toHaveLength(1);
    expect(snapshots()).not.toEqual(old);
    const after = createEntityTagger({ builtins: false, dictionaries: [file], ...opts });
    expect(after.tag('蓝鲸数科', [])[0]).toMatchObject({ type: 'institution', subtype: 'research' });
    // the first tagger still has what it loaded
    expect(before.tag('蓝鲸数科', [])[0]?.type).toBe('enterprise');
  });

  it('ignores a damaged snapshot (truncated, flipped byte, garbage) and rebuilds it', () => {
    const file = fixture('newsroom.tsv');
    load([file]);
    const snap = join(cache, snapshots()[0] as string);
    const good = readFileSync(snap);
    const damaged = [good.subarray(0, good.length - 9), Buffer.from(good).fill(0x41, good.length - 20, good.length - 19), Buffer.from('not a snapshot'), Buffer.alloc(0)];
    for (const bytes of damaged) {
      writeFileSync(snap, bytes);
      const layer = load([file]);
      expect(layer.cache).toBe('written');
      expect(lookupAt(layer.dictionary as CompiledDictionary, '星河文化', 0)?.canonical).toBe('北辰星河文化传媒有限公司');
      expect(readFileSync(snap).equals(good)).toBe(true);
    }
  });

  it('keeps the warnings of a layer in its snapshot', () => {
    const file = join(dir, 'warn.tsv');
    writeFileSync(file, 'name\ttype\taliases\n甲公司\tenterprise\t甲\n乙公司\tenterprise\t甲\n');
    const first = load([file]);
    const second = load([file]);
    expect(second.cache).toBe('hit');
    expect(second.diagnostics).toEqual(first.diagnostics);
    expect(second.diagnostics[0]).toMatchObject({ file, line: 3, code: 'dict/duplicate-alias', severity: 'warning' });
  });

  it('compiles without caching when the cache folder cannot be written, or the files are small', () => {
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, 'x');
    const layer = loadDictionaryLayer([{ path: fixture('newsroom.tsv'), label: 'n' }], { cache: { dir: join(blocked, 'sub') , minBytes: 0 } });
    expect(layer.cache).toBe('compiled');
    expect(layer.dictionary).not.toBeNull();
    const small = loadDictionaryLayer([{ path: fixture('newsroom.tsv'), label: 'n' }], { cache: { dir: cache } });
    expect(small.cache).toBe('compiled');
    expect(snapshots()).toEqual([]);
    expect(loadDictionaryLayer([{ path: fixture('newsroom.tsv'), label: 'n' }], { cache: false }).cache).toBe('compiled');
  });

  it('checks only the rows that share a key, with the same diagnostics as checking every row (property)', () => {
    const word = fc.array(fc.constantFrom('甲', '乙', '丙', 'A', 'a'), { minLength: 1, maxLength: 3 }).map((a) => a.join(''));
    const row = fc.tuple(word, fc.constantFrom('enterprise', 'institution'), fc.array(word, { maxLength: 2 }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), fc.array(row, { maxLength: 6 }), (rowsA, rowsB) => {
        const files = [rowsA, rowsB].map((rows, k) => {
          const f = join(dir, `p${k}.tsv`);
          writeFileSync(f, `name\ttype\taliases\n${rows.map(([n, t, a]) => `${n}\t${t}\t${a.join('|')}`).join('\n')}\n`);
          return f;
        });
        const layer = loadDictionaryLayer(files.map((f) => ({ path: f, label: f })), { cache: false });
        const entries = files.flatMap((f) => parseEntityDictionary(readFileSync(f, 'utf8'), f).entries);
        expect(layer.diagnostics).toEqual(validateLayer(entries));
      }),
      { numRuns: 150 },
    );
  });

  it('does not cache files with errors', () => {
    const layer = load([fixture('bad.tsv')]);
    expect(layer.dictionary).toBeNull();
    expect(layer.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(snapshots()).toEqual([]);
  });

  it('takes its default folder from ZHNEWS_CACHE_DIR', () => {
    const saved = process.env.ZHNEWS_CACHE_DIR;
    try {
      process.env.ZHNEWS_CACHE_DIR = cache;
      expect(defaultCacheDir()).toBe(cache);
      delete process.env.ZHNEWS_CACHE_DIR;
      expect(defaultCacheDir()).toMatch(/zhnews$/);
    } finally {
      if (saved === undefined) delete process.env.ZHNEWS_CACHE_DIR;
      else process.env.ZHNEWS_CACHE_DIR = saved;
    }
  });
});

describe('binary snapshot', () => {
  it('round-trips the built-in dictionary exactly', () => {
    const entries: ParsedEntry[] = [];
    for (const f of ['enterprises.tsv', 'institutions.tsv', 'sports.tsv']) {
      entries.push(...parseEntityDictionary(readFileSync(join(entityDictDir(), f), 'utf8'), f).entries);
    }
    const compiled = compileDictionary(entries);
    const { dictionary } = decodeSnapshot(encodeSnapshot(compiled));
    expect(dictionary.names.length).toBe(compiled.names.length);
    const probes = entries.filter((_, i) => i % 7 === 0).flatMap((e) => [e.name, ...e.aliases, `${e.name}的`]);
    sameLookups(compiled, dictionary, probes);
    expect(dictionary.trie.size).toBe(compiled.trie.size);
  });

  it('round-trips random dictionaries (property)', () => {
    const word = fc.array(fc.constantFrom('甲', '乙', '公', '司', 'A', 'b', '银', '行'), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
    const entry = fc.record({
      name: word,
      type: fc.constantFrom('enterprise' as const, 'institution' as const),
      subtype: fc.constantFrom('company', 'bank', 'custom'),
      aliases: fc.array(word, { maxLength: 3 }),
      id: fc.option(fc.string({ maxLength: 4 }), { nil: undefined }),
      context: fc.option(fc.constantFrom('sports'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 15 }), fc.array(word, { maxLength: 10 }), (raw, probes) => {
        const entries: ParsedEntry[] = raw.map((e, i) => ({
          name: e.name,
          type: e.type,
          subtype: e.subtype,
          aliases: e.aliases,
          ...(e.id !== undefined && e.id !== '' ? { id: e.id } : {}),
          ...(e.context !== undefined ? { context: e.context } : {}),
          file: 'p',
          line: i + 2,
        }));
        const compiled = compileDictionary(entries);
        const { dictionary, extra } = decodeSnapshot(encodeSnapshot(compiled, { n: 1 }));
        expect(extra).toEqual({ n: 1 });
        sameLookups(compiled, dictionary, [...probes, ...entries.map((e) => e.name)]);
      }),
      { numRuns: 150 },
    );
  });

  it('throws SnapshotError, never anything else, on damaged bytes', () => {
    const good = encodeSnapshot(compileDictionary(parseEntityDictionary(readFileSync(fixture('newsroom.tsv'), 'utf8'), 'n').entries));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, xor) => {
        const bad = Buffer.from(good);
        bad[at] = (bad[at] as number) ^ xor;
        expect(() => decodeSnapshot(bad)).toThrow(SnapshotError);
      }),
      { numRuns: 200 },
    );
    expect(() => decodeSnapshot(good.subarray(0, 30))).toThrow(SnapshotError);
  });
});
