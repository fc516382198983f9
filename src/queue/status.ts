/**
 * `zhnews queue status`: where every job is. Waiting, delayed (a retry waiting out its
 * backoff), active, done and failed come from BullMQ and the manifest; stalled jobs are active
 * jobs whose lock has run out (their worker died) that the next stalled-job check will put
 * back on the queue.
 */
import type { JobEntry } from './jobs.js';
import type { OpenQueue } from './open.js';

/** A job that failed for good, with the reason of its last attempt. */
export interface FailedJob extends JobEntry {
  readonly attempts: number;
  readonly reason: string;
}

/** The state of a queue. */
export interface QueueStatus {
  readonly queue: string;
  /** Jobs and records ever enqueued. */
  readonly jobs: number;
  readonly documents: number;
  readonly waiting: number;
  readonly delayed: number;
  readonly active: number;
  /** Active jobs whose worker stopped renewing the lock. */
  readonly stalled: number;
  /** Jobs whose output is written, and their records by outcome. */
  readonly done: number;
  readonly analysed: number;
  readonly failedDocuments: number;
  /** Jobs that failed after their last attempt (their records are missing from the output). */
  readonly failed: number;
  /** Jobs taken back from dead workers so far. */
  readonly recoveredStalls: number;
  /** The first failed jobs (at most `listFailed`). */
  readonly failedJobs: readonly FailedJob[];
}

/**
 * Reads the state of the queue.
 *
 * @example
 * const s = await queueStatus(q);
 * `${s.done}/${s.jobs} jobs done, ${s.failed} failed` //=> '12/12 jobs done, 0 failed'
 */
export async function queueStatus(q: OpenQueue, listFailed = 20): Promise<QueueStatus> {
  const [counts, summary, activeIds, failed] = await Promise.all([
    q.queue.getJobCounts('wait', 'prioritized', 'delayed', 'active', 'failed'),
    q.manifest.summary(),
    q.queue.getRanges(['active'], 0, -1),
    q.queue.getFailed(0, listFailed - 1),
  ]);
  let stalled = 0;
  if (activeIds.length > 0) {
    const pipeline = q.redis.pipeline();
    for (const id of activeIds) pipeline.exists(q.queue.toKey(`${id}:lock`));
    for (const [, exists] of (await pipeline.exec()) ?? []) if (exists === 0) stalled++;
  }
  const entries = await q.manifest.existing(failed.map((job) => job.id!));
  const failedJobs = failed.map((job) => {
    const entry = entries.get(job.id!) ?? { id: job.id!, source: job.data?.source ?? '?', first: 0, count: job.data?.records?.length ?? 0 };
    return { ...entry, attempts: job.attemptsMade, reason: job.failedReason ?? '' };
  });
  const n = (key: string): number => counts[key] ?? 0;
  return {
    queue: q.name,
    jobs: summary.jobs,
    documents: summary.documents,
    waiting: n('wait') + n('prioritized'),
    delayed: n('delayed'),
    active: n('active'),
    stalled,
    done: summary.done,
    analysed: summary.analysed,
    failedDocuments: summary.failed,
    failed: n('failed'),
    recoveredStalls: summary.stalled,
    failedJobs,
  };
}

/**
 * The status as lines for people.
 *
 * @example
 * formatStatus(status).split('\n')[0] //=> 'queue zhnews: 12 jobs (1150 documents)'
 */
export function formatStatus(s: QueueStatus): string {
  const lines = [
    `queue ${s.queue}: ${s.jobs} jobs (${s.documents} documents)`,
    `  waiting  ${s.waiting}`,
    `  delayed  ${s.delayed}  (retries waiting out their backoff)`,
    `  active   ${s.active}`,
    `  stalled  ${s.stalled}  (active, but their worker stopped answering; ${s.recoveredStalls} taken back so far)`,
    `  done     ${s.done}  (${s.analysed} documents analysed, ${s.failedDocuments} error records)`,
    `  failed   ${s.failed}  (no attempts left; \`zhnews queue retry\` puts them back)`,
  ];
  for (const job of s.failedJobs) {
    lines.push(`  failed job ${job.id}: ${job.source} records ${job.first}-${job.first + job.count - 1}, ${job.attempts} attempts: ${job.reason}`);
  }
  if (s.failed > s.failedJobs.length) lines.push(`  … and ${s.failed - s.failedJobs.length} more failed jobs`);
  return `${lines.join('\n')}\n`;
}
