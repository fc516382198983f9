/**
 * `zhnews batch` throughput, memory and time to first result, and keyword extraction against
 * natural's TfIdf. Run alone with `npx tsx bench/index.ts batch`.
 *
 * - Two workers against one: a JSONL archive of about 30 MB built from
 *   `../shared/data/throughput/` (news.txt in 20-line articles, gov.txt in 10-line reports,
 *   repeated), run through the batch engine whole with 1 and then 2 workers, output to
 *   /dev/null, in alternating rounds. Prints each round's ratio (time with 1 worker / time with
 *   2, start-up included), the best and median, the steady-rate ratio (from the first result
 *   on), and the load average around each run: the bar (≥ 1.4×) needs both cores free.
 * - Control: a pure CPU loop on 1 and 2 threads, the speed-up this (shared) machine allows now.
 * - Peak RSS: a generated 1 GB archive streamed with 2 workers to /dev/null, with the default
 *   segmenter and with @node-rs/jieba, each within a time cap unless ZHNEWS_BENCH_BATCH_FULL=1
 *   (then to the end; that takes long). RSS is sampled every 5 s to show it levels off.
 * - Keywords: top-5 TF-IDF over 1000 documents by natural's TfIdf and by ours, time and overlap.
 *
 * Each measured run is a child process (this file in child mode), so RSS is its own.
 * Knobs: ZHNEWS_BENCH_BATCH_V8_DEFAULTS=1 (V8's own inlining budget in the runs instead of the
 * batch's lower one, src/batch/jitBudget.ts), ZHNEWS_BENCH_BATCH_MB (30), ZHNEWS_BENCH_BATCH_ROUNDS (3), ZHNEWS_BENCH_BATCH_CAP
 * (s per run, none), ZHNEWS_BENCH_BATCH_RSS_CAP (s, 35), ZHNEWS_BENCH_BATCH_ONLY=workers (the
 * 1-vs-2 worker part and the control only).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot, sharedDir } from '../eval/shared.js';
import { corpusArticles as articles } from './corpus.js';
import { followThreads, threadCpuMs } from './threadCpu.js';
import { DocumentFrequencies, documentTerms } from '../src/batch/keywords.js';
import { DEFAULT_FIELDS } from '../src/batch/record.js';
import { runBatch } from '../src/batch/runBatch.js';
import { createAnalyzerSync } from '../src/pipeline/createAnalyzer.js';
import type { SegmenterChoice } from '../src/segment/index.js';

const require = createRequire(import.meta.url);
const CHILD = 'ZHNEWS_BATCH_BENCH_CHILD';

interface ChildResult {
  read: number;
  analysed: number;
  failed: number;
  seconds: number;
  firstResultMs: number | null;
  maxRssMb: number;
  /** RSS in MB every 5 s, to show it levels off. */
  rssSamples: number[];
  /** Share of the run the main thread was busy (event-loop utilisation): reading, ordering, writing. */
  mainBusy: number;
  /** CPU seconds of the main thread alone (reading, ordering, writing) and of the whole process. */
  mainCpuS: number;
  processCpuS: number;
  /**
   * CPU seconds of the worker threads (threads started during the run) and of V8's helper
   * threads (optimising compiler, garbage collector: threads older than the run); NaN off Linux.
   */
  workersCpuS: number;
  helpersCpuS: number;
  interrupted: boolean;
}

