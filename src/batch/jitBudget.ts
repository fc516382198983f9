/**
 * The optimising compiler's inlining budget for `zhnews batch` with two or more workers (a V8
 * flag, so it holds for the whole process: only the batch command sets it, never the library).
 *
 * Why: every worker thread compiles the whole pipeline again on V8's helper threads (about
 * 2.5 s of CPU per worker under load, mostly in its first 10 MB; large functions inline their
 * callees and are compiled again after each deoptimisation). With one worker that runs on the
 * otherwise idle core, so one worker keeps V8's defaults; with two, every second of it comes
 * out of the workers' share of the cores. At 300 bytes of inlined bytecode per function (V8's
 * default: 920), 2-worker runs of the 30 MB bench archive spent 1.0-1.3 s less CPU in the
 * helper threads and 0.3-0.9 s more in the workers (less inlined code runs a little slower):
 * 0.2-0.5 s less in all (docs/batch.md, "When a second worker pays off").
 */
import { setFlagsFromString } from 'node:v8';

/** Bytecode bytes V8 may inline into one optimised function in a batch run with ≥ 2 workers (V8's default: 920). */
export const BATCH_INLINE_BUDGET = 300;

const FLAG = 'max-inlined-bytecode-size-cumulative';
let applied = false;

/**
 * Sets {@link BATCH_INLINE_BUDGET} for the threads started from now on (once per process),
 * unless node's command line sets the budget itself.
 *
 * @example
 * applyBatchJitBudget(); // before the worker pool starts
 */
export function applyBatchJitBudget(): void {
  if (applied) return;
  applied = true;
  // a budget given on node's command line (node --max-inlined-bytecode-size-cumulative=N) wins
  if (process.execArgv.some((arg) => arg.startsWith(`--${FLAG}`) || arg.startsWith(`--${FLAG.replaceAll('-', '_')}`))) return;
  try {
    setFlagsFromString(`--${FLAG}=${BATCH_INLINE_BUDGET}`);
  } catch {
    // a runtime without V8's flags (the batch still runs, with its compiler's defaults)
  }
}
