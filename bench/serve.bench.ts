/**
 * `zhnews serve` under load on loopback (`npm run bench -- serve`, about a minute and a half).
 *
 * - Server: `zhnews serve` as a child process (the built dist/cli.js: `npm run build` first) with N
 *   workers; autocannon sends POST /v1/analyze with the seed's first body paragraph as JSON, 16
 *   connections, 10 s. Every answer must be a 200 (errors, timeouts and non-2xx are counted and
 *   reported).
 * - Baseline: analyze() on the same N worker threads (the same pool, the same task: the JSON of
 *   the full analysis made in the worker), 16 documents in flight, 10 s, in this process.
 * - Both sides are warmed for 5 s first (same load, not counted).
 * - Rounds alternate baseline and server twice, since the machine is shared and its load moves;
 *   the ratio is server ÷ baseline per round. The bar: no errors, ratio ≥ 0.80.
 *
 * Knobs: ZHNEWS_BENCH_SERVE_SECONDS (10), ZHNEWS_BENCH_SERVE_WORKERS (CPUs), ZHNEWS_BENCH_SERVE_ROUNDS (2).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../eval/shared.js';
import { createPool, defaultWorkers } from '../src/batch/pool.js';

const require = createRequire(import.meta.url);

/** The parts of autocannon's result this bench reads. */
interface CannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  duration: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<CannonResult>;

const SECONDS = Number(process.env['ZHNEWS_BENCH_SERVE_SECONDS'] ?? 10);
const WORKERS = Number(process.env['ZHNEWS_BENCH_SERVE_WORKERS'] ?? defaultWorkers());
const ROUNDS = Number(process.env['ZHNEWS_BENCH_SERVE_ROUNDS'] ?? 2);
const CONNECTIONS = 16;
/** Both sides run this long before they are measured: JIT and lazy tables take seconds on a busy machine. */
const WARM_SECONDS = 5;
const ANALYZER = { segmenter: 'node-rs' as const };

/** The seed's first body paragraph: the first line that ends a sentence (title and byline do not). */
function firstParagraph(): string {
  const seed = readFileSync(join(repoRoot, 'fixtures/langfang-development-zone.txt'), 'utf8');
  const line = seed.split('\n').map((l) => l.trim()).find((l) => /[。！？]$/.test(l));
  if (line === undefined) throw new Error('the seed has no body paragraph');
  return line;
}

/** Documents per second from 16 documents kept in flight on a pool of N workers for `seconds`. */
async function baseline(text: string, seconds: number): Promise<{ rate: number; failed: number }> {
  const pool = await createPool({ workers: WORKERS, analyzer: ANALYZER });
  try {
    const task = { analyzer: ANALYZER, text, id: '', output: 'analysis' as const };
    const loop = async (until: number, count: { done: number; failed: number }) => {
      while (performance.now() < until) {
        const reply = await pool.run(task);
        if (reply.ok) count.done++;
        else count.failed++;
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, () => loop(performance.now() + WARM_SECONDS * 1000, { done: 0, failed: 0 }))); // warm-up
    const count = { done: 0, failed: 0 };
    const start = performance.now();
    await Promise.all(Array.from({ length: CONNECTIONS }, () => loop(start + seconds * 1000, count)));
    return { rate: count.done / ((performance.now() - start) / 1000), failed: count.failed };
  } finally {
    await pool.close();
  }
}

const CLI = join(repoRoot, 'dist/cli.js');

/** Starts the built `zhnews serve --port 0`; resolves with its URL and a stop function. */
function startServe(): Promise<{ url: string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--workers', String(WORKERS)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) {
        resolve({
          url: out.split('\n')[0]!,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    void exited.then((code) => reject(new Error(`zhnews serve exited early with ${code}`)));
  });
}

async function server(text: string, seconds: number): Promise<CannonResult> {
  const autocannon = require('autocannon') as Autocannon;
  const { url, stop } = await startServe();
  try {
    const request = { url: `${url}v1/analyze`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) };
    await autocannon({ ...request, connections: CONNECTIONS, duration: WARM_SECONDS }); // warm-up
    return await autocannon({ ...request, connections: CONNECTIONS, duration: seconds });
  } finally {
    const code = await stop();
    if (code !== 0) console.log(`(zhnews serve exited with ${code} on SIGTERM)`);
  }
}

export async function run(): Promise<void> {
  if (!existsSync(CLI) || !readFileSync(CLI, 'utf8').includes("command(\"serve\")")) {
    console.log('skipped: dist/cli.js is missing or has no serve command; run `npm run build` first');
    return;
  }
  const text = firstParagraph();
  console.log(`POST /v1/analyze, ${Array.from(text).length}-character paragraph, ${CONNECTIONS} connections, ${SECONDS} s, ${WORKERS} workers; load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('| round | baseline docs/s (pool, in process) | server req/s | ratio | server p50 / p99 ms | errors | timeouts | non-2xx |');
  console.log('|---|---|---|---|---|---|---|---|');
  const ratios: number[] = [];
  let problems = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const base = await baseline(text, SECONDS);
    const http = await server(text, SECONDS);
    const rate = http['2xx'] / (http.duration || SECONDS);
    const ratio = rate / base.rate;
    ratios.push(ratio);
    problems += http.errors + http.timeouts + http.non2xx + base.failed;
    console.log(`| ${round} | ${base.rate.toFixed(1)} | ${rate.toFixed(1)} | ${ratio.toFixed(2)} | ${http.latency.p50} / ${http.latency.p99} | ${http.errors} | ${http.timeouts} | ${http.non2xx} |`);
  }
  const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
  console.log(`\nserver ÷ baseline: ${ratios.map((r) => r.toFixed(2)).join(', ')} (mean ${mean.toFixed(2)}); bar: ≥ 0.80 and no errors → ${mean >= 0.8 && problems === 0 ? 'met' : 'NOT met'}`);
  console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (shared machine: other jobs take CPU from both sides)`);
}
