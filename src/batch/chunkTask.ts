/**
 * The work of `zhnews batch` for one chunk of documents, in a worker thread: decode and parse
 * the lines (JSON Lines chunks come as raw bytes), skip the documents a resumed run already
 * wrote, analyse, and serialise every output line, so that the main thread gets one message
 * per chunk and only writes its bytes. Per-document replies come back only when the main
 * thread needs them (keywords, which are learned across the archive in input order).
 */
import type { Encoding } from '../io/decode.js';
import { jsonlBytesItem } from './jsonlLine.js';
import { chunkLines } from './lineChunks.js';
import type { InputItem } from './readers.js';
import type { FieldNames } from './record.js';
import { runTask, type AnalysisField, type WorkerReply } from './task.js';
import type { AnalyzerOptions } from '../pipeline/createAnalyzer.js';
import type { BatchErrorInfo } from './types.js';
import { csvLines } from './writers.js';

/** A document the main thread read itself (text files, CSV, UTF-16 JSON Lines). */
export interface ChunkDocument {
  readonly id: string;
  readonly source: string;
  readonly line?: number;
  readonly text: string;
  readonly date?: string;
}

/** Ids a resumed run already wrote, as JSON in shared memory: each worker reads them once. */
export interface ResumeIds {
  /** Tells runs apart (a worker keeps the set of the last run it saw). */
  readonly key: string;
  /** UTF-8 JSON array of the ids. */
  readonly json: SharedArrayBuffer;
}

/** One chunk for a worker. Plain data; `lines.bytes` is moved, not copied. */
export interface ChunkTask {
  readonly kind: 'chunk';
  readonly analyzer: AnalyzerOptions;
  readonly output: 'json' | 'csv';
  /** Analysis fields of JSON records. */
  readonly fields: readonly AnalysisField[];
  /** Document fields written before them (`json`), or filled in (`csv`). */
  readonly header: { readonly source: boolean; readonly line: boolean; readonly date: boolean };
  /** Per-document replies with keyword term counts, instead of the chunk's output bytes. */
  readonly terms: boolean;
  readonly resume?: ResumeIds;
  readonly body:
    | { readonly kind: 'lines'; readonly source: string; readonly firstLine: number; readonly bytes: Uint8Array; readonly encoding: Encoding; readonly fieldNames: FieldNames }
    | { readonly kind: 'docs'; readonly docs: readonly ChunkDocument[] };
}

/** The outcome of one document, when the main thread needs it. */
export interface ChunkOutcome {
  readonly id: string;
  readonly source: string;
  readonly line?: number;
  readonly reply: WorkerReply;
}

/** What a worker sends back for a chunk. */
export interface ChunkReply {
  /** The output lines of the analysed documents, in order, UTF-8 (without `terms`). */
  readonly out: Uint8Array | null;
  /** Without `terms`: the failed documents; with `terms`: every document not skipped. In order. */
  readonly outcomes: ChunkOutcome[];
  readonly analysed: number;
  readonly failed: number;
  /** Documents left out because the output already has them. */
  readonly skipped: number;
}

const encoder = new TextEncoder();

let resumed: { key: string; ids: Set<string> } | null = null;

function resumeIds(resume: ResumeIds | undefined): Set<string> | null {
  if (!resume) return null;
  if (resumed?.key !== resume.key) {
    const ids = JSON.parse(Buffer.from(resume.json).toString('utf8')) as string[];
    resumed = { key: resume.key, ids: new Set(ids) };
  }
  return resumed.ids;
}

/**
 * Packs resume ids for {@link ChunkTask.resume}, or undefined when there are none.
 *
 * @example
 * resumeIdsOf(new Set(['a', 'b']))?.json.byteLength //=> 9
 */
export function resumeIdsOf(ids: ReadonlySet<string>): ResumeIds | undefined {
  if (ids.size === 0) return undefined;
  const bytes = Buffer.from(JSON.stringify([...ids]), 'utf8');
  const json = new SharedArrayBuffer(bytes.length);
  new Uint8Array(json).set(bytes);
  return { key: `${process.pid}-${performance.now()}-${ids.size}`, json };
}

