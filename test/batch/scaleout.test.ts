/**
 * `zhnews batch --shard i/n` and `zhnews batch - -o -` through the built CLI: the shards of an
 * archive add up to the whole run, each document once; standard input streams to standard
 * output.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'zhnews-scaleout-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function zhnews(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, 'batch', ...args], { cwd: root, input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ids = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id: string }).id);

describe('zhnews batch --shard i/n', () => {
  const archive = 'fixtures/batch/archive';
  const run = (name: string, extra: string[]) => {
    const out = join(tmp, `${name}.jsonl`);
    const errors = join(tmp, `${name}-errors.jsonl`);
    const r = zhnews([archive, '-o', out, '--errors', errors, '--workers', '1', '--fields', 'source', ...extra]);
    return { ...r, results: ids(readFileSync(out, 'utf8')), failures: ids(readFileSync(errors, 'utf8')), sources: readFileSync(out, 'utf8') + readFileSync(errors, 'utf8') };
  };
  const whole = run('whole', []);
  const shards = [0, 1, 2].map((i) => run(`shard-${i}`, ['--shard', `${i}/3`]));

  it('gives every document to exactly one shard', () => {
    expect(shards.flatMap((s) => s.results).sort()).toEqual([...whole.results].sort());
    expect(shards.flatMap((s) => s.failures).sort()).toEqual([...whole.failures].sort());
    for (const s of shards) expect(s.results.length + s.failures.length).toBeGreaterThan(0);
  });

  it('deals whole files: no file is read by two shards', () => {
    const files = shards.map((s) => new Set([...s.sources.matchAll(/"source":"([^"]+)"/g)].map((m) => m[1])));
    const all = files.flatMap((f) => [...f]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('computes the same split on every run', () => {
    expect(run('again-1', ['--shard', '1/3']).results).toEqual(shards[1]!.results);
  });

  it.each([
    [['--shard', '3/3'], /i goes from 0 to 2/],
    [['--shard', '1'], /--shard takes i\/n/],
  ])('refuses %j', (extra, message) => {
    const r = zhnews([archive, ...extra]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
  });

  it('refuses to shard standard input', () => {
    const r = zhnews(['-', '--shard', '0/2'], '{"text":"增长17%。"}\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/standard input \(-\) cannot be split/);
  });
});

describe('zhnews batch - -o -', () => {
  it('streams JSON Lines from standard input to standard output, errors on standard error', () => {
    const input = ['{"id":"a","text":"今年增长17%。"}', '{"id":"b","text":', '{"id":"c","text":"目标是1000亿元。"}'].join('\n');
    const r = zhnews(['-', '-o', '-', '--workers', '1', '--fields', 'statements', '--no-progress'], `${input}\n`);
    expect(r.status).toBe(2);
    expect(ids(r.stdout)).toEqual(['a', 'c']);
    expect(r.stderr).toMatch(/"id":"-:2".*"invalid-json"/);
    const [a] = r.stdout.split('\n').map((l) => l && JSON.parse(l));
    expect(a.statements[0]).toMatchObject({ text: '17%', value: 17, change: 'increase' });
  });

  it('needs a real file to resume', () => {
    const r = zhnews(['-', '-o', '-', '--resume'], '{"text":"x"}\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--resume needs --output FILE/);
  });
});
