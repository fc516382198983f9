/**
 * The worker pool: piscina threads running `worker.ts` (`dist/batch-worker.js` when built),
 * each with its own analyzer, or the calling thread when `workers` is 0.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AnalyzerOptions } from '../pipeline/createAnalyzer.js';
import { runChunk, type ChunkReply, type ChunkTask } from './chunkTask.js';
import { runTask, type WorkerReply, type WorkerTask } from './task.js';
import type { BatchErrorInfo } from './types.js';

/** Runs tasks; a reply is always returned, a dead worker becomes a `worker-crashed` failure. */
export interface Pool {
  /** Worker threads (0: the calling thread). */
  readonly threads: number;
  run(task: WorkerTask): Promise<WorkerReply>;
  /** Stops the threads; waits for none of the queued tasks. */
  close(): Promise<void>;
}

/**
 * A chunk's run: its reply, the failure of its worker (`worker-crashed`, or `timeout` when the
 * whole chunk took longer than the time limit), or null when `skipIf` held once its turn came.
 */
export type ChunkRun = { readonly ok: true; readonly reply: ChunkReply } | { readonly ok: false; readonly error: BatchErrorInfo } | null;

/** The pool of `zhnews batch`: documents also go by chunks, one message each way per chunk. */
export interface ChunkPool extends Pool {
  /**
   * Runs a chunk on the next free thread (one message there, one back, its output bytes moved).
   * `skipIf` is asked when the chunk's turn comes: true leaves it undone (a run being stopped).
   */
  runChunk(task: ChunkTask, options?: { readonly skipIf?: () => boolean }): Promise<ChunkRun>;
}

/**
 * Input bytes each worker should have before one more pays off: a worker costs a thread, its
 * own analyzer (dictionaries) and JIT warm-up, about 1-2 s of CPU, while analysis runs at a few
 * MB/s per worker; below this a second worker finishes later than one. See docs/batch.md.
 */
export const BYTES_PER_WORKER = 8e6;

/**
 * The default number of workers: the CPUs Node may use, but no more than the input keeps busy
 * when its size is known (`inputBytes`), and at least one.
 *
 * @example
 * defaultWorkers() //=> 2 (on a 2-core machine)
 * defaultWorkers(300_000) //=> 1
 */
export function defaultWorkers(inputBytes?: number): number {
  const cpus = availableParallelism();
  if (inputBytes === undefined || !Number.isFinite(inputBytes) || inputBytes < 0) return cpus;
  return Math.max(1, Math.min(cpus, Math.ceil(inputBytes / BYTES_PER_WORKER)));
}

const WARM_UP = '今年，廊坊开发区将投入至少1.8亿元，同比增长17%。国家统计局发布数据，全年粮食产量达到6.5亿吨。';

/** Where the worker script is: beside the bundle in `dist/`, else the TypeScript source (run through tsx). */
function workerScript(): { filename: string; execArgv?: string[] } {
  const built = fileURLToPath(new URL('./batch-worker.js', import.meta.url));
  if (existsSync(built)) return { filename: built };
  const source = fileURLToPath(new URL('./worker.ts', import.meta.url));
  if (existsSync(source)) {
    // Running from source (tests, `tsx`): workers inherit a tsx loader, or get one.
    const hasTsx = process.execArgv.some((arg) => /[\\/]tsx[\\/]|^tsx$/.test(arg));
    return hasTsx ? { filename: source } : { filename: source, execArgv: ['--import', 'tsx'] };
  }
  throw new Error(`zhnews: the batch worker script is missing (looked for ${built})`);
}

/**
 * Starts a pool and proves it works: a first thread creates its analyzer before any document
 * is sent (the others warm up alongside), so bad analyzer options fail here (thrown) instead
 * of once per document.
 *
 * @example
 * const pool = await createPool({ workers: 2, analyzer: { segmenter: 'node-rs' } });
 * const reply = await pool.run({ analyzer: { segmenter: 'node-rs' }, text: '增长17%。', id: 'a', output: 'object' });
 * await pool.close();
 */
