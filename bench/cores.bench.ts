/**
 * What a second core gives on this machine, the ceiling for `zhnews batch --workers 2` against
 * one worker. Run alone with `npm run bench -- cores`.
 *
 * Each kernel runs the same work in 1 thread, then in each of 2 threads at once; the speed-up
 * is 2 × (time of 1 thread) / (time of 2 threads): 2.0 when the second core adds a full core.
 * - `alu`: integer arithmetic in registers (nothing shared but the cores themselves);
 * - `l2`: dependent random reads over 512 KB per thread (fits in a core's own cache);
 * - `l3`: the same over 12 MB per thread (the shared last-level cache and memory);
 * - `analyze`: createAnalyzer() and analyze() over the throughput corpus (news in 20-line
 *   articles, government reports in 10-line ones), `passes` times per thread: the whole run
 *   (analyzer, JIT warm-up, passes) and the steady passes (after the first).
 * For `analyze` it also splits the process's CPU into the analysing threads and V8's helper
 * threads (optimising compiler, garbage collector): with one worker those run on the idle core
 * for free, with two they take CPU from the workers, and each worker compiles the same code.
 *
 * Rounds alternate 1 and 2 threads; prints each round and the best and median.
 * Knobs: ZHNEWS_BENCH_CORES_ROUNDS (3), ZHNEWS_BENCH_CORES_PASSES (analyze: 7 passes of the
 * 2.2 MB corpus, about what each of two workers gets from the batch bench's 30 MB archive).
 */
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { sharedDir } from '../eval/shared.js';
import { corpusArticles } from './corpus.js';
import type { CoresReply, CoresTask } from './coresWorker.js';
import { ownThreadCpuMs } from './threadCpu.js';

