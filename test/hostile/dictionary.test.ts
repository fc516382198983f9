/**
 * Hostile input to the dictionary tooling: an unusable cache folder, a snapshot under another
 * dictionary's name, binary and broken sources, names with control characters, duplicates.
 * CLI items run through the built dist/cli.js.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDictionaryLayer, lookupAt, validateEntries } from '../../src/dictionary/index.js';
import { parseCsv } from '../../src/dictionary/importers.js';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'zhnews-hostile-dict-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function zhnews(args: string[], env: NodeJS.ProcessEnv = {}) {
  // the timeout only guards against a hang; no test here measures speed
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: tmp, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', signal: r.signal };
}

const HEADER = 'name\ttype\tsubtype\taliases\tid\n';
/** A dictionary above the cache threshold (256 KB): generated company names, plus one we look for. */
function bigDictionary(path: string, extra: string): void {
  const rows: string[] = [];
  for (let i = 0; rows.join('').length < 300_000; i++) rows.push(`测试${i}号科技发展有限公司\tenterprise\tcompany\t\tgen-${i}\n`);
  writeFileSync(path, HEADER + rows.join('') + extra);
}

describe('an unusable cache folder means no cache, at once', () => {
  it('ZHNEWS_CACHE_DIR=/proc/nope: a warning and a correct analysis', () => {
    const dict = join(tmp, 'big.tsv');
    bigDictionary(dict, '桐柏馥记餐饮有限公司\tenterprise\tcompany\t桐柏馥记\tmy-1\n');
    writeFileSync(join(tmp, 't.txt'), '桐柏馥记今年营业收入达到30万元。');
    const r = zhnews(['analyze', 't.txt', '--segmenter', 'none', '--dict', 'big.tsv'], { ZHNEWS_CACHE_DIR: '/proc/nope' });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: cache folder \/proc\/nope cannot be used \(ENOENT\); compiled without caching/);
    const doc = JSON.parse(r.stdout) as { entities: { text: string; id?: string }[] };
    expect(doc.entities).toContainEqual(expect.objectContaining({ text: '桐柏馥记', id: 'my-1' }));
  });
});

describe('a snapshot copied under another dictionary\'s cache name', () => {
  it('is recognised by the source key inside it and not served', () => {
    const dir = join(tmp, 'cache');
    const a = join(tmp, 'a.tsv');
    const b = join(tmp, 'b.tsv');
    writeFileSync(a, `${HEADER}甲乙丙科技有限公司\tenterprise\tcompany\t\ta-1\n`);
    writeFileSync(b, `${HEADER}丁戊己科技有限公司\tenterprise\tcompany\t\tb-1\n`);
    const cache = { dir, minBytes: 0 };
    const first = loadDictionaryLayer([{ path: a, label: 'a.tsv' }], { cache });
    const second = loadDictionaryLayer([{ path: b, label: 'b.tsv' }], { cache });
    expect([first.cache, second.cache]).toEqual(['written', 'written']);
    copyFileSync(first.cacheFile!, second.cacheFile!); // a's snapshot under b's name
    const again = loadDictionaryLayer([{ path: b, label: 'b.tsv' }], { cache });
    expect(again.cache).not.toBe('hit');
    expect(lookupAt(again.dictionary!, '丁戊己科技有限公司', 0)?.canonical).toBe('丁戊己科技有限公司');
    expect(lookupAt(again.dictionary!, '甲乙丙科技有限公司', 0)).toBeNull();
    expect(loadDictionaryLayer([{ path: b, label: 'b.tsv' }], { cache }).cache).toBe('hit'); // its own snapshot is served
  });
});

describe('zhnews dict import of hostile sources', () => {
  it('a binary file is refused in one line, exit 1, nothing written', () => {
    writeFileSync(join(tmp, 'logo.png'), Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex'));
    const r = zhnews(['dict', 'import', '--from', 'txt', 'logo.png']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('zhnews: logo.png: binary content (NUL or control bytes), not text\n');
  });

  it('a CSV with an unterminated quote imports nothing of the broken row', () => {
    writeFileSync(join(tmp, 'broken.csv'), 'name,note\n甲乙丙科技有限公司,ok\n"丁戊己科技有限公司,no end\n庚辛壬科技有限公司,x\n');
    const r = zhnews(['dict', 'import', '--from', 'csv', 'broken.csv']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('甲乙丙科技有限公司');
    expect(r.stdout).not.toContain('丁戊己');
    expect(r.stderr).toMatch(/broken\.csv:3: skipped: a quote opened on this line is never closed/);
  });

  it('parseCsv marks the unterminated record', () => {
    expect(parseCsv('a\n"b\nc\n').map((r) => [r.line, r.unterminated ?? false])).toEqual([
      [1, false],
      [2, true],
    ]);
  });
});

describe('dictionary names with control characters', () => {
  it('are printed escaped, never raw, on the terminal', () => {
    writeFileSync(join(tmp, 'ctl.tsv'), `${HEADER}坏\x1b[2J名字公司\tenterprise\tcompany\t\tc-1\n好公司\tenterprise\tnot-a-subtype\t\t\n`);
    const r = zhnews(['dict', 'validate', 'ctl.tsv']);
    const printed = r.stdout + r.stderr;
    expect(printed).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(printed).toContain('\\u{1b}[2J');
  });
});

describe('the same name twice with the same type', () => {
  it('is a warning that names both rows (the later one wins)', () => {
    const d = validateEntries([
      { name: '甲公司', type: 'enterprise', subtype: 'company', aliases: [], file: 'a.tsv', line: 2 },
      { name: '甲公司', type: 'enterprise', subtype: 'company', aliases: ['甲'], file: 'a.tsv', line: 5 },
    ]);
    expect(d).toEqual([
      { file: 'a.tsv', line: 5, severity: 'warning', code: 'dict/duplicate-name', message: 'name "甲公司" is also at a.tsv:2; this row wins' },
    ]);
  });

  it('zhnews dict validate reports it', () => {
    writeFileSync(join(tmp, 'twice.tsv'), `${HEADER}甲乙丙科技有限公司\tenterprise\tcompany\t\t\n甲乙丙科技有限公司\tenterprise\tcompany\t甲乙丙\t\n`);
    const r = zhnews(['dict', 'validate', 'twice.tsv']);
    expect(r.stdout + r.stderr).toMatch(/twice\.tsv:3: warning: name "甲乙丙科技有限公司" is also at twice\.tsv:2; this row wins/);
  });
});

describe('render --dict with several files after one flag (as documented)', () => {
  it('render a.txt --dict x.tsv y.tsv uses both', () => {
    writeFileSync(join(tmp, 'x.tsv'), `${HEADER}桐柏馥记餐饮有限公司\tenterprise\tcompany\t桐柏馥记\tmy-1\n`);
    writeFileSync(join(tmp, 'y.tsv'), `${HEADER}蓝鲸数字科技有限公司\tenterprise\tcompany\t蓝鲸科技\tmy-2\n`);
    writeFileSync(join(tmp, 'n.txt'), '桐柏馥记和蓝鲸科技今年营业收入达到30万元。');
    const r = zhnews(['render', 'n.txt', '--dict', 'x.tsv', 'y.tsv', '--segmenter', 'none', '-o', 'n.html']);
    expect(r.status).toBe(0);
    const html = readFileSync(join(tmp, 'n.html'), 'utf8');
    expect(html).toContain('id: my-1');
    expect(html).toContain('id: my-2');
  });
});
