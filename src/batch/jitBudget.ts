/**
 * The optimising compiler's inlining budget for `zhnews batch` (a V8 flag, so it holds for the
 * whole process: only the batch command sets it, never the library).
 *
 * Why: every worker thread compiles the whole pipeline again on V8's helper threads, about
 * 2.5 s of CPU per worker for its first 10 MB, mostly because large functions inline their
 * callees and are compiled again after each deoptimisation. With one worker that compilation
 * runs on the otherwise idle core; with two workers it takes CPU from them, and it is the
 * largest cost a second worker adds. At 300 bytes of inlined bytecode per function (V8's
 * default: 920) compilation took about 0.7 s less CPU per worker, with analysis as fast after
 * warm-up (docs/batch.md, "When a second worker pays off").
 */
import { setFlagsFromString } from 'node:v8';

/** Bytecode bytes V8 may inline into one optimised function in a batch run (V8's default: 920). */
export const BATCH_INLINE_BUDGET = 300;

let applied = false;

/**
 * Sets {@link BATCH_INLINE_BUDGET} for the threads started from now on (once per process).
 *
 * @example
 * applyBatchJitBudget(); // before the worker pool starts
 */
export function applyBatchJitBudget(): void {
  if (applied) return;
  applied = true;
  try {
    setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${BATCH_INLINE_BUDGET}`);
  } catch {
    // a runtime without V8's flags (the batch still runs, with its compiler's defaults)
  }
}