/** CPU seconds used so far by the main thread alone (Linux: its own /proc task entry), or NaN elsewhere. */
function mainThreadCpuSeconds(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 per second on Linux)
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Child mode: one capped batch run, its figures as JSON on stdout. */
async function child(spec: { archive: string; workers: number; capSeconds: number | null; segmenter: SegmenterChoice }): Promise<void> {
  const controller = new AbortController();
  if (spec.capSeconds !== null) setTimeout(() => controller.abort(), spec.capSeconds * 1000).unref();
  const devnull = { write: () => true } as unknown as NodeJS.WritableStream;
  const rssSamples: number[] = [];
  const elu = performance.eventLoopUtilization();
  const mainCpu0 = mainThreadCpuSeconds();
  const cpu0 = process.cpuUsage();
  const before = threadCpuMs();
  const threads = followThreads();
  const sampler = setInterval(() => rssSamples.push(Math.round(process.memoryUsage.rss() / 1e6)), 5000);
  sampler.unref();
  const summary = await runBatch({
    inputs: [spec.archive],
    output: '/dev/null',
    errors: null,
    format: 'jsonl',
    workers: spec.workers,
    resume: false,
    fields: ['source', 'line', 'date', 'entities', 'quantities', 'statements'],
    fieldNames: DEFAULT_FIELDS,
    encoding: 'auto',
    keywords: 0,
    keywordsWarmup: 1000,
    analyzer: { segmenter: spec.segmenter },
    progress: 'none',
    maxDocumentBytes: 2e6,
    stderr: devnull,
    signal: controller.signal,
  });
  const after = threads.stop();
  let workersMs = 0;
  let helpersMs = 0;
  for (const [tid, ms] of after) {
    if (tid === process.pid) continue;
    const old = before.get(tid);
    if (old === undefined) workersMs += ms;
    else helpersMs += ms - old;
  }
  const linux = after.size > 0;
  const result: ChildResult = {
    read: summary.read,
    analysed: summary.analysed,
    failed: summary.failed,
    seconds: summary.seconds,
    firstResultMs: summary.firstResultMs,
    maxRssMb: (process.resourceUsage().maxRSS * 1024) / 1e6,
    rssSamples,
    mainBusy: performance.eventLoopUtilization(elu).utilization,
    mainCpuS: mainThreadCpuSeconds() - mainCpu0,
    processCpuS: ((c) => (c.user + c.system) / 1e6)(process.cpuUsage(cpu0)),
    workersCpuS: linux ? workersMs / 1000 : Number.NaN,
    helpersCpuS: linux ? helpersMs / 1000 : Number.NaN,
    interrupted: summary.interrupted,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function runChild(archive: string, workers: number, capSeconds: number | null, segmenter: SegmenterChoice = 'auto'): ChildResult {
  // ZHNEWS_BENCH_BATCH_V8_DEFAULTS=1: V8's own inlining budget instead of the batch's (jitBudget.ts)
  const v8Defaults = process.env.ZHNEWS_BENCH_BATCH_V8_DEFAULTS === '1' ? ['--max-inlined-bytecode-size-cumulative=920'] : [];
  const r = spawnSync(process.execPath, [...v8Defaults, '--import', 'tsx', fileURLToPath(import.meta.url)], {
    cwd: repoRoot,
    env: { ...process.env, [CHILD]: JSON.stringify({ archive, workers, capSeconds, segmenter }) },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`bench child failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ChildResult;
}

/** How much two threads gain over one right now on this machine, for pure CPU work (the ceiling for any pool). */
async function cpuControl(): Promise<number> {
  const { Worker } = await import('node:worker_threads');
  const code = `const { parentPort } = require('node:worker_threads'); let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i * 7) % 1000003; parentPort.postMessage(x);`;
  const ms: number[] = [];
  for (const n of [1, 2]) {
    const t = performance.now();
    await Promise.all(
      Array.from({ length: n }, () => new Promise<void>((resolve) => {
        const w = new Worker(code, { eval: true });
        w.once('message', () => void w.terminate().then(() => resolve()));
      })),
    );
    ms.push(performance.now() - t);
  }
  return (2 * ms[0]!) / ms[1]!;
}

/** Writes a JSONL archive of about `mb` MB by repeating the articles; returns its documents and mean size. */
async function writeArchive(path: string, docs: readonly string[], mb: number): Promise<{ docs: number; bytes: number }> {
  const out = createWriteStream(path);
  let bytes = 0;
  let n = 0;
  for (let round = 0; bytes < mb * 1e6; round++) {
    for (let i = 0; i < docs.length && bytes < mb * 1e6; i++) {
      const line = `${JSON.stringify({ id: `r${round}-${i}`, text: docs[i], date: '2020-04-14' })}\n`;
      bytes += Buffer.byteLength(line);
      n++;
      if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return { docs: n, bytes };
}

function keywordComparison(docs: readonly string[]): void {
  const sample = docs.slice(0, 1000);
  const analyzer = createAnalyzerSync({});
  const terms = sample.map((text) => documentTerms(analyzer.analyze(text).tokens));
  const top = 5;
  const TfIdf = require('natural/lib/natural/tfidf/tfidf') as new () => {
    addDocument(doc: string[]): void;
    listTerms(i: number): Array<{ term: string; tfidf: number }>;
  };
  let t = performance.now();
  const natural = new TfIdf();
  for (const doc of terms) natural.addDocument(doc.flatMap(([term, count]) => new Array<string>(count).fill(term)));
  const naturalTop = terms.map((_, i) => natural.listTerms(i).slice(0, top).map((k) => k.term));
  const naturalMs = performance.now() - t;
  t = performance.now();
  const df = new DocumentFrequencies();
  for (const doc of terms) df.add(doc);
  const oursTop = terms.map((doc) => df.top(doc, top).map((k) => k.term));
  const oursMs = performance.now() - t;
  let same = 0;
  let total = 0;
  naturalTop.forEach((list, i) => {
    const ours = new Set(oursTop[i]);
    same += list.filter((term) => ours.has(term)).length;
    total += list.length;
  });
  console.log(`\nKeywords, top ${top} of ${sample.length} documents (terms from the same analysis):`);
  console.log('| implementation | ms | overlap with natural |\n|---|---|---|');
  console.log(`| natural TfIdf (all documents kept in memory) | ${naturalMs.toFixed(0)} | 1.000 |`);
  console.log(`| zhnews DocumentFrequencies (streaming, df map only) | ${oursMs.toFixed(0)} | ${(same / Math.max(total, 1)).toFixed(3)} |`);
}

export async function run(): Promise<void> {
  const shared = sharedDir();
  if (!shared) return;
  const docs = articles(shared);
  const dir = mkdtempSync(join(tmpdir(), 'zhnews-batch-bench-'));
  try {
    const mb = Number(process.env.ZHNEWS_BENCH_BATCH_MB ?? 30);
    const capEnv = process.env.ZHNEWS_BENCH_BATCH_CAP;
    const cap = capEnv === undefined ? null : Number(capEnv);
    const rounds = Math.max(1, Number(process.env.ZHNEWS_BENCH_BATCH_ROUNDS ?? 3));
    const archive = join(dir, 'archive.jsonl');
    const made = await writeArchive(archive, docs, mb);
    const meanBytes = made.bytes / made.docs;
    const load = (): string => loadavg()[0]!.toFixed(1);
    console.log(`Load average when starting: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} CPUs (the machine may be shared).`);
    console.log(
      `Archive: ${(made.bytes / 1e6).toFixed(0)} MB JSONL, ${made.docs} documents of ${(meanBytes / 1e3).toFixed(1)} KB on average; ` +
        `${cap === null ? 'each run reads the whole archive' : `runs capped at ${cap} s`}, output to /dev/null; ${rounds} rounds.\n`,
    );
    console.log('| round | workers | docs written | s | MB/s | steady MB/s | first result ms | peak RSS MB | main thread busy | main thread CPU s / process CPU s | CPU s: workers / V8 helpers | load before → after |');
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
    const overall: number[] = [];
    const steadyRatios: number[] = [];
    // main thread's CPU per run, by number of workers: share of the process's CPU and µs per document
    const mainShare: Record<number, number[]> = { 1: [], 2: [] };
    const mainPerDoc: Record<number, number[]> = { 1: [], 2: [] };
    const runs: Record<number, ChildResult[]> = { 1: [], 2: [] };
    for (let round = 1; round <= rounds; round++) {
      const rate: number[] = [];
      const steady: number[] = [];
      for (const workers of [1, 2]) {
        const before = load();
        const r = runChild(archive, workers, cap);
        const firstS = (r.firstResultMs ?? 0) / 1000;
        const s = (r.read - 1) / Math.max(r.seconds - firstS, 1e-3);
        rate.push(r.read / r.seconds);
        steady.push(s);
        mainShare[workers]!.push(r.mainCpuS / r.processCpuS);
        mainPerDoc[workers]!.push((r.mainCpuS * 1e6) / Math.max(r.read, 1));
        runs[workers]!.push(r);
        console.log(
          `| ${round} | ${workers} | ${r.read} | ${r.seconds.toFixed(1)} | ${((r.read * meanBytes) / 1e6 / r.seconds).toFixed(2)} | ` +
            `${((s * meanBytes) / 1e6).toFixed(2)} | ${r.firstResultMs?.toFixed(0) ?? 'n/a'} | ${r.maxRssMb.toFixed(0)} | ${(r.mainBusy * 100).toFixed(0)}% | ${r.mainCpuS.toFixed(1)} / ${r.processCpuS.toFixed(1)} (${((100 * r.mainCpuS) / r.processCpuS).toFixed(0)}%) | ${r.workersCpuS.toFixed(1)} / ${r.helpersCpuS.toFixed(1)} | ${before} → ${load()} |`,
        );
      }
      overall.push(rate[1]! / rate[0]!);
      steadyRatios.push(steady[1]! / steady[0]!);
    }
    const control = await cpuControl();
    console.log(
      `\n2 workers / 1 worker on ${(made.bytes / 1e6).toFixed(0)} MB, whole runs: ${overall.map((x) => x.toFixed(2)).join(', ')}; ` +
        `best ${Math.max(...overall).toFixed(2)}×, median ${median(overall).toFixed(2)}× (bar ≥ 1.4× when both cores are free); ` +
        `steady rates: best ${Math.max(...steadyRatios).toFixed(2)}×, median ${median(steadyRatios).toFixed(2)}×.`,
    );
    console.log(`Control: a pure CPU loop on 2 threads vs 1 gains ${control.toFixed(2)}× on this machine right now (the ceiling for any pool).`);
    const pct = (xs: number[]): string => `${(100 * median(xs)).toFixed(1)} %`;
    console.log(
      `Main thread (reading bytes, ordering, writing; CPU time of its own thread): median ${pct(mainShare[1]!)} of the process's CPU with 1 worker, ` +
        `${pct(mainShare[2]!)} with 2; ${median(mainPerDoc[2]!).toFixed(0)} µs of CPU per document with 2 workers ` +
        '(the rest is the workers and V8\'s helper threads: garbage collection, compilation).',
    );
    const med = (n: number, f: (r: ChildResult) => number): string => median(runs[n]!.map(f)).toFixed(1);
    // One worker's wall time is about its own thread's CPU (V8's helpers use the other core);
    // two workers can at best share the whole process's CPU between the two cores.
    const bound = runs[1]!.map((r, i) => (2 * r.workersCpuS) / runs[2]![i]!.processCpuS);
    console.log(
      `CPU split (medians): 1 worker ${med(1, (r) => r.workersCpuS)} s in the worker, ${med(1, (r) => r.helpersCpuS)} s in V8's helper threads; ` +
        `2 workers ${med(2, (r) => r.workersCpuS)} s and ${med(2, (r) => r.helpersCpuS)} s. ` +
        `The most 2 workers can gain with these figures (2 × the 1-worker thread's CPU / the 2-worker process's CPU): ` +
        `${bound.map((x) => x.toFixed(2)).join(', ')}; median ${median(bound).toFixed(2)}× (see npm run bench -- cores).`,
    );
    rmSync(archive);
    if (process.env.ZHNEWS_BENCH_BATCH_ONLY === 'workers') return;

    const full = process.env.ZHNEWS_BENCH_BATCH_FULL === '1';
    const rssCap = full ? null : Number(process.env.ZHNEWS_BENCH_BATCH_RSS_CAP ?? 35);
    const big = join(dir, 'big.jsonl');
    let t = performance.now();
    const bigMade = await writeArchive(big, docs, 1000);
    console.log(`\nPeak RSS: generated ${(statSync(big).size / 1e9).toFixed(2)} GB (${bigMade.docs} documents) in ${((performance.now() - t) / 1000).toFixed(1)} s.`);
    for (const segmenter of ['auto', 'node-rs'] as const) {
      const r = runChild(big, 2, rssCap, segmenter);
      const streamed = (r.read * (bigMade.bytes / bigMade.docs)) / 1e6;
      console.log(
        `2 workers, segmenter ${segmenter}, output to /dev/null: ${r.read} documents (${streamed.toFixed(0)} MB${r.interrupted ? `, stopped at the ${rssCap} s cap` : ', the whole archive'}) ` +
          `in ${r.seconds.toFixed(1)} s; peak RSS ${r.maxRssMb.toFixed(0)} MB (target < 500 MB); RSS every 5 s: ${r.rssSamples.join(' → ')} MB`,
      );
    }
    if (rssCap !== null) console.log('(ZHNEWS_BENCH_BATCH_FULL=1 streams the whole archive.)');
    rmSync(big);
    keywordComparison(docs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.env[CHILD]) await child(JSON.parse(process.env[CHILD]) as Parameters<typeof child>[0]);
