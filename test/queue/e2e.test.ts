/**
 * End to end with the built CLI and a real redis-server: a few thousand documents, two worker
 * processes, one SIGKILLed midway and a third started; collect must find every document
 * exactly once. Then a poison document (it exhausts its analysis thread's heap): it alone
 * becomes an error record, and collect exits 2.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQueue } from '../../src/queue/open.js';
import { redisSkipReason, startRedis, type RedisServer } from './redisServer.js';

const skip = redisSkipReason();
const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const article = readFileSync(join(root, 'fixtures/langfang-development-zone.txt'), 'utf8');
const lines = article.split('\n').filter((l) => l.trim() !== '');

/** JSONL of `n` documents, each a line of the seed article, ids d0…d(n-1). */
function archive(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    const text = lines[i % lines.length]!;
    out += `${JSON.stringify({ id: `d${i}`, text, date: '2020-04-14' })}\n`;
  }
  return out;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function zhnews(args: string[]): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function startWorker(args: string[]): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [cli, 'worker', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Run>((resolve) => child.once('exit', (status) => resolve({ status, stdout, stderr })));
  return { child, done };
}

const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe.skipIf(skip !== null)('zhnews queue + worker end to end', () => {
  let redis: RedisServer;
  const tmp = mkdtempSync(join(tmpdir(), 'zhnews-queue-e2e-'));
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('loses nothing when a worker is SIGKILLed midway', async () => {
    const n = 2500;
    const input = join(tmp, 'archive.jsonl');
    writeFileSync(input, archive(n));
    const where = ['--redis', redis.url, '--queue', 'kill'];
    const out = join(tmp, 'out-kill');
    const add = zhnews(['queue', 'add', input, '--chunk', '50', ...where]);
    expect(add.stderr).toMatch(/enqueued 50 jobs \(2500 records\)/);
    expect(add.status).toBe(0);
    expect(zhnews(['queue', 'add', input, '--chunk', '50', ...where]).stderr).toMatch(/enqueued 0 jobs .*50 jobs \(2500 records\) were already/);

    // short locks, so that the killed worker's jobs come back within seconds
    const workerArgs = [...where, '--out', out, '--concurrency', '1', '--lock-ms', '2000', '--stalled-interval-ms', '500', '--until-empty', '--fields', 'date,statements'];
    const a = startWorker(workerArgs);
    const b = startWorker(workerArgs);
    // kill A once a fifth of the jobs are done, while both are busy
    const q = await openQueue(redis.url, 'kill', { persistent: false });
    try {
      while ((await q.manifest.summary()).done < 10) await new Promise((r) => setTimeout(r, 100));
    } finally {
      await q.close();
    }
    a.child.kill('SIGKILL');
    const killed = await a.done;
    expect(killed.status).toBeNull();
    const c = startWorker(workerArgs);
    const [rb, rc] = await Promise.all([b.done, c.done]);
    expect(rb.status).toBe(0);
    expect(rc.status).toBe(0);

    const status = JSON.parse(zhnews(['queue', 'status', '--json', ...where]).stdout);
    expect(status).toMatchObject({ jobs: 50, documents: 2500, waiting: 0, active: 0, stalled: 0, done: 50, failed: 0, analysed: 2500, failedDocuments: 0 });
    expect(status.recoveredStalls).toBeGreaterThanOrEqual(1); // A held jobs when it died: they were taken back

    const merged = join(tmp, 'kill.jsonl');
    const errors = join(tmp, 'kill-errors.jsonl');
    const collect = zhnews(['queue', 'collect', out, '-o', merged, '--errors', errors, ...where]);
    expect(collect.stderr).toBe('2500 documents enqueued in 50 jobs: 2500 analysed, 0 failed, 0 missing\n');
    expect(collect.status).toBe(0);
    const results = jsonLines(readFileSync(merged, 'utf8'));
    expect(results.map((r) => r.id)).toEqual(Array.from({ length: n }, (_, i) => `d${i}`));
    expect(Object.keys(results[0]!)).toEqual(['id', 'date', 'statements']);
    expect(readFileSync(errors, 'utf8')).toBe('');
  });

  it('fails a poison document alone and exits 2', async () => {
    const input = join(tmp, 'poison.jsonl');
    const docs = archive(100).split('\n').filter(Boolean);
    // a 5.7 MB document: analysing it needs far more than the 48 MB heap the worker gives a thread
    // (a small document needs about 14 MB; a 2 MB one, without token objects, fits in 48)
    docs.splice(37, 0, JSON.stringify({ id: 'poison', text: article.repeat(400) }));
    writeFileSync(input, `${docs.join('\n')}\n`);
    const where = ['--redis', redis.url, '--queue', 'poison'];
    const out = join(tmp, 'out-poison');
    expect(zhnews(['queue', 'add', input, '--chunk', '50', '--max-document-mb', '8', ...where]).status).toBe(0);
    const w = startWorker([...where, '--out', out, '--concurrency', '1', '--max-document-mb', '8', '--max-heap-mb', '48', '--until-empty']);
    expect((await w.done).status).toBe(0);
    const errors = join(tmp, 'poison-errors.jsonl');
    const merged = join(tmp, 'poison.jsonl.out');
    const collect = zhnews(['queue', 'collect', out, '-o', merged, '--errors', errors, ...where]);
    expect(collect.status).toBe(2);
    expect(collect.stderr).toMatch(/^101 documents enqueued in 3 jobs: 100 analysed, 1 failed \(in .*\), 0 missing\n$/);
    const failures = jsonLines(readFileSync(errors, 'utf8'));
    expect(failures).toEqual([{ id: 'poison', source: expect.stringMatching(/poison\.jsonl$/), line: 38, error: { code: 'worker-crashed', message: expect.stringMatching(/memory/) } }]);
    expect(jsonLines(readFileSync(merged, 'utf8')).map((r) => r.id)).toEqual(Array.from({ length: 100 }, (_, i) => `d${i}`));
  });
});