interface Run {
  /** Wall ms of the slowest thread: all passes, and the passes after the first. */
  readonly wallMs: number;
  readonly steadyMs: number;
  /** CPU ms of the kernel threads (from their start) and of the whole process but its waiting main thread. */
  readonly threadsCpuMs: number;
  readonly processCpuMs: number;
  readonly firstPassCpuMs: number;
  readonly steadyPassCpuMs: number;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

async function runThreads(task: CoresTask, threads: number): Promise<Run> {
  const cpu0 = process.cpuUsage();
  const main0 = ownThreadCpuMs();
  // piscina loads the worker from source as the batch pool does (through tsx when run from it)
  const pool = new Piscina({ filename: fileURLToPath(new URL('./coresWorker.ts', import.meta.url)), minThreads: threads, maxThreads: threads });
  const replies = (await Promise.all(Array.from({ length: threads }, () => pool.run(task)))) as CoresReply[];
  await pool.destroy();
  const cpu = process.cpuUsage(cpu0);
  const mainMs = ownThreadCpuMs() - main0;
  const steadyPasses = (r: CoresReply): number[] => r.cpuMs.slice(1);
  return {
    wallMs: Math.max(...replies.map((r) => sum(r.wallMs))),
    steadyMs: Math.max(...replies.map((r) => sum(r.wallMs.slice(1)))),
    threadsCpuMs: sum(replies.map((r) => r.threadCpuMs)),
    // the main thread only waits; what is left besides it and the kernel threads is V8's helpers
    processCpuMs: (cpu.user + cpu.system) / 1000 - (Number.isNaN(mainMs) ? 0 : mainMs),
    firstPassCpuMs: median(replies.map((r) => r.cpuMs[0]!)),
    steadyPassCpuMs: median(replies.flatMap(steadyPasses)),
  };
}

export async function run(): Promise<void> {
  const shared = sharedDir();
  if (!shared) return;
  const rounds = Math.max(1, Number(process.env.ZHNEWS_BENCH_CORES_ROUNDS ?? 3));
  const passes = Math.max(2, Number(process.env.ZHNEWS_BENCH_CORES_PASSES ?? 7));
  const docs = corpusArticles(shared);
  const mb = Buffer.byteLength(docs.join('\n')) / 1e6;
  console.log(`Load average when starting: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} CPUs (the machine may be shared).`);
  console.log(`Each thread does the same work; speed-up = 2 × time of 1 thread / time of 2 threads (2.00: a full second core). ${rounds} rounds.`);
  console.log(`analyze: ${passes} passes of ${mb.toFixed(1)} MB (${docs.length} articles) per thread, analyzer created in the thread; V8's default flags.\n`);
  const kernels: CoresTask[] = [
    { kind: 'alu', passes: 3 },
    { kind: 'l2', passes: 3 },
    { kind: 'l3', passes: 3 },
    { kind: 'analyze', passes, docs },
  ];
  const gains: Record<string, { whole: number[]; steady: number[] }> = {};
  const analyzeRuns: Record<number, Run[]> = { 1: [], 2: [] };
  console.log('| round | kernel | 1 thread s | 2 threads s | speed-up, whole | speed-up, steady passes | load |');
  console.log('|---|---|---|---|---|---|---|');
  for (let round = 1; round <= rounds; round++) {
    for (const task of kernels) {
      let one: Run;
      let two: Run;
      if (round % 2 === 1) {
        one = await runThreads(task, 1);
        two = await runThreads(task, 2);
      } else {
        two = await runThreads(task, 2);
        one = await runThreads(task, 1);
      }
      const g = (gains[task.kind] ??= { whole: [], steady: [] });
      g.whole.push((2 * one.wallMs) / two.wallMs);
      g.steady.push((2 * one.steadyMs) / two.steadyMs);
      if (task.kind === 'analyze') {
        analyzeRuns[1]!.push(one);
        analyzeRuns[2]!.push(two);
      }
      console.log(
        `| ${round} | ${task.kind} | ${(one.wallMs / 1000).toFixed(2)} | ${(two.wallMs / 1000).toFixed(2)} | ${g.whole.at(-1)!.toFixed(2)} | ${g.steady.at(-1)!.toFixed(2)} | ${loadavg()[0]!.toFixed(1)} |`,
      );
    }
  }
  console.log('\n| kernel | speed-up, whole: best / median | steady passes: best / median |\n|---|---|---|');
  for (const [kind, g] of Object.entries(gains)) {
    console.log(`| ${kind} | ${Math.max(...g.whole).toFixed(2)} / ${median(g.whole).toFixed(2)} | ${Math.max(...g.steady).toFixed(2)} / ${median(g.steady).toFixed(2)} |`);
  }
  const s = (ms: number): string => (ms / 1000).toFixed(2);
  console.log('\nanalyze, CPU of the process (median of the rounds; helpers = V8 compiler and GC threads, what is left besides the analysing threads):');
  console.log('| threads | analysing threads CPU s | helpers CPU s | process CPU s | first pass CPU s / thread | steady pass CPU s / thread |\n|---|---|---|---|---|---|');
  for (const n of [1, 2]) {
    const runs = analyzeRuns[n]!;
    const threadsCpu = median(runs.map((r) => r.threadsCpuMs));
    const processCpu = median(runs.map((r) => r.processCpuMs));
    console.log(
      `| ${n} | ${s(threadsCpu)} | ${s(median(runs.map((r) => r.processCpuMs - r.threadsCpuMs)))} | ${s(processCpu)} | ${s(median(runs.map((r) => r.firstPassCpuMs)))} | ${s(median(runs.map((r) => r.steadyPassCpuMs)))} |`,
    );
  }
  // One thread's run takes at least its own CPU, and half the process's (its helpers can use the
  // other core); two threads' run (twice the work) at least half the process's CPU (both cores,
  // no waiting): speed-up = 2 × T1 / T2 ≤ 2 × T1 / (P2 / 2).
  const one = analyzeRuns[1]!;
  const two = analyzeRuns[2]!;
  const bound = one.map((r, i) => (4 * Math.max(r.threadsCpuMs, r.processCpuMs / 2)) / two[i]!.processCpuMs);
  console.log(
    `\nanalyze, the speed-up these CPU figures allow when both cores are free (4 × max(one thread's CPU, half its process's) / CPU of the 2-thread process): ` +
      `${bound.map((x) => x.toFixed(2)).join(', ')}; best ${Math.max(...bound).toFixed(2)}×, median ${median(bound).toFixed(2)}×.`,
  );
}
