/**
 * `zhnews worker` on a real redis-server: throughput of one and of two worker processes, and
 * the cost of a job. Run alone with `npm run bench -- queue` (needs `npm run build` first and
 * redis-server; about 2 minutes on an idle 2-core machine).
 *
 * - Throughput: a JSONL archive of about 30 MB built from `../shared/data/throughput/` (news.txt
 *   in 20-line articles, gov.txt in 10-line reports, repeated) is enqueued in jobs of 100
 *   documents; then 1, and on a fresh queue 2, worker processes of the built CLI (one analysis
 *   thread each, `--until-empty`) empty the queue. Steady rates count from the first job done to
 *   the last (the start of a worker, its thread pool and dictionaries, is left out); wall
 *   times include it.
 * - Per-job overhead: 2000 empty documents enqueued one per job and run by one worker: the time
 *   per job is what a job costs besides analysis (Redis round trips, locks, two files written
 *   with a disk flush and renamed, the manifest update).
 * - Control: a pure CPU loop in 1 and 2 processes, the speed-up this (shared) machine allows now.
 *
 * Knobs: ZHNEWS_BENCH_QUEUE_MB (30), ZHNEWS_BENCH_QUEUE_CHUNK (100).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, sharedDir } from '../eval/shared.js';
import { openQueue } from '../src/queue/open.js';
import { corpusArticles as articles } from './corpus.js';
import { hasRedisServer, startRedis } from '../test/queue/redisServer.js';

const cli = join(repoRoot, 'dist/cli.js');

/** Writes `count` JSON lines made by `line(i)`, or lines until `mb` MB; returns documents and bytes. */
async function writeJsonl(path: string, line: (i: number) => string, limit: { mb?: number; count?: number }): Promise<{ docs: number; bytes: number }> {
  const out = createWriteStream(path);
  let bytes = 0;
  let docs = 0;
  while ((limit.mb === undefined || bytes < limit.mb * 1e6) && (limit.count === undefined || docs < limit.count)) {
    const text = `${line(docs)}\n`;
    bytes += Buffer.byteLength(text);
    docs++;
    if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return { docs, bytes };
}

function zhnews(args: string[]): string {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`zhnews ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stderr;
}

interface QueueRun {
  /** Seconds from starting the workers until the last one exited. */
  wall: number;
  /** Seconds from the first job done to the last, and the documents done in between. */
  steadySeconds: number;
  steadyDocs: number;
  jobs: number;
  docs: number;
}

/** Enqueues `input` on a fresh queue and empties it with `workers` worker processes. */
async function drain(url: string, queue: string, input: string, chunk: number, workers: number, out: string): Promise<QueueRun> {
  const where = ['--redis', url, '--queue', queue];
  zhnews(['queue', 'add', input, '--chunk', String(chunk), ...where]);
  const q = await openQueue(url, queue, { persistent: false });
  try {
    const { jobs, documents } = await q.manifest.summary();
    const started = performance.now();
    const exits = Array.from({ length: workers }, () => {
      const child = spawn(process.execPath, [cli, 'worker', ...where, '--out', out, '--concurrency', '1', '--until-empty'], {
        cwd: repoRoot,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      return new Promise<void>((resolve, reject) =>
        child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}: ${stderr}`)))),
      );
    });
    let first: { t: number; docs: number } | null = null;
    let last = started;
    let finished = false;
    const all = Promise.all(exits).finally(() => (finished = true));
    while (!finished) {
      await new Promise((r) => setTimeout(r, 100));
      const s = await q.manifest.summary();
      const now = performance.now();
      if (!first && s.done > 0) first = { t: now, docs: s.analysed + s.failed };
      if (s.done === jobs) {
        last = now;
        break;
      }
    }
    await all;
    const wall = (performance.now() - started) / 1000;
    if (!first) first = { t: started, docs: 0 };
    return { wall, steadySeconds: (last - first.t) / 1000, steadyDocs: documents - first.docs, jobs, docs: documents };
  } finally {
    await q.close();
  }
}

