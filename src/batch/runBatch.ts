/**
 * The engine of `zhnews batch`: inputs → documents → worker pool → ordered outputs, with
 * resume, keywords, progress and an exact account of every document read.
 */
import { stat } from 'node:fs/promises';
import type { AnalyzerOptions } from '../pipeline/createAnalyzer.js';
import type { EncodingChoice } from '../io/decode.js';
import { discoverInputs } from './discover.js';
import { guardOutputs } from './outputGuard.js';
import { withKeywords } from './keywords.js';
import { orderedMap } from './ordered.js';
import { createPool } from './pool.js';
import { startProgress, summaryLine, type BatchCounts, type ProgressMode } from './progress.js';
import { readInput, type InputItem } from './readers.js';
import type { FieldNames } from './record.js';
import { readResumeState } from './resume.js';
import { shardSources, type Shard } from './shard.js';
import type { AnalysisField, WorkerReply } from './task.js';
import type { Keyword } from './types.js';
import { csvHeader, csvLines, errorLine, jsonLine, openSink } from './writers.js';

/** Everything a batch run needs, already validated. */
export interface BatchRunOptions {
  readonly inputs: readonly string[];
  /** Output file, or null for standard output. */
  readonly output: string | null;
  /** Error records file, or null to print them on standard error. */
  readonly errors: string | null;
  readonly format: 'jsonl' | 'csv';
  readonly workers: number;
  readonly resume: boolean;
  /** Record fields for JSON Lines besides `id` (`source`, `line`, `date` and analysis fields). */
  readonly fields: readonly string[];
  readonly fieldNames: FieldNames;
  readonly encoding: EncodingChoice;
  /** Top-N keywords (0: none) and how many documents to count before the first. */
  readonly keywords: number;
  readonly keywordsWarmup: number;
  /** Passed unchanged to every worker's `createAnalyzer()`. */
  readonly analyzer: AnalyzerOptions;
  readonly progress: ProgressMode;
  /** No summary line at the end (progress is set apart, by `progress`). */
  readonly quiet?: boolean;
  readonly maxDocumentBytes: number;
  /** Longest analysis of one document in a worker thread, in seconds (default: none); longer ones become `timeout` error records. */
  readonly maxSecondsPerDocument?: number;
  readonly window?: number;
  readonly stderr: NodeJS.WritableStream;
  /** Aborting stops reading; documents in flight are still written. */
  readonly signal?: AbortSignal;
  readonly cwd?: string;
  /** Only this shard's share of the inputs (`--shard i/n`). */
  readonly shard?: Shard;
}

/** How a run ended. */
export interface BatchRunSummary extends BatchCounts {
  readonly interrupted: boolean;
  readonly seconds: number;
  /** Milliseconds from the start to the first result written, null when none was. */
  readonly firstResultMs: number | null;
  /** 0: all analysed; 2: some failed; 130: interrupted. */
  readonly exitCode: 0 | 2 | 130;
}

/**
 * The heap each worker may use: room for the analyzer's dictionaries plus the analysis of the
 * largest document allowed (measured: about 50 MB of heap per MB of text). Capping it keeps
 * peak RSS down, because V8 collects before it grows the heap.
 *
 * @example
 * workerHeapMb(2e6) //=> 256
 */
export function workerHeapMb(maxDocumentBytes: number): number {
  return 128 + 64 * Math.ceil(maxDocumentBytes / 1e6);
}

interface Done {
  readonly item: InputItem;
  readonly reply: WorkerReply;
}

/**
 * Runs a batch. Throws only for problems with the run itself (inputs that name nothing, an
 * output that cannot be resumed or written, analyzer options that fail); every problem with
 * a document becomes an error record.
 *
 * @example
 * const summary = await runBatch({ inputs: ['archive/'], output: 'out.jsonl', errors: 'errors.jsonl', format: 'jsonl',
 *   workers: 2, resume: false, fields: ['source', 'date', 'entities', 'statements'], fieldNames: DEFAULT_FIELDS,
 *   encoding: 'auto', keywords: 0, keywordsWarmup: 1000, analyzer: {}, progress: 'plain', maxDocumentBytes: 2e6,
 *   stderr: process.stderr });
 * summary.exitCode //=> 0
 */
