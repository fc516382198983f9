/**
 * A worker thread of `bench/cores.bench.ts` (a piscina task, loaded the way the batch pool
 * loads its worker): runs one kernel and answers its wall and CPU milliseconds per pass.
 */
import { createAnalyzerSync } from '../src/pipeline/createAnalyzer.js';
import { ownThreadCpuMs } from './threadCpu.js';

/** What the bench asks a thread to do. */
export interface CoresTask {
  readonly kind: 'alu' | 'l2' | 'l3' | 'analyze';
  readonly passes: number;
  /** Documents of the analyze kernel (each pass analyses all of them). */
  readonly docs?: readonly string[];
}

/** A thread's answer: milliseconds per pass, and all the CPU the thread used (loading included). */
export interface CoresReply {
  readonly wallMs: number[];
  readonly cpuMs: number[];
  readonly threadCpuMs: number;
}

/** Integer work in registers: what two cores give when nothing is shared. */
function alu(): number {
  let a = 1;
  let b = 2;
  let c = 3;
  for (let i = 0; i < 1.5e8; i++) {
    a = (a + i) | 0;
    b = (b ^ (a >>> 3)) | 0;
    c = (c + (b & 7)) | 0;
  }
  return a + b + c;
}

/** Dependent random reads over `bytes` of a thread's own array: its cache level shared or not. */
function randomReads(bytes: number, steps: number): number {
  const n = bytes >> 2;
  const next = new Int32Array(n);
  // one random cycle through every slot (Sattolo), so each read depends on the last one
  for (let i = 0; i < n; i++) next[i] = i;
  let seed = 12345;
  for (let i = n - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) | 0;
    const j = (seed >>> 1) % i;
    const t = next[i]!;
    next[i] = next[j]!;
    next[j] = t;
  }
  let p = 0;
  for (let s = 0; s < steps; s++) p = next[p]!;
  return p;
}

/**
 * Runs a kernel in this thread.
 *
 * @example
 * // through piscina: await pool.run({ kind: 'alu', passes: 3 })
 */
export default function runKernel(task: CoresTask): CoresReply {
  const wallMs: number[] = [];
  const cpuMs: number[] = [];
  let sink = 0;
  let analyze: ((text: string) => unknown) | null = null;
  if (task.kind === 'analyze') {
    const analyzer = createAnalyzerSync({});
    analyze = (text) => analyzer.analyze(text);
  }
  for (let pass = 0; pass < task.passes; pass++) {
    const t = performance.now();
    const c = ownThreadCpuMs();
    if (task.kind === 'alu') sink += alu();
    else if (task.kind === 'l2') sink += randomReads(512 * 1024, 3e7);
    else if (task.kind === 'l3') sink += randomReads(12 * 1024 * 1024, 5e6);
    else for (const doc of task.docs ?? []) analyze!(doc);
    cpuMs.push(ownThreadCpuMs() - c);
    wallMs.push(performance.now() - t);
  }
  if (sink === 0.5) console.log(sink); // keeps the kernels' results alive
  // the thread's scheduler statistics count from its start: loading modules, the analyzer, passes
  return { wallMs, cpuMs, threadCpuMs: ownThreadCpuMs() };
}
