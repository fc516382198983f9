/**
 * `zhnews queue collect`: merges the per-job files into one output in input order (the order
 * jobs were enqueued, then record order) and checks the account: every enqueued record must
 * have exactly one result or one error record.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openSink, type Sink } from '../batch/writers.js';
import { jobFiles, type JobEntry } from './jobs.js';
import type { OpenQueue } from './open.js';
import { splitIndexedLine } from './output.js';

/** Where the merged records go. */
export interface CollectOptions {
  /** The workers' output directory. */
  readonly dir: string;
  /** Results file, or null for standard output. */
  readonly output: string | null;
  /** Error records file, or null to print them on standard error. */
  readonly errors: string | null;
  readonly stderr: NodeJS.WritableStream;
}

/** A job whose records are not all accounted for. */
export interface IncompleteJob extends JobEntry {
  /** Indices of the records without a result or error record. */
  readonly missing: readonly number[];
  /** A job file that exists but cannot be read. */
  readonly problem?: string;
  /** Where BullMQ has the job now, and why it failed if it did. */
  readonly state?: string;
  readonly reason?: string;
}

/** The account of a collect. */
export interface CollectSummary {
  readonly jobs: number;
  readonly documents: number;
  readonly analysed: number;
  readonly failed: number;
  readonly missing: number;
  /** Records found twice or outside their job's range (not written again). */
  readonly unexpected: number;
  readonly incomplete: readonly IncompleteJob[];
  /** 0: every document analysed; 2: error records, or records missing. */
  readonly exitCode: 0 | 2;
}

/** The lines of a job file; none when it is absent; a problem when it cannot be read. */
async function readLines(path: string): Promise<{ lines: string[]; problem?: string }> {
  try {
    const text = await readFile(path, 'utf8');
    return { lines: text.split('\n').filter((line) => line !== '') };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') return { lines: [] };
    return { lines: [], problem: `cannot read ${path}: ${e.message}` };
  }
}

const LIST_INCOMPLETE = 20;

/**
 * Merges and checks. Records missing from the directory (a job not yet done, or failed for
 * good) are counted and the first jobs listed with their state; the output holds everything
 * that is there.
 *
 * @example
 * const q = await openQueue(url, 'zhnews', { persistent: false });
 * const s = await collectOutputs(q, { dir: 'out', output: 'all.jsonl', errors: 'errors.jsonl', stderr: process.stderr });
 * s.exitCode //=> 0
 */
export async function collectOutputs(q: OpenQueue, options: CollectOptions): Promise<CollectSummary> {
  const out = openSink(options.output, { append: false });
  const errors: Sink | null = options.errors === null ? null : openSink(options.errors, { append: false });
  const totals = { jobs: 0, documents: 0, analysed: 0, failed: 0, missing: 0, unexpected: 0 };
  const incomplete: IncompleteJob[] = [];
  try {
    for await (const entry of q.manifest.entries()) {
      totals.jobs++;
      totals.documents += entry.count;
      const files = jobFiles(entry.id);
      const seen = new Uint8Array(entry.count);
      const take = (lines: readonly string[]): string[] => {
        const kept: string[] = [];
        for (const raw of lines) {
          const split = splitIndexedLine(raw);
          const at = split ? split.index - entry.first : -1;
          if (!split || at < 0 || at >= entry.count || seen[at]) {
            totals.unexpected++;
            continue;
          }
          seen[at] = 1;
          kept.push(`${split.line}\n`);
        }
        return kept;
      };
      const resultFile = await readLines(join(options.dir, files.results));
      const errorFile = await readLines(join(options.dir, files.errors));
      const results = take(resultFile.lines);
      const failures = take(errorFile.lines);
      const problem = resultFile.problem ?? errorFile.problem;
      totals.analysed += results.length;
      totals.failed += failures.length;
      if (results.length > 0) await out.write(results.join(''));
      if (failures.length > 0) {
        if (errors) await errors.write(failures.join(''));
        else options.stderr.write(failures.join(''));
      }
      const missing: number[] = [];
      seen.forEach((s, i) => s || missing.push(entry.first + i));
      if (missing.length > 0) {
        totals.missing += missing.length;
        incomplete.push({ ...entry, missing, ...(problem ? { problem } : {}) });
      }
    }
  } finally {
    await out.close();
    await errors?.close();
  }
  const listed = await Promise.all(incomplete.slice(0, LIST_INCOMPLETE).map((job) => withState(q, job)));
  const exitCode = totals.failed > 0 || totals.missing > 0 || totals.unexpected > 0 ? 2 : 0;
  return { ...totals, incomplete: [...listed, ...incomplete.slice(LIST_INCOMPLETE)], exitCode };
}

async function withState(q: OpenQueue, job: IncompleteJob): Promise<IncompleteJob> {
  const state = await q.queue.getJobState(job.id);
  if (state !== 'failed') return { ...job, state: state === 'unknown' ? 'done, but its files are not in this directory' : state };
  const bull = await q.queue.getJob(job.id);
  return { ...job, state, reason: bull?.failedReason ?? '' };
}

/**
 * The account as lines for people: the summary, then the first incomplete jobs.
 *
 * @example
 * formatCollect(summary) //=> '1150 documents enqueued in 12 jobs: 1149 analysed, 1 failed, 0 missing\n'
 */
export function formatCollect(s: CollectSummary, errors: string | null): string {
  const lines = [
    `${s.documents} documents enqueued in ${s.jobs} jobs: ${s.analysed} analysed, ${s.failed} failed${s.failed > 0 && errors ? ` (in ${errors})` : ''}, ${s.missing} missing`,
  ];
  if (s.unexpected > 0) lines.push(`${s.unexpected} records found twice or outside their job were left out`);
  for (const job of s.incomplete.slice(0, LIST_INCOMPLETE)) {
    const range = job.missing.length === job.count ? 'all its records' : `${job.missing.length} of its ${job.count} records`;
    const why = job.problem ?? `job ${job.state ?? '?'}${job.reason ? `: ${job.reason}` : ''}`;
    lines.push(`missing: job ${job.id} (${job.source} records ${job.first}-${job.first + job.count - 1}): ${range}; ${why}`);
  }
  if (s.incomplete.length > LIST_INCOMPLETE) lines.push(`… and ${s.incomplete.length - LIST_INCOMPLETE} more incomplete jobs`);
  return `${lines.join('\n')}\n`;
}
