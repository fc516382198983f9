import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'zhnews-batch-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function zhnews(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, 'batch', ...args], { cwd: root, input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown> & { id: string });

describe('zhnews batch on the fixture archive', () => {
  const out = join(tmp, 'archive.jsonl');
  const errors = join(tmp, 'archive-errors.jsonl');
  const run = zhnews(['fixtures/batch/archive', '-o', out, '--errors', errors, '--workers', '2', '--keywords', '3']);

  it('accounts for every document and exits 2', () => {
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const results = jsonLines(readFileSync(out, 'utf8'));
    const failures = jsonLines(readFileSync(errors, 'utf8'));
    expect(results.map((r) => r.id)).toEqual(['a-utf8.txt', 'b-gbk.txt', 'news-1', 'news-3', 'gz-1', 'gz-2', 'f-empty.txt']);
    expect(failures).toEqual([
      {
        id: 'fixtures/batch/archive/c-news.jsonl:2',
        source: 'fixtures/batch/archive/c-news.jsonl',
        line: 2,
        error: { code: 'invalid-json', message: expect.stringMatching(/JSON/) },
      },
      { id: 'e-scan.txt', source: 'fixtures/batch/archive/e-scan.txt', error: { code: 'binary', message: expect.any(String) } },
    ]);
    expect(run.stderr).toMatch(/9 documents read: 7 analysed, 2 failed \(in .*archive-errors\.jsonl\)/);
  });

  it('writes the default fields, dates and keywords', () => {
    const [first, , news1] = jsonLines(readFileSync(out, 'utf8'));
    expect(Object.keys(first!)).toEqual(['id', 'source', 'entities', 'quantities', 'statements', 'keywords']);
    expect(news1).toMatchObject({ id: 'news-1', source: 'fixtures/batch/archive/c-news.jsonl', line: 1, date: '2020-04-14' });
    expect((news1!.keywords as unknown[]).length).toBe(3);
  });

  it('decodes the GBK file', () => {
    const gbk = jsonLines(readFileSync(out, 'utf8')).find((r) => r.id === 'b-gbk.txt') as unknown as { entities: { text: string }[] };
    expect(gbk.entities.map((e) => e.text)).toContain('廊坊开发区工委');
  });

  it('shows no progress bar when stderr is not a terminal', () => {
    expect(run.stderr).not.toMatch(/\r|\x1b\[|[█░]/);
    // plain lines only: the summary (and, on a slow machine, a progress line every 10 s)
    for (const line of run.stderr.trim().split('\n')) expect(line).toMatch(/^zhnews: \d+ documents/);
  });
});

describe('zhnews batch outputs', () => {
  it('writes results alone on stdout and error records on stderr', () => {
    const r = zhnews(['fixtures/batch/archive/c-news.jsonl', '--workers', '1', '--fields', 'id,statements']);
    expect(r.status).toBe(2);
    expect(jsonLines(r.stdout).map((x) => Object.keys(x))).toEqual([
      ['id', 'statements'],
      ['id', 'statements'],
    ]);
    expect(r.stderr).toContain('"code":"invalid-json"');
  });

  it('never reads its own output inside an input directory', () => {
    const dir = join(tmp, 'self');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), '增长17%。');
    const first = zhnews([dir, '-o', join(dir, 'out.jsonl'), '--workers', '0', '--fields', 'id']);
    const second = zhnews([dir, '-o', join(dir, 'out.jsonl'), '--workers', '0', '--fields', 'id', '--resume']);
    expect([first.status, second.status]).toEqual([0, 0]);
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe('{"id":"a.txt"}\n');
    expect(second.stderr).toMatch(/1 document read: 0 analysed, 0 failed, 1 skipped/);
  });

  it('reads standard input as JSON Lines', () => {
    const r = zhnews(['-', '--workers', '0', '--fields', 'id,date,text'], '{"id":"s1","text":"增长17%。","date":"2020-04-14"}\n\n{"text":"下降"}\n');
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout)).toEqual([
      { id: 's1', date: '2020-04-14', text: '增长17%。' },
      { id: '-:3', text: '下降' },
    ]);
  });

  it('writes CSV rows from a GBK CSV with custom columns', () => {
    const out = join(tmp, 'rows.csv');
    const r = zhnews(['fixtures/batch/formats/gbk.csv', '--format', 'csv', '-o', out, '--text-field', '正文', '--id-field', '编号', '--date-field', '日期', '--workers', '1']);
    expect(r.status).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\ufeffid,source,line,date,kind,comparator,value,')).toBe(true);
    const ids = csv.trim().split('\n').slice(1).map((l) => l.split(',')[0]);
    expect(new Set(ids)).toEqual(new Set(['gbk-1', 'gbk-2']));
    expect(csv).toContain('gbk-2,fixtures/batch/formats/gbk.csv,3,2020-04-15,');
  });

  it.each([
    [[], /missing required argument/],
    [['no/such/dir'], /no such file or directory/],
    [['fixtures/batch/archive', '--format', 'xml'], /Allowed choices are jsonl, csv/],
    [['fixtures/batch/archive', '--resume'], /--resume needs --output/],
    [['fixtures/batch/archive', '--fields', 'id,colour'], /unknown --fields colour/],
    [['fixtures/batch/archive', '--encoding', 'latin1'], /--encoding must be/],
    [['fixtures/batch/archive', '--workers', 'many'], /--workers must be a whole number/],
    [['fixtures/batch/archive', '--format', 'csv', '--fields', 'id'], /--fields applies to --format jsonl/],
  ])('exits 1 for %j', (args, message) => {
    const r = zhnews(args);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

describe('zhnews batch --resume', () => {
  const article = readFileSync(join(root, 'fixtures/langfang-development-zone.txt'), 'utf8');
  const archive = join(tmp, 'big.jsonl');
  const ids = Array.from({ length: 120 }, (_, i) => `doc-${String(i).padStart(3, '0')}`);
  writeFileSync(archive, ids.map((id) => JSON.stringify({ id, text: article })).join('\n') + '\n');

  async function startAndStop(out: string, signal: NodeJS.Signals, afterLines: number) {
    const child = spawn(process.execPath, [cli, 'batch', archive, '-o', out, '--workers', '1', '--resume'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    for (let i = 0; i < 600; i++) {
      const lines = existsSync(out) ? readFileSync(out, 'utf8').split('\n').length - 1 : 0;
      if (lines >= afterLines || child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill(signal);
    return { code: await exited, stderr };
  }

  function finish(out: string) {
    const r = spawnSync(process.execPath, [cli, 'batch', archive, '-o', out, '--workers', '2', '--resume'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(ids);
    return r;
  }

  it('continues a killed run without duplicates or gaps, dropping a cut last line', async () => {
    const out = join(tmp, 'killed.jsonl');
    await startAndStop(out, 'SIGKILL', 10);
    appendFileSync(out, '{"id":"doc-999","source":"big.jsonl","entit'); // as if killed mid-write
    const before = readFileSync(out, 'utf8').split('\n').length - 1;
    expect(before).toBeGreaterThanOrEqual(10);
    expect(before).toBeLessThan(ids.length);
    const r = finish(out);
    expect(r.stderr).toMatch(/removed an incomplete tail/);
    expect(r.stderr).toMatch(new RegExp(`120 documents read: ${120 - before} analysed, 0 failed, ${before} skipped`));
  });

  it('on SIGINT finishes the documents in flight, exits 130, and resumes', async () => {
    const out = join(tmp, 'interrupted.jsonl');
    const { code, stderr } = await startAndStop(out, 'SIGINT', 5);
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted; finishing the documents in flight/);
    expect(stderr).toMatch(/zhnews: interrupted; \d+ documents? read/);
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(lines.length).toBeLessThan(ids.length);
    finish(out);
  });
});

describe('zhnews batch --dict', () => {
  const input = '{"id":"a","text":"蓝鲸数科今年将新增100个岗位。"}\n{"id":"b","text":"北辰星河与星河文化签约。"}\n';

  it('tags the entries of a user dictionary in every worker, with their canonical names', () => {
    const r = zhnews(['-', '--dict', 'fixtures/dict/newsroom.tsv', '--workers', '2', '--no-progress'], input);
    expect(r.status).toBe(0);
    const [a, b] = jsonLines(r.stdout) as unknown as { id: string; entities: { text: string; canonical: string }[] }[];
    expect(a!.entities.map((e) => [e.text, e.canonical])).toContainEqual(['蓝鲸数科', '蓝鲸数字科技有限公司']);
    expect(b!.entities.map((e) => e.canonical)).toContain('北辰星河文化传媒有限公司');
  });

  it('rejects a bad dictionary before reading any document, with file:line', () => {
    const r = zhnews(['-', '--dict', 'fixtures/dict/bad.tsv', '--no-progress'], input);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/fixtures\/dict\/bad\.tsv:\d+: /);
    expect(r.stdout).toBe('');
  });
});
