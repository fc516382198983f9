/**
 * The engine of `zhnews batch`: inputs → documents → worker pool → ordered outputs, with
 * resume, keywords, progress and an exact account of every document read.
 */
import { stat } from 'node:fs/promises';
import type { AnalyzerOptions } from '../pipeline/createAnalyzer.js';
import type { EncodingChoice } from '../io/decode.js';
import { discoverInputs, type InputSource } from './discover.js';
import { guardOutputs } from './outputGuard.js';
import { applyBatchJitBudget } from './jitBudget.js';
import { withKeywords } from './keywords.js';
import { orderedMap } from './ordered.js';
import { createPool, defaultWorkers } from './pool.js';
import { startProgress, summaryLine, type BatchCounts, type ProgressMode } from './progress.js';
import { readInputChunked, type InputItem } from './readers.js';
import type { FieldNames } from './record.js';
import { readResumeState } from './resume.js';
import { shardSources, type Shard } from './shard.js';
import { chunkFailure, resumeIdsOf, type ChunkOutcome, type ChunkReply, type ChunkTask } from './chunkTask.js';
import { jsonlBytesItem } from './jsonlLine.js';
import { splitLineChunk, type LineChunk } from './lineChunks.js';
import type { AnalysisField } from './task.js';
import type { BatchErrorInfo } from './types.js';
import { csvHeader, csvLines, errorLine, jsonLine, openSink } from './writers.js';

