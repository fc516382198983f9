/**
 * `zhnews queue add`: reads inputs with the batch readers and puts their records on the queue
 * in chunks, each a job with a stable id. Records that cannot be read travel as error records,
 * so that every record of every input comes out of `collect` as a result or an error.
 */
import { resolve } from 'node:path';
import { discoverInputs, InputError, type InputSource } from '../batch/discover.js';
import { readInput, type InputItem, type ReadOptions } from '../batch/readers.js';
import { jobId, type JobData, type JobEntry, type JobRecord } from './jobs.js';
import type { OpenQueue } from './open.js';

/** How inputs are split and how their jobs are retried. */
export interface EnqueueOptions {
  readonly inputs: readonly string[];
  /** Records per job (a `.txt` file is always one job of one record). */
  readonly chunk: number;
  readonly read: Omit<ReadOptions, 'onBytes'>;
  /** Tries per job before it is listed as failed. */
  readonly attempts: number;
  /** First retry delay in ms; it doubles with each further try. */
  readonly backoffMs: number;
  readonly cwd?: string;
  /** Told about inputs whose content changed since they were first added. */
  readonly warn?: (message: string) => void;
}

/** What `queue add` did. */
export interface EnqueueSummary {
  readonly inputs: number;
  /** Jobs and records newly enqueued. */
  readonly jobs: number;
  readonly records: number;
  /** Jobs (and their records) that were already on the queue. */
  readonly existingJobs: number;
  readonly existingRecords: number;
}

// Jobs are sent to Redis in groups: fewer round trips, bounded memory.
const GROUP_JOBS = 200;
const GROUP_BYTES = 16e6;

function toRecord(item: InputItem, index: number): JobRecord {
  const base = { index, id: item.id, ...(item.line !== undefined ? { line: item.line } : {}) };
  if (item.kind === 'error') return { ...base, error: item.error };
  return { ...base, text: item.text, ...(item.date !== undefined ? { date: item.date } : {}) };
}

/**
 * Enqueues the records of the inputs. Idempotent: a job id already in the manifest is
 * skipped, so adding the same archive twice adds nothing. Throws {@link InputError} for
 * inputs that name nothing or for standard input (its records have no stable path).
 *
 * @example
 * const q = await openQueue(url, 'zhnews', { persistent: false });
 * await enqueueInputs(q, { inputs: ['archive/'], chunk: 100, attempts: 3, backoffMs: 1000,
 *   read: { encoding: 'auto', fields: DEFAULT_FIELDS, maxDocumentBytes: 2e6 } });
 * //=> { inputs: 3, jobs: 12, records: 1150, existingJobs: 0, existingRecords: 0 }
 */
export async function enqueueInputs(q: OpenQueue, options: EnqueueOptions): Promise<EnqueueSummary> {
  if (options.inputs.includes('-')) throw new InputError('queue add cannot read standard input: job ids need a file path; save it to a file first');
  const sources = await discoverInputs(options.inputs, options.cwd);
  const summary = { inputs: sources.length, jobs: 0, records: 0, existingJobs: 0, existingRecords: 0 };
  let group: Array<{ entry: JobEntry; data: JobData }> = [];
  let groupBytes = 0;

  const flush = async (): Promise<void> => {
    if (group.length === 0) return;
    const pending = group;
    group = [];
    groupBytes = 0;
    const existing = await q.manifest.existing(pending.map((p) => p.entry.id));
    const fresh = pending.filter((p) => !existing.has(p.entry.id));
    for (const p of pending) {
      const old = existing.get(p.entry.id);
      if (!old) continue;
      summary.existingJobs++;
      summary.existingRecords += old.count;
      if (old.count !== p.entry.count) {
        options.warn?.(`${p.entry.source}: job ${p.entry.id} was enqueued with ${old.count} records and now has ${p.entry.count}; inputs must not change once added (add new data as new files)`);
      }
    }
    // BullMQ first, the manifest second: a crash in between leaves a job the next `add`
    // registers (BullMQ keeps one job per id), never a registered job that is not queued.
    await q.queue.addBulk(
      fresh.map((p) => ({
        name: 'analyse',
        data: p.data,
        opts: {
          jobId: p.entry.id,
          attempts: options.attempts,
          backoff: { type: 'exponential', delay: options.backoffMs },
          // the text is freed once the output is written; the manifest remembers the job
          removeOnComplete: true,
          removeOnFail: false,
        },
      })),
    );
    await q.manifest.register(fresh.map((p) => p.entry));
    summary.jobs += fresh.length;
    summary.records += fresh.reduce((n, p) => n + p.entry.count, 0);
  };

  // all chunk sizes are checked before anything is enqueued
  for (const source of sources) if (source.kind === 'file') await checkChunk(q, source, options.chunk);
  for (const source of sources) {
    if (source.kind === 'stdin') continue; // refused above
    // a path that cannot be read is one job holding its error record
    const path = source.kind === 'file' ? source.path : resolve(options.cwd ?? process.cwd(), source.source);
    const chunk = options.chunk;
    let records: JobRecord[] = [];
    let bytes = 0;
    let index = 0;
    const cut = async (): Promise<void> => {
      if (records.length === 0) return;
      const first = records[0]!.index;
      group.push({ entry: { id: jobId(path, first), source: source.source, first, count: records.length }, data: { source: source.source, records } });
      groupBytes += bytes;
      records = [];
      bytes = 0;
      if (group.length >= GROUP_JOBS || groupBytes >= GROUP_BYTES) await flush();
    };
    for await (const item of readInput(source, options.read)) {
      const record = toRecord(item, index++);
      records.push(record);
      bytes += (record.text?.length ?? 0) * 3;
      if (records.length >= chunk) await cut();
    }
    await cut();
  }
  await flush();
  return summary;
}

type FileSource = Extract<InputSource, { kind: 'file' }>;

/**
 * An input must be split as it was the first time, or its job ids would differ and its
 * records be enqueued twice. A `.txt` file is one record whatever the chunk size.
 */
async function checkChunk(q: OpenQueue, source: FileSource, chunk: number): Promise<void> {
  if (source.format === 'txt') return;
  const first = await q.manifest.chunkFor(source.path, chunk);
  if (first !== chunk) {
    throw new InputError(`${source.source} was added with --chunk ${first}; add it again with --chunk ${first} (or to another --queue)`);
  }
}
