/**
 * What a queue job is: a chunk of consecutive records of one input, named by a stable id
 * (input path + index of its first record), carrying the documents' text so that workers on
 * other machines need no access to the inputs.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { BatchErrorInfo } from '../batch/types.js';

/** One record of an input, as enqueued: a document to analyse, or a reading error to report. */
export interface JobRecord {
  /** Zero-based index of the record in its input (documents and reading errors alike). */
  readonly index: number;
  readonly id: string;
  readonly line?: number;
  readonly text?: string;
  readonly date?: string;
  /** Set when the record could not be read into a document (it is reported, not analysed). */
  readonly error?: BatchErrorInfo;
}

/** The data of one job. */
export interface JobData {
  /** The input as shown in records (`source`). */
  readonly source: string;
  readonly records: readonly JobRecord[];
}

/** What the manifest keeps about each job: enough to check its output without its text. */
export interface JobEntry {
  readonly id: string;
  readonly source: string;
  /** Index of the first record. */
  readonly first: number;
  /** Number of records (the job covers `first … first + count - 1`). */
  readonly count: number;
}

/**
 * The stable id of the job that starts at record `first` of the input at `absolutePath`:
 * the file name (for people), a hash of the whole path (for uniqueness), and the index.
 * Ids hold no `:` (BullMQ reserves it) and are safe as file names.
 *
 * @example
 * jobId('/data/2020/news.jsonl.gz', 200) //=> 'news.jsonl.gz-28ef8e0ea31c-200'
 */
export function jobId(absolutePath: string, first: number): string {
  const hash = createHash('sha1').update(absolutePath).digest('hex').slice(0, 12);
  const name = basename(absolutePath).replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '').slice(-60);
  return `${name}-${hash}-${first}`;
}

/** The result and error files of a job inside the output directory. */
export function jobFiles(id: string): { readonly results: string; readonly errors: string } {
  return { results: `${id}.jsonl`, errors: `${id}.errors.jsonl` };
}

/**
 * Checks that job data has the shape `queue add` writes, so that a job put on the queue by
 * something else fails with a reason instead of writing nonsense.
 *
 * @example
 * isJobData({ source: 'a.jsonl', records: [{ index: 0, id: 'a', text: '增长17%。' }] }) //=> true
 * isJobData({ text: 'x' }) //=> false
 */
export function isJobData(value: unknown): value is JobData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as { source?: unknown; records?: unknown };
  if (typeof data.source !== 'string' || !Array.isArray(data.records)) return false;
  return data.records.every((r: unknown) => {
    if (typeof r !== 'object' || r === null) return false;
    const rec = r as Record<string, unknown>;
    return (
      Number.isInteger(rec.index) &&
      typeof rec.id === 'string' &&
      (typeof rec.text === 'string' || (typeof rec.error === 'object' && rec.error !== null))
    );
  });
}
