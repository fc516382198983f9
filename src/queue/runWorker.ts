/**
 * `zhnews worker`: takes jobs from the queue until stopped (or until the queue is empty),
 * analyses them on a pool of threads and writes their output. The main thread only talks to
 * Redis and writes files, so it renews its job locks on time however long a document takes;
 * a worker that dies stops renewing, and BullMQ's stalled-job check (run by every worker)
 * gives its jobs to another.
 */
import { mkdir } from 'node:fs/promises';
import type { Job } from 'bullmq';
import { createPool } from '../batch/pool.js';
import { workerHeapMb } from '../batch/runBatch.js';
import type { AnalyzerOptions } from '../pipeline/createAnalyzer.js';
import { isJobData, type JobData } from './jobs.js';
import { loadQueueLibraries } from './libraries.js';
import { openQueue } from './open.js';
import { processJob, type JobOutcome } from './processJob.js';

/** Everything a worker needs, already validated. */
export interface QueueWorkerOptions {
  readonly redis: string;
  readonly queue: string;
  /** Output directory: `<job id>.jsonl` and `<job id>.errors.jsonl` per job. */
  readonly out: string;
  /** Analysis threads; jobs are taken one more than this at a time, so no thread waits for Redis. */
  readonly threads: number;
  readonly analyzer: AnalyzerOptions;
  readonly fields: readonly string[];
  readonly maxDocumentBytes: number;
  /** Heap of each analysis thread in MB (default: sized for `maxDocumentBytes`). */
  readonly maxHeapMb?: number;
  /** Longest analysis of one document in ms; a longer one becomes a `timeout` error record. */
  readonly maxTaskMs?: number;
  /** How long a job stays locked without renewal before another worker may take it (ms). */
  readonly lockMs: number;
  /** How often this worker looks for jobs whose lock ran out (ms). */
  readonly stalledIntervalMs: number;
  /** Times a job may be taken back from a dead worker before it is failed. */
  readonly maxStalledCount: number;
  /** Stop once nothing is waiting, delayed or active on the queue. */
  readonly untilEmpty: boolean;
  readonly stderr: NodeJS.WritableStream;
  /** Aborting stops taking jobs; the jobs in hand are finished first. */
  readonly signal?: AbortSignal;
}

/** What a worker did before it stopped. */
export interface QueueWorkerSummary {
  readonly jobs: number;
  readonly analysed: number;
  readonly failed: number;
  /** Jobs that threw (retried later, or failed for good after their last attempt). */
  readonly jobErrors: number;
  readonly seconds: number;
}

const EMPTY_CHECK_MS = 300;

/**
 * Runs a worker until `signal` aborts or, with `untilEmpty`, the queue is empty. Throws when
 * Redis cannot be reached or the analyzer options fail.
 *
 * @example
 * const summary = await runQueueWorker({ redis: 'redis://127.0.0.1:6379', queue: 'zhnews', out: 'out', threads: 2,
 *   analyzer: { segmenter: 'node-rs' }, fields: ['source', 'line', 'date', 'statements'], maxDocumentBytes: 2e6,
 *   lockMs: 30000, stalledIntervalMs: 30000, maxStalledCount: 2, untilEmpty: true, stderr: process.stderr });
 */
export async function runQueueWorker(options: QueueWorkerOptions): Promise<QueueWorkerSummary> {
  const started = performance.now();
  await mkdir(options.out, { recursive: true });
  const { bullmq } = await loadQueueLibraries();
  const q = await openQueue(options.redis, options.queue, { persistent: true });
  const pool = await createPool({
    workers: options.threads,
    analyzer: options.analyzer,
    maxHeapMb: options.maxHeapMb ?? workerHeapMb(options.maxDocumentBytes),
    ...(options.maxTaskMs !== undefined ? { maxTaskMs: options.maxTaskMs } : {}),
  }).catch(async (error: unknown) => {
    await q.close();
    throw error;
  });
  const totals = { jobs: 0, analysed: 0, failed: 0, jobErrors: 0 };
  const log = (message: string): void => void options.stderr.write(`zhnews worker: ${message}\n`);

  const processor = async (job: Job<JobData>): Promise<JobOutcome> => {
    if (!isJobData(job.data)) throw new bullmq.UnrecoverableError(`job ${job.id} does not hold zhnews records`);
    const outcome = await processJob(job.id!, job.data, {
      pool,
      analyzer: options.analyzer,
      fields: options.fields,
      maxDocumentBytes: options.maxDocumentBytes,
      out: options.out,
    });
    await q.manifest.markDone(job.id!, outcome.analysed, outcome.failed);
    return outcome;
  };

  const worker = new bullmq.Worker<JobData, JobOutcome>(options.queue, processor, {
    connection: q.redis,
    concurrency: options.threads + 1,
    lockDuration: options.lockMs,
    stalledInterval: options.stalledIntervalMs,
    maxStalledCount: options.maxStalledCount,
    autorun: false,
  });
  worker.on('completed', (_job, outcome) => {
    totals.jobs++;
    totals.analysed += outcome.analysed;
    totals.failed += outcome.failed;
  });
  worker.on('failed', (job, error) => {
    totals.jobErrors++;
    const last = job && job.attemptsMade >= (job.opts.attempts ?? 1);
    log(`job ${job?.id ?? '?'} failed${job ? ` (attempt ${job.attemptsMade} of ${job.opts.attempts ?? 1}${last ? ', no retries left' : ', will be retried'})` : ''}: ${error.message}`);
  });
  worker.on('stalled', (id) => {
    log(`job ${id} was held by a worker that stopped answering; it is back on the queue`);
    void q.manifest.countStalled().catch(() => undefined);
  });
  worker.on('error', (error) => log(`Redis: ${error.message}`));

  const stopped = new Promise<void>((resolve) => {
    if (options.signal?.aborted) resolve();
    options.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  const running = worker.run();
  let timer: NodeJS.Timeout | undefined;
  const empty = options.untilEmpty
    ? new Promise<void>((resolve) => {
        const check = async (): Promise<void> => {
          try {
            const c = await q.queue.getJobCounts('wait', 'active', 'delayed', 'prioritized', 'waiting-children');
            if (Object.values(c).every((n) => n === 0)) return resolve();
          } catch {
            // Redis is away: look again later
          }
          timer = setTimeout(() => void check(), EMPTY_CHECK_MS);
        };
        void check();
      })
    : new Promise<void>(() => undefined);
  try {
    await Promise.race([stopped, empty, running]);
  } finally {
    clearTimeout(timer);
    // close() waits for the jobs in hand, so nothing is left to the stalled-job check
    await worker.close();
    await running.catch(() => undefined);
    await pool.close();
    await q.close();
  }
  return { ...totals, seconds: (performance.now() - started) / 1000 };
}
