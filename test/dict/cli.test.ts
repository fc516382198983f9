import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const built = existsSync(cli) && /\.command\(["']dict["']\)/.test(readFileSync(cli, 'utf8'));
if (!built) console.warn('[dict cli] skipping the dist/cli.js tests: dist is missing or older than the dict command (run `npx tsup`)');

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhnews-dict-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function zhnews(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, ZHNEWS_CACHE_DIR: join(dir, 'cache') } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!built)('zhnews dict (built dist/cli.js)', () => {
  it('validate prints every problem as file:line: reason and exits 1 on errors', () => {
    const out = zhnews(['dict', 'validate', 'fixtures/dict/bad.tsv']);
    expect(out.status).toBe(1);
    expect(out.stdout.trim().split('\n')).toEqual([
      'fixtures/dict/bad.tsv:4: warning: alias "甲科技" is also claimed by "甲科技有限公司" at fixtures/dict/bad.tsv:3; this row wins',
      'fixtures/dict/bad.tsv:5: empty name',
      'fixtures/dict/bad.tsv:6: unknown type "company" (expected enterprise or institution)',
      'fixtures/dict/bad.tsv:7: 5 cells but the header has 4 columns',
      'fixtures/dict/bad.tsv:9: name "戊公司" is enterprise at fixtures/dict/bad.tsv:8 but institution here',
      'fixtures/dict/bad.tsv:10: empty alias in "己||己司"',
      'fixtures/dict/bad.tsv:11: unknown subtype "insurance" for enterprise (expected company, bank; declare others with a "# subtypes: insurance" line)',
    ]);
    expect(out.stderr).toContain('6 errors, 1 warning');
  });

  it('validate exits 0 on good files (warnings allowed) and 1 on a missing file', () => {
    const ok = zhnews(['dict', 'validate', 'fixtures/dict/newsroom.tsv', 'fixtures/dict/override.tsv', 'fixtures/dict/declared.tsv']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('');
    const missing = zhnews(['dict', 'validate', 'fixtures/dict/nope.tsv']);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toMatch(/^fixtures\/dict\/nope\.tsv:0: cannot read/);
  });

  it('import --from jieba keeps organisation tags and skips the others', () => {
    const out = join(dir, 'jieba.tsv');
    const r = zhnews(['dict', 'import', '--from', 'jieba', 'fixtures/dict/jieba.txt', '-o', out]);
    expect(r.status).toBe(0);
    const rows = readFileSync(out, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(rows).toEqual([
      'name\ttype\tsubtype\taliases\tid',
      '蓝鲸数字科技有限公司\tenterprise\tcompany\t\t',
      '国家数据局\tinstitution\tpublic\t\t',
      '南湖实验室\tenterprise\tcompany\t\t',
      '中国工商银行\tenterprise\tbank\t\t',
    ]);
    expect(r.stderr).toContain('fixtures/dict/jieba.txt:4: skipped: tag "nz"');
    expect(r.stderr).toContain('imported 4 entries, skipped 3 lines');
    expect(zhnews(['dict', 'validate', out]).status).toBe(0);
  });

  it('import --from csv reads a name column, aliases and ids, quoted fields and GB18030', () => {
    const r = zhnews(['dict', 'import', '--from', 'csv', 'fixtures/dict/registry.csv', '--type', 'enterprise']);
    expect(r.status).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(rows.slice(1)).toEqual([
      '蓝鲸数字科技有限公司\tenterprise\tcompany\t蓝鲸数科|鲸科\t91110000MA00000001',
      '北辰星河文化传媒有限公司\tenterprise\tcompany\t星河文化|星河传媒\t91110000MA00000002',
      '"引号"测试有限公司\tenterprise\tcompany\t\t',
    ]);
    const gbk = join(dir, 'gbk.csv');
    writeFileSync(gbk, iconv.encode('单位名称,备注\n廊坊市数据和政务服务局,x\n', 'gbk'));
    const g = zhnews(['dict', 'import', '--from', 'csv', gbk, '--type', 'institution', '--subtype', 'government']);
    expect(g.stdout).toContain('廊坊市数据和政务服务局\tinstitution\tgovernment\t\t');
    const noName = zhnews(['dict', 'import', '--from', 'csv', gbk, '--name-column', 'nope']);
    expect(noName.status).toBe(1);
    expect(noName.stderr).toMatch(/no name column "nope"/);
  });

  it('import --from txt takes one name a line, and declares a new subtype', () => {
    const r = zhnews(['dict', 'import', '--from', 'txt', 'fixtures/dict/names.txt', '--type', 'institution', '--subtype', 'department']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('# subtypes: department\n');
    expect(r.stdout.split('\n').filter((l) => l.includes('\tinstitution\t'))).toEqual([
      '廊坊市数据和政务服务局\tinstitution\tdepartment\t\t',
      '廊坊市发展和改革委员会\tinstitution\tdepartment\t\t',
    ]);
  });

  it('stats counts by type and subtype, aliases and the longest names', () => {
    const r = zhnews(['dict', 'stats', 'fixtures/dict/newsroom.tsv', 'fixtures/dict/declared.tsv', '--json']);
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout) as { rows: number; byType: Record<string, number>; bySubtype: { subtype: string; count: number }[]; aliases: number; longest: { name: string }[] };
    expect(s.rows).toBe(4);
    expect(s.byType).toEqual({ enterprise: 4, institution: 0 });
    expect(s.bySubtype.map((x) => [x.subtype, x.count])).toEqual([
      ['company', 2],
      ['insurance', 1],
      ['securities', 1],
    ]);
    expect(s.aliases).toBe(5);
    expect(s.longest[0]?.name).toBe('北辰星河文化传媒有限公司');
    const text = zhnews(['dict', 'stats', 'fixtures/dict/newsroom.tsv']);
    expect(text.stdout).toContain('enterprise/company');
  });

  it('add appends one checked entry and refuses bad ones', () => {
    const file = join(dir, 'mine.tsv');
    copyFileSync(join(root, 'fixtures/dict/newsroom.tsv'), file);
    const ok = zhnews(['dict', 'add', file, '南湖数智研究院', '--type', 'institution', '--subtype', 'research', '--alias', '南湖数智', '--id', 'nh-1']);
    expect(ok.status).toBe(0);
    expect(readFileSync(file, 'utf8').endsWith('南湖数智研究院\tinstitution\tresearch\t南湖数智\tnh-1\n')).toBe(true);
    const dup = zhnews(['dict', 'add', file, '南湖数智研究院', '--type', 'enterprise']);
    expect(dup.status).toBe(1);
    expect(dup.stderr).toContain(`${file}:5: "南湖数智研究院" is already there`);
    const sub = zhnews(['dict', 'add', file, '某保险公司', '--type', 'enterprise', '--subtype', 'insurance']);
    expect(sub.status).toBe(1);
    expect(sub.stderr).toContain(':6: unknown subtype "insurance"');
    const type = zhnews(['dict', 'add', file, '某公司', '--type', 'company']);
    expect(type.status).toBe(1);
    expect(zhnews(['dict', 'validate', file]).status).toBe(0);
    // a new file gets a header
    const fresh = join(dir, 'fresh.tsv');
    expect(zhnews(['dict', 'add', fresh, '蓝鲸数字科技有限公司', '--type', 'enterprise', '--alias', '蓝鲸数科|蓝鲸']).status).toBe(0);
    expect(readFileSync(fresh, 'utf8')).toBe('name\ttype\tsubtype\taliases\tid\n蓝鲸数字科技有限公司\tenterprise\t\t蓝鲸数科|蓝鲸\t\n');
  });

  it('analyze --dict is repeatable, later files win, and bad files fail with file:line', () => {
    const input = '蓝鲸数科与中国人民银行签约。';
    const one = zhnews(['analyze', '-', '--segmenter', 'node-rs', '--dict', 'fixtures/dict/newsroom.tsv'], input);
    expect(one.status).toBe(0);
    const e1 = (JSON.parse(one.stdout) as { entities: { canonical: string; type: string }[] }).entities;
    expect(e1.map((e) => e.canonical)).toEqual(['蓝鲸数字科技有限公司', '中国人民银行']);
    expect(e1[1]?.type).toBe('institution');
    const two = zhnews(['analyze', '-', '--segmenter', 'node-rs', '--dict', 'fixtures/dict/newsroom.tsv', '--dict', 'fixtures/dict/override.tsv'], input);
    expect((JSON.parse(two.stdout) as { entities: { type: string }[] }).entities[1]?.type).toBe('enterprise');
    const bad = zhnews(['analyze', '-', '--dict', 'fixtures/dict/bad.tsv'], input);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('fixtures/dict/bad.tsv:5: empty name');
    expect(bad.stdout).toBe('');
  });
});
