/**
 * The work of one job: every record analysed by the batch pool (the same code and output as
 * `zhnews batch`), then the job's result file and error file written atomically. A document
 * that fails or crashes its analysis thread becomes an error record; the job goes on.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Pool } from '../batch/pool.js';
import type { AnalysisField, WorkerTask } from '../batch/task.js';
import type { BatchErrorInfo } from '../batch/types.js';
import { errorLine } from '../batch/writers.js';
import type { AnalyzerOptions } from '../pipeline/createAnalyzer.js';
import { jobFiles, type JobData, type JobRecord } from './jobs.js';
import { indexedLine, writeFileAtomic } from './output.js';

/** How records are analysed and written. */
export interface ProcessOptions {
  readonly pool: Pool;
  readonly analyzer: AnalyzerOptions;
  /** Record fields besides `id`: `source`, `line`, `date` and analysis fields. */
  readonly fields: readonly string[];
  /** A document bigger than this (UTF-8 bytes) is a `too-large` error record. */
  readonly maxDocumentBytes: number;
  /** The output directory. */
  readonly out: string;
}

/** What a job produced. */
export interface JobOutcome {
  readonly analysed: number;
  readonly failed: number;
}

const ANALYSIS: readonly string[] = ['text', 'sentences', 'tokens', 'entities', 'quantities', 'statements'];

function taskFor(record: JobRecord & { text: string }, source: string, options: ProcessOptions): WorkerTask {
  const fields = new Set(options.fields);
  return {
    analyzer: options.analyzer,
    text: record.text,
    id: record.id,
    ...(record.date !== undefined ? { date: record.date } : {}),
    output: 'json',
    header: {
      ...(fields.has('source') ? { source } : {}),
      ...(record.line !== undefined && fields.has('line') ? { line: record.line } : {}),
      ...(record.date !== undefined && fields.has('date') ? { date: record.date } : {}),
    },
    fields: options.fields.filter((f): f is AnalysisField => ANALYSIS.includes(f)),
  };
}

/** The reply for one record: a JSON result line, or why it failed. */
async function analyseRecord(record: JobRecord, source: string, options: ProcessOptions): Promise<{ json: string } | { error: BatchErrorInfo }> {
  if (record.error) return { error: record.error };
  const text = record.text ?? '';
  const bytes = Buffer.byteLength(text);
  if (bytes > options.maxDocumentBytes) {
    return { error: { code: 'too-large', message: `${bytes} bytes, more than the ${options.maxDocumentBytes} this worker allows per document` } };
  }
  const reply = await options.pool.run(taskFor({ ...record, text }, source, options));
  return reply.ok ? { json: reply.json ?? `{"id":${JSON.stringify(record.id)}}` } : { error: reply.error };
}

/**
 * Analyses a job's records and writes `<id>.errors.jsonl`, then `<id>.jsonl`, atomically.
 * Running the same job again (after a crash) rewrites the same files: no duplicates.
 *
 * @example
 * await processJob('news.jsonl-28ef8e0ea31c-0', { source: 'news.jsonl', records }, { pool, analyzer: {}, fields: ['statements'], maxDocumentBytes: 2e6, out: 'out' });
 * //=> { analysed: 99, failed: 1 }
 */
export async function processJob(id: string, data: JobData, options: ProcessOptions): Promise<JobOutcome> {
  const replies = await Promise.all(data.records.map((record) => analyseRecord(record, data.source, options)));
  const results: string[] = [];
  const errors: string[] = [];
  replies.forEach((reply, i) => {
    const record = data.records[i]!;
    if ('json' in reply) results.push(indexedLine(record.index, `${reply.json}\n`));
    else {
      const line = errorLine({ id: record.id, source: data.source, ...(record.line !== undefined ? { line: record.line } : {}), error: reply.error });
      errors.push(indexedLine(record.index, line));
    }
  });
  const files = jobFiles(id);
  await mkdir(options.out, { recursive: true });
  await writeFileAtomic(join(options.out, files.errors), errors.join(''));
  await writeFileAtomic(join(options.out, files.results), results.join(''));
  return { analysed: results.length, failed: errors.length };
}
