/**
 * Analyses documents on the worker pool with the server's limits: at most `maxQueue` documents
 * held at once (503 `busy` beyond), and a time limit per document (503 `timeout`). The event
 * loop only hands text to a worker and writes the string that comes back.
 */
import type { Pool } from '../batch/pool.js';
import type { WorkerReply, WorkerTask } from '../batch/task.js';
import type { AnalyzerOptions } from '../pipeline/createAnalyzer.js';
import { HttpError } from './errors.js';

/** Runs tasks on a pool under the server's limits. */
export interface Runner {
  readonly threads: number;
  /** Documents being analysed or waiting for a worker now. */
  readonly inFlight: number;
  /**
   * Analyses one task; resolves with the worker's reply, or rejects with a 503 HttpError when
   * the queue is full (`busy`) or `deadline` (ms since the epoch) passes first (`timeout`).
   * A document past its deadline still finishes in its worker; its result is dropped.
   */
  run(task: Omit<WorkerTask, 'analyzer'>, deadline: number, options?: { readonly queue?: boolean }): Promise<WorkerReply & { ok: true }>;
}

/**
 * Wraps a pool. `retryAfter` is the Retry-After (seconds) sent with 503s.
 *
 * @example
 * const runner = createRunner(pool, { segmenter: 'node-rs' }, { maxQueue: 64, retryAfter: 1 });
 * const reply = await runner.run({ text: '增长17%。', id: 'a', output: 'json' }, Date.now() + 30_000);
 */
export function createRunner(pool: Pool, analyzer: AnalyzerOptions, limits: { readonly maxQueue: number; readonly retryAfter: number }): Runner {
  let inFlight = 0;
  return {
    threads: pool.threads,
    get inFlight() {
      return inFlight;
    },
    async run(task, deadline, options = {}) {
      // Streams (analyze-many) wait for their window instead of being turned away.
      if (options.queue !== true && inFlight >= limits.maxQueue) {
        throw new HttpError('busy', `the server is analysing ${inFlight} documents; try again shortly`, limits.retryAfter);
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw timedOut(limits.retryAfter);
      inFlight++;
      const work = pool.run({ ...task, analyzer }).finally(() => inFlight--);
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(timedOut(limits.retryAfter)), remaining);
      });
      try {
        const reply = await Promise.race([work, expired]);
        if (!reply.ok) throw new HttpError(reply.error.code === 'worker-crashed' ? 'worker-crashed' : 'analysis-failed', reply.error.message);
        return reply;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

function timedOut(retryAfter: number): HttpError {
  return new HttpError('timeout', 'the document took longer than the time limit of this server', retryAfter);
}