export async function createPool(options: {
  readonly workers: number;
  readonly analyzer: AnalyzerOptions;
  /**
   * Old-generation heap limit of each worker in MB (default: V8's). A document whose analysis
   * needs more kills its worker: it becomes a `worker-crashed` failure and a new worker starts.
   */
  readonly maxHeapMb?: number;
  /**
   * Longest time one document may take in a worker, in milliseconds (default: no limit). A
   * document still running then has its worker stopped: it becomes a `timeout` failure and a
   * new worker starts. Not applied with `workers: 0` (the calling thread cannot be stopped).
   */
  readonly maxTaskMs?: number;
}): Promise<ChunkPool> {
  const threads = options.workers;
  if (!Number.isInteger(threads) || threads < 0) throw new TypeError(`workers must be a whole number ≥ 0, got ${String(threads)}`);
  // The probe creates each thread's analyzer and runs the whole pipeline once, so the first
  // documents do not pay for loading and compiling every stage.
  const probe: WorkerTask = { analyzer: options.analyzer, text: WARM_UP, id: 'probe', output: 'object' };
  if (threads === 0) {
    runTask(probe); // throws on bad analyzer options
    // analysis on this thread is synchronous: let timers and signals (an abort) in between tasks
    const turn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));
    const failed = (error: unknown) => ({ ok: false, error: { code: 'analysis-failed', message: (error as Error).message } }) as const;
    return {
      threads: 0,
      run: async (task) => {
        await turn();
        try {
          return runTask(task);
        } catch (error) {
          return failed(error);
        }
      },
      runChunk: async (task, runOptions) => {
        await turn();
        if (runOptions?.skipIf?.()) return null;
        try {
          return { ok: true, reply: runChunk(task) };
        } catch (error) {
          return failed(error);
        }
      },
      close: async () => {},
    };
  }
  try {
    structuredClone(options.analyzer);
  } catch {
    throw new TypeError('analyzer options must be plain data to reach worker threads (paths, not functions); use workers: 0 for a custom segmenter');
  }
  const script = workerScript();
  // loaded on first use, so that importing zhnews for single documents stays light
  const { Piscina } = await import('piscina');
  const piscina = new Piscina({
    filename: script.filename,
    ...(script.execArgv ? { execArgv: script.execArgv } : {}),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60 * 60 * 1000,
    // A small young generation: analysis garbage is short-lived; measured 50-90 MB less peak
    // RSS with two workers and no loss of speed. A heap limit makes V8 collect before growing.
    resourceLimits: { maxYoungGenerationSizeMb: 8, ...(options.maxHeapMb !== undefined ? { maxOldGenerationSizeMb: options.maxHeapMb } : {}) },
  });
  // A worker that dies outside a task (it cannot even load) must not crash the process.
  let broken: unknown = null;
  piscina.on('error', (error: unknown) => (broken ??= error));
  // Every thread creates its analyzer in a probe task; documents start as soon as one is ready.
  const probes = Array.from({ length: threads }, () => piscina.run(probe) as Promise<unknown>);
  for (const p of probes) p.catch(() => undefined);
  try {
    await Promise.any(probes).catch((error: AggregateError) => {
      throw error.errors[0] ?? error;
    });
    if (broken) throw broken;
  } catch (error) {
    await piscina.destroy();
    throw error;
  }
  // At most one task per thread is handed to piscina, so a task starts as soon as it is sent
  // and its time limit counts running time, not time spent waiting in a queue.
  const slots = createSlots(threads);
  const limit = options.maxTaskMs;
  type Invoked<R> = { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: BatchErrorInfo } | null;
  const invoke = async <R>(task: WorkerTask | ChunkTask, skipIf?: () => boolean): Promise<Invoked<R>> => {
    await slots.take();
    try {
      if (skipIf?.()) return null;
      const signal = limit !== undefined ? AbortSignal.timeout(limit) : undefined;
      return { ok: true, value: (await piscina.run(task, signal ? { signal } : {})) as R };
    } catch (error) {
      if (limit !== undefined && (error as Error)?.name === 'AbortError') {
        // the replacement thread creates its analyzer before the slot is free, so the next
        // task's time limit does not count that warm-up
        await (piscina.run(probe) as Promise<unknown>).catch(() => undefined);
        return { ok: false, error: { code: 'timeout', message: `analysis took longer than ${limit / 1000} s; its worker was stopped` } };
      }
      return { ok: false, error: { code: 'worker-crashed', message: (error as Error)?.message ?? String(error) } };
    } finally {
      slots.give();
    }
  };
  return {
    threads,
    run: async (task) => {
      const r = (await invoke<WorkerReply>(task))!;
      return r.ok ? r.value : r;
    },
    runChunk: async (task, runOptions) => {
      // the bytes are copied, not moved: the caller keeps them to retry line by line if the worker dies
      const r = await invoke<ChunkReply>(task, runOptions?.skipIf);
      return r === null ? null : r.ok ? { ok: true, reply: r.value } : r;
    },
    close: () => piscina.destroy(),
  };
}

/** A counting semaphore: `take()` waits while all `n` slots are in use. */
function createSlots(n: number): { take(): Promise<void>; give(): void } {
  let free = n;
  const waiting: Array<() => void> = [];
  return {
    take: () => {
      if (free > 0) {
        free--;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    give: () => {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
}