/** The body of a chunk of JSON Lines. */
export type LinesBody = Extract<ChunkTask['body'], { kind: 'lines' }>;

/**
 * The documents and error records of a chunk of JSON Lines, in order (blank lines are none):
 * what {@link readInput} gives for the same lines.
 *
 * @example
 * [...lineChunkItems({ kind: 'lines', source: 'a.jsonl', firstLine: 1, bytes: Buffer.from('{"text":"x"}\n[1]\n'), encoding: 'utf8', fieldNames: DEFAULT_FIELDS })]
 *   .map((i) => i.kind) //=> ['doc', 'error']
 */
export function* lineChunkItems(body: LinesBody): Generator<InputItem> {
  for (const [line, bytes] of chunkLines(body.bytes, body.firstLine)) {
    const item = jsonlBytesItem(bytes, body.encoding, body.source, line, body.fieldNames);
    if (item !== null) yield item;
  }
}

/** The documents of a chunk in order: parsed from its lines, or as sent; failures as records. */
function* documentsOf(task: ChunkTask): Generator<ChunkDocument | ChunkOutcome> {
  const body = task.body;
  if (body.kind === 'docs') {
    yield* body.docs;
    return;
  }
  for (const item of lineChunkItems(body)) {
    if (item.kind === 'doc') yield item;
    else yield { id: item.id, source: item.source, line: item.line!, reply: { ok: false, error: item.error } };
  }
}

/**
 * Runs one chunk. Only a failure to create the analyzer throws; every problem with a document
 * is an outcome.
 *
 * @example
 * const reply = runChunk({ kind: 'chunk', analyzer: { segmenter: 'none' }, output: 'json', fields: ['statements'],
 *   header: { source: true, line: true, date: false }, terms: false,
 *   body: { kind: 'lines', source: 'a.jsonl', firstLine: 1, bytes: Buffer.from('{"id":"x","text":"增长17%"}\n'), encoding: 'utf8', fieldNames: DEFAULT_FIELDS } });
 * Buffer.from(reply.out!).toString() //=> '{"id":"x","source":"a.jsonl","line":1,"statements":[…]}\n'
 */
export function runChunk(task: ChunkTask): ChunkReply {
  const done = resumeIds(task.resume);
  const outcomes: ChunkOutcome[] = [];
  let out = '';
  let analysed = 0;
  let failed = 0;
  let skipped = 0;
  for (const doc of documentsOf(task)) {
    if ('reply' in doc) {
      failed++;
      outcomes.push(doc);
      continue;
    }
    if (done?.has(doc.id)) {
      skipped++;
      continue;
    }
    const header = {
      ...(task.header.source ? { source: doc.source } : {}),
      ...(task.header.line && doc.line !== undefined ? { line: doc.line } : {}),
      ...(task.header.date && doc.date !== undefined ? { date: doc.date } : {}),
    };
    const reply = runTask({
      analyzer: task.analyzer,
      text: doc.text,
      id: doc.id,
      ...(doc.date !== undefined ? { date: doc.date } : {}),
      output: task.output,
      header,
      fields: task.fields,
      terms: task.terms,
    });
    const outcome: ChunkOutcome = { id: doc.id, source: doc.source, ...(doc.line !== undefined ? { line: doc.line } : {}), reply };
    if (!reply.ok) {
      failed++;
      outcomes.push(outcome);
      continue;
    }
    analysed++;
    if (task.terms) outcomes.push(outcome);
    else out += task.output === 'csv' ? csvLines(reply.rows ?? [], null) : `${reply.json ?? '{}'}\n`;
  }
  // a buffer of its own (never Node's shared pool), so that it can be moved to the main thread
  return { out: task.terms ? null : encoder.encode(out), outcomes, analysed, failed, skipped };
}

/** A failure of the whole chunk (its worker died or ran out of time) as the record of one document. */
export function chunkFailure(doc: { readonly id: string; readonly source: string; readonly line?: number }, error: BatchErrorInfo): ChunkReply {
  const outcome: ChunkOutcome = { id: doc.id, source: doc.source, ...(doc.line !== undefined ? { line: doc.line } : {}), reply: { ok: false, error } };
  return { out: null, outcomes: [outcome], analysed: 0, failed: 1, skipped: 0 };
}