/** How much two processes gain over one right now on this machine, for pure CPU work. */
async function cpuControl(): Promise<number> {
  const loop = 'let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i * 7) % 1000003; process.stdout.write(String(x));';
  const ms: number[] = [];
  for (const n of [1, 2]) {
    const t = performance.now();
    await Promise.all(
      Array.from({ length: n }, () => new Promise<void>((resolve) => spawn(process.execPath, ['-e', loop], { stdio: 'ignore' }).once('exit', () => resolve()))),
    );
    ms.push(performance.now() - t);
  }
  return (2 * ms[0]!) / ms[1]!;
}

export async function run(): Promise<void> {
  const shared = sharedDir();
  if (!shared) return;
  if (!hasRedisServer) {
    console.log('(skipped: redis-server is not installed)');
    return;
  }
  if (!existsSync(cli)) {
    console.log('(skipped: dist/cli.js is missing; run npm run build first)');
    return;
  }
  const mb = Number(process.env.ZHNEWS_BENCH_QUEUE_MB ?? 30);
  const chunk = Number(process.env.ZHNEWS_BENCH_QUEUE_CHUNK ?? 100);
  const dir = mkdtempSync(join(tmpdir(), 'zhnews-queue-bench-'));
  const redis = await startRedis();
  try {
    const docs = articles(shared);
    const archive = join(dir, 'archive.jsonl');
    const made = await writeJsonl(archive, (i) => JSON.stringify({ id: `d${i}`, text: docs[i % docs.length], date: '2020-04-14' }), { mb });
    console.log(`Load average when starting: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} CPUs (the machine is shared).`);
    console.log(`Archive: ${(made.bytes / 1e6).toFixed(1)} MB JSONL, ${made.docs} documents, jobs of ${chunk}; worker processes with one analysis thread each.\n`);
    console.log('| worker processes | jobs | documents | wall s | docs/s (wall) | steady docs/s | steady MB/s |');
    console.log('|---|---|---|---|---|---|---|');
    const steady: number[] = [];
    for (const workers of [1, 2]) {
      const r = await drain(redis.url, `bench-${workers}`, archive, chunk, workers, join(dir, `out-${workers}`));
      const rate = r.steadyDocs / r.steadySeconds;
      steady.push(rate);
      console.log(
        `| ${workers} | ${r.jobs} | ${r.docs} | ${r.wall.toFixed(1)} | ${(r.docs / r.wall).toFixed(0)} | ${rate.toFixed(0)} | ${((rate * made.bytes) / made.docs / 1e6).toFixed(2)} |`,
      );
    }
    const control = await cpuControl();
    console.log(`\n2 worker processes / 1 (steady): ${(steady[1]! / steady[0]!).toFixed(2)}× (target ≥ 1.4× when both cores are free)`);
    console.log(`Control: a pure CPU loop in 2 processes vs 1 gains ${control.toFixed(2)}× on this machine right now (the ceiling for any split).`);

    const empty = join(dir, 'empty.jsonl');
    const n = 2000;
    await writeJsonl(empty, (i) => JSON.stringify({ id: `e${i}`, text: '' }), { count: n });
    const o = await drain(redis.url, 'overhead', empty, 1, 1, join(dir, 'out-overhead'));
    const perJobMs = (o.steadySeconds * 1000) / Math.max(o.steadyDocs, 1);
    const perDocMs = 1000 / steady[0]!;
    console.log(
      `\nPer-job overhead: ${n} jobs of one empty document, one worker: ${perJobMs.toFixed(2)} ms per job ` +
        `(${(1000 / perJobMs).toFixed(0)} jobs/s); analysis takes ${perDocMs.toFixed(2)} ms per archive document, so a job of ${chunk} ` +
        `spends ${((100 * perJobMs) / (perJobMs + chunk * perDocMs)).toFixed(1)}% of its time on overhead, a job of 1 ${((100 * perJobMs) / (perJobMs + perDocMs)).toFixed(0)}%.`,
    );
  } finally {
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
