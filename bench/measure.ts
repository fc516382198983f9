/** Small timing helpers shared by the benchmarks: ratios against a baseline in the same process. */

export interface Timing {
  /** Mean milliseconds per run. */
  readonly ms: number;
  readonly runs: number;
}

/** Runs `fn` once to warm up, then repeatedly until `minMs` has passed (at least `minRuns` times). */
export function time(fn: () => unknown, minMs = 1500, minRuns = 3): Timing {
  fn();
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (runs < minRuns || elapsed < minMs) {
    fn();
    runs++;
    elapsed = performance.now() - start;
  }
  return { ms: elapsed / runs, runs };
}

/** Megabytes (UTF-8, 10^6 bytes) per second for a run over `bytes`. */
export function mbPerSecond(bytes: number, t: Timing): number {
  return bytes / 1e6 / (t.ms / 1000);
}

/** Heap used now, in MB, after a best-effort GC (run node with --expose-gc for exact figures). */
export function heapUsedMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  return process.memoryUsage().heapUsed / 1e6;
}