/** Everything a batch run needs, already validated. */
export interface BatchRunOptions {
  readonly inputs: readonly string[];
  /** Output file, or null for standard output. */
  readonly output: string | null;
  /** Error records file, or null to print them on standard error. */
  readonly errors: string | null;
  readonly format: 'jsonl' | 'csv';
  /**
   * Worker threads (0: the calling thread). Default: sized from the input after discovery,
   * {@link defaultWorkers} of the files' total size (gzip counted 4×; unknown for standard input).
   */
  readonly workers?: number;
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

/** What the main thread hands the pool: a chunk of lines for a worker to parse, or a document or error it read itself. */
type Unit = LineChunk | InputItem;

/** A unit's outcome; `stopped`: the run was stopped at this unit, and nothing after it was analysed. */
interface UnitResult {
  readonly reply: ChunkReply;
  readonly stopped: boolean;
}

/**
 * Input bytes per chunk of JSON Lines: about 20 news articles, one message each way, so the
 * main thread's work per document is a share of copying bytes; small enough that both workers
 * are busy within the first milliseconds and a stop (Ctrl-C) waits for little.
 */
export const CHUNK_BYTES = 64 * 1024;

const EMPTY_REPLY: ChunkReply = { out: null, outcomes: [], analysed: 0, failed: 0, skipped: 0 };

/** The results of a chunk's lines analysed one by one, as one result, up to where the run stopped. */
function mergeResults(parts: readonly UnitResult[]): UnitResult {
  const outs: Uint8Array[] = [];
  const outcomes: ChunkOutcome[] = [];
  let analysed = 0;
  let failed = 0;
  let skipped = 0;
  for (const { reply, stopped } of parts) {
    if (reply.out) outs.push(reply.out);
    outcomes.push(...reply.outcomes);
    analysed += reply.analysed;
    failed += reply.failed;
    skipped += reply.skipped;
    if (stopped) return { reply: { out: Buffer.concat(outs), outcomes, analysed, failed, skipped }, stopped: true };
  }
  return { reply: { out: outs.length > 0 ? Buffer.concat(outs) : null, outcomes, analysed, failed, skipped }, stopped: false };
}

/**
 * The bytes to analyse, for sizing the pool: files by their size (gzip about 4× its compressed
 * size), undefined when standard input is among them (its size is not known in advance).
 *
 * @example
 * inputBytes([{ kind: 'stdin', source: '-', id: '-' }]) //=> undefined
 */
export function inputBytes(sources: readonly InputSource[]): number | undefined {
  let total = 0;
  for (const source of sources) {
    if (source.kind === 'stdin') return undefined;
    if (source.kind === 'file') total += source.gzip ? source.size * 4 : source.size;
  }
  return total;
}

/** The id, source and line of a single-line chunk, read here (only when its worker died on it). */
function lineIdentity(chunk: LineChunk, fieldNames: FieldNames): { id: string; source: string; line: number } {
  const bytes = chunk.bytes[chunk.bytes.length - 1] === 0x0a ? chunk.bytes.subarray(0, -1) : chunk.bytes;
  const item = jsonlBytesItem(bytes, chunk.encoding, chunk.source, chunk.firstLine, fieldNames);
  return { id: item?.id ?? `${chunk.source}:${chunk.firstLine}`, source: chunk.source, line: chunk.firstLine };
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
  const workers = options.workers ?? defaultWorkers(inputBytes(sources));
  // two or more workers compete with V8's compiler threads for the cores: compile less (jitBudget.ts)
  if (workers >= 2) applyBatchJitBudget();
  const pool = await createPool({
    workers,
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
  const csv = options.format === 'csv';
  // what every chunk task shares; the ids a resumed run skips travel once, in shared memory
  const resumeIds = resume ? resumeIdsOf(resume.done) : undefined;
  const taskBase = {
    kind: 'chunk',
    analyzer: options.analyzer,
    output: csv ? 'csv' : 'json',
    fields: analysisFields,
    header: { source: csv || fields.has('source'), line: csv || fields.has('line'), date: csv || fields.has('date') },
    terms: wantTerms,
    ...(resumeIds ? { resume: resumeIds } : {}),
  } as const;

  async function* units(): AsyncGenerator<Unit> {
    for (const source of sources) {
      if (stopped()) return;
      for await (const unit of readInputChunked(source, {
        encoding: options.encoding,
        fields: options.fieldNames,
        maxDocumentBytes: options.maxDocumentBytes,
        chunkBytes: CHUNK_BYTES,
        onBytes: (n) => (counts.bytes += n),
      })) {
        // documents read here (not in line chunks) are checked against the output here
        if (unit.kind === 'doc' && resume?.done.has(unit.id)) {
          counts.skipped++;
          counts.read++;
          progress.update(counts);
          continue;
        }
        yield unit;
        if (stopped()) return;
      }
    }
  }

  const analyse = async (unit: Unit): Promise<UnitResult> => {
    if (unit.kind === 'error') return { reply: chunkFailure(unit, unit.error), stopped: false };
    const body: ChunkTask['body'] =
      unit.kind === 'lines'
        ? { kind: 'lines', source: unit.source, firstLine: unit.firstLine, bytes: unit.bytes, encoding: unit.encoding, fieldNames: options.fieldNames }
        : { kind: 'docs', docs: [{ id: unit.id, source: unit.source, text: unit.text, ...(unit.line !== undefined ? { line: unit.line } : {}), ...(unit.date !== undefined ? { date: unit.date } : {}) }] };
    const run = await pool.runChunk({ ...taskBase, body }, { skipIf: stopped });
    if (run === null) return { reply: EMPTY_REPLY, stopped: true };
    if (run.ok) return { reply: run.reply, stopped: false };
    if (unit.kind === 'lines' && unit.lines > 1) {
      // which document killed the worker (or ran out of time) is not known: try them one by one
      return mergeResults(await Promise.all(splitLineChunk(unit).map(analyse)));
    }
    return { reply: chunkFailure(unit.kind === 'lines' ? lineIdentity(unit, options.fieldNames) : unit, run.error), stopped: false };
  };

  const window = options.window ?? Math.max(16, pool.threads * 8);
  const results = orderedMap(units(), analyse, window, stopped);
  const writeFailure = async (failure: ChunkOutcome, error: BatchErrorInfo): Promise<void> => {
    const line = errorLine({ id: failure.id, source: failure.source, ...(failure.line !== undefined ? { line: failure.line } : {}), error });
    if (errors) await errors.write(line);
    else progress.log(line.trimEnd());
  };

  try {
    if (csv && !appending) await out.write(`${options.output !== null ? '\ufeff' : ''}${csvHeader(wantTerms)}`);
    if (!wantTerms) {
      // the common case: a chunk's output is one write of the bytes its worker made
      let halted = false;
      for await (const { reply, stopped: stoppedHere } of results) {
        if (halted) continue;
        if (reply.out && reply.out.length > 0) {
          await out.write(reply.out);
          firstResultMs ??= performance.now() - started;
        }
        for (const outcome of reply.outcomes) if (!outcome.reply.ok) await writeFailure(outcome, outcome.reply.error);
        counts.analysed += reply.analysed;
        counts.failed += reply.failed;
        counts.skipped += reply.skipped;
        counts.read += reply.analysed + reply.failed + reply.skipped;
        progress.update(counts);
        halted = stoppedHere;
      }
    } else {
      // keywords are learned across the archive in input order: documents one by one
      const outcomes = async function* (): AsyncGenerator<ChunkOutcome> {
        let halted = false;
        for await (const { reply, stopped: stoppedHere } of results) {
          if (halted) continue;
          counts.skipped += reply.skipped;
          counts.read += reply.skipped;
          yield* reply.outcomes;
          halted = stoppedHere;
        }
      };
      const withKw = withKeywords(outcomes(), (o) => (o.reply.ok ? (o.reply.terms ?? []) : null), (outcome, keywords) => ({ outcome, keywords }), {
        top: options.keywords,
        warmup: options.keywordsWarmup,
      });
      for await (const { outcome, keywords } of withKw) {
        counts.read++;
        const reply = outcome.reply;
        if (reply.ok) {
          counts.analysed++;
          await out.write(csv ? csvLines(reply.rows ?? [], keywords) : jsonLine(reply.json ?? '{}', keywords));
          firstResultMs ??= performance.now() - started;
        } else {
          counts.failed++;
          await writeFailure(outcome, reply.error);
        }
        progress.update(counts);
      }
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