export async function runBatch(options: BatchRunOptions): Promise<BatchRunSummary> {
  const started = performance.now();
  // The output and error files are never inputs (refused before anything is written).
  const discovered = guardOutputs(await discoverInputs(options.inputs, options.cwd), {
    output: options.output,
    errors: options.errors,
    resume: options.resume,
    ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
  });
  const sources = options.shard ? shardSources(discovered, options.shard) : discovered;
  const resume = options.resume && options.output !== null ? await readResumeState(options.output, options.format) : null;
  const appending = resume !== null && resume.exists && (await stat(options.output!)).size > 0;
  if (resume && resume.truncated > 0) {
    options.stderr.write(`zhnews: removed an incomplete tail of ${resume.truncated} bytes from ${options.output}\n`);
  }
  const pool = await createPool({
    workers: options.workers,
    analyzer: options.analyzer,
    maxHeapMb: workerHeapMb(options.maxDocumentBytes),
    ...(options.maxSecondsPerDocument !== undefined ? { maxTaskMs: options.maxSecondsPerDocument * 1000 } : {}),
  });
  const counts: BatchCounts = { read: 0, analysed: 0, failed: 0, skipped: 0, bytes: 0 };
  // known in advance only when every input is a text file (one document each)
  const totalDocuments = sources.every((s) => s.kind === 'unreadable' || (s.kind === 'file' && s.format === 'txt')) ? sources.length : null;
  const progress = startProgress(options.progress, options.stderr, { totalDocuments });
  const out = openSink(options.output, { append: appending });
  const errors = options.errors === null ? null : openSink(options.errors, { append: false });
  let firstResultMs: number | null = null;
  const stopped = (): boolean => options.signal?.aborted === true;
  const fields = new Set(options.fields);
  const analysisFields = options.fields.filter((f): f is AnalysisField =>
    ['text', 'sentences', 'tokens', 'entities', 'quantities', 'statements'].includes(f),
  );
  const wantTerms = options.keywords > 0;

  async function* items(): AsyncGenerator<InputItem> {
    for (const source of sources) {
      if (stopped()) return;
      for await (const item of readInput(source, {
        encoding: options.encoding,
        fields: options.fieldNames,
        maxDocumentBytes: options.maxDocumentBytes,
        onBytes: (n) => (counts.bytes += n),
      })) {
        if (resume?.done.has(item.id) && item.kind === 'doc') {
          counts.skipped++;
          counts.read++;
          progress.update(counts);
          continue;
        }
        yield item;
        if (stopped()) return;
      }
    }
  }

  const analyse = async (item: InputItem): Promise<Done> => {
    if (item.kind === 'error') return { item, reply: { ok: false, error: item.error } };
    const header = {
      ...(fields.has('source') || options.format === 'csv' ? { source: item.source } : {}),
      ...(item.line !== undefined && (fields.has('line') || options.format === 'csv') ? { line: item.line } : {}),
      ...(item.date !== undefined && (fields.has('date') || options.format === 'csv') ? { date: item.date } : {}),
    };
    const reply = await pool.run({
      analyzer: options.analyzer,
      text: item.text,
      id: item.id,
      ...(item.date !== undefined ? { date: item.date } : {}),
      output: options.format === 'csv' ? 'csv' : 'json',
      header,
      fields: analysisFields,
      terms: wantTerms,
    });
    return { item, reply };
  };

  const window = options.window ?? Math.max(16, pool.threads * 8);
  const ordered = orderedMap(items(), analyse, window, stopped);
  const withKw: AsyncIterable<{ done: Done; keywords: Keyword[] | null }> = wantTerms
    ? withKeywords(ordered, (d) => (d.reply.ok ? (d.reply.terms ?? []) : null), (done, keywords) => ({ done, keywords }), {
        top: options.keywords,
        warmup: options.keywordsWarmup,
      })
    : (async function* () {
        for await (const done of ordered) yield { done, keywords: null };
      })();

  try {
    if (options.format === 'csv' && !appending) await out.write(`${options.output !== null ? '\ufeff' : ''}${csvHeader(wantTerms)}`);
    for await (const { done, keywords } of withKw) {
      counts.read++;
      const { item, reply } = done;
      if (reply.ok) {
        counts.analysed++;
        await out.write(options.format === 'csv' ? csvLines(reply.rows ?? [], keywords) : jsonLine(reply.json ?? '{}', keywords));
        firstResultMs ??= performance.now() - started;
      } else {
        counts.failed++;
        const line = errorLine({ id: item.id, source: item.source, ...(item.line !== undefined ? { line: item.line } : {}), error: reply.error });
        if (errors) await errors.write(line);
        else progress.log(line.trimEnd());
      }
      progress.update(counts);
    }
  } finally {
    progress.stop();
    await pool.close();
    await out.close();
    await errors?.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const interrupted = stopped();
  if (!options.quiet) options.stderr.write(`${summaryLine(counts, seconds, { errors: options.errors, interrupted })}\n`);
  return {
    ...counts,
    interrupted,
    seconds,
    firstResultMs,
    exitCode: interrupted ? 130 : counts.failed > 0 ? 2 : 0,
  };
}

