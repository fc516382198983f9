/**
 * `analyzeMany()`: the streaming library API over the batch worker pool.
 */
import { withKeywords } from './keywords.js';
import { orderedMap } from './ordered.js';
import { createPool, defaultWorkers } from './pool.js';
import { DEFAULT_FIELDS, documentFromRecord } from './record.js';
import type { WorkerReply } from './task.js';
import type { AnalyzeManyOptions, BatchFailure, BatchInput, BatchOutcome, BatchResult, KeywordOptions } from './types.js';
import type { AnalyzerOptions } from '../pipeline/createAnalyzer.js';

type Pending = { index: number; id: string; reply: WorkerReply };

/**
 * Resolves the `keywords` option to `{ top, warmup? }`, or null for none.
 *
 * @example
 * keywordOptions(5) //=> { top: 5 }
 * keywordOptions(0) //=> null
 */
export function keywordOptions(value: number | KeywordOptions | undefined): KeywordOptions | null {
  if (value === undefined || value === 0) return null;
  const options = typeof value === 'number' ? { top: value } : value;
  if (!Number.isInteger(options.top) || options.top < 0) throw new TypeError(`keywords must be a whole number ≥ 0, got ${String(options.top)}`);
  if (options.warmup !== undefined && (!Number.isInteger(options.warmup) || options.warmup < 0)) {
    throw new TypeError(`keywords.warmup must be a whole number ≥ 0, got ${String(options.warmup)}`);
  }
  return options.top === 0 ? null : options;
}

/** The segmenter archives use unless told otherwise. */
export const BATCH_SEGMENTER = 'jieba' as const;

async function* toAsync<T>(source: AsyncIterable<T> | Iterable<T>): AsyncGenerator<T> {
  yield* source;
}

/**
 * Analyses a stream of documents on a pool of worker threads (each with its own analyzer) and
 * yields one outcome per document, in source order: `{ ok: true, analysis }` or
 * `{ ok: false, error: { code, message } }` — a bad document never ends the stream. At most
 * `window` documents are held at once, so memory stays bounded however long the source is.
 * The pool starts before the first document is read and stops when the iteration ends (also
 * on `break`). Throws (on the first `next()`) for bad options or an analyzer that cannot be
 * created; an error thrown by the source is rethrown after the documents read before it.
 *
 * Segmenter: `'jieba'` (pure TypeScript, one ~12 MB dictionary per worker) unless
 * `options.analyzer.segmenter` says otherwise (nodejieba keeps ~250 MB per worker thread).
 *
 * Ids: a document's `id`, else its zero-based position as a string. Dates may be `YYYY`,
 * `YYYY-MM`, `YYYY-MM-DD` or start with a date (`2020/4/14`, `2020-04-14T08:00Z`).
 * With `keywords`, see the module notes of keywords.ts for the streaming TF-IDF semantics.
 *
 * @example
 * import { analyzeMany } from 'zhnews';
 * for await (const outcome of analyzeMany(db.streamArticles(), { workers: 2, keywords: 5 })) {
 *   if (outcome.ok) save(outcome.id, outcome.analysis.statements, outcome.keywords);
 *   else log(outcome.id, outcome.error.code, outcome.error.message);
 * }
 */
export async function* analyzeMany(
  source: AsyncIterable<BatchInput> | Iterable<BatchInput>,
  options: AnalyzeManyOptions = {},
): AsyncGenerator<BatchOutcome> {
  if (!isIterable(source)) {
    throw new TypeError(`analyzeMany() expects an iterable or async iterable of documents (strings or { text }), got ${describeValue(source)}`);
  }
  const workers = options.workers ?? defaultWorkers();
  // Archives default to the pure-TypeScript jieba: nodejieba holds ~250 MB per worker thread.
  const analyzer: AnalyzerOptions = { segmenter: BATCH_SEGMENTER, ...options.analyzer };
  const keywords = keywordOptions(options.keywords);
  const window = options.window ?? Math.max(16, workers * 8);
  if (!Number.isInteger(window) || window < 1) throw new TypeError(`window must be a whole number ≥ 1, got ${String(window)}`);
  const pool = await createPool({ workers, analyzer });
  try {
    let index = 0;
    const run = async (input: BatchInput): Promise<Pending> => {
      const i = index++;
      const doc = typeof input === 'string' ? ({ ok: true, id: undefined, text: input, date: undefined } as const) : describeInput(input);
      const id = doc.id ?? String(i);
      if (!doc.ok) return { index: i, id, reply: { ok: false, error: doc.error } };
      const reply = await pool.run({
        analyzer,
        text: doc.text,
        id,
        ...(doc.date !== undefined ? { date: doc.date } : {}),
        output: 'object',
        terms: keywords !== null,
      });
      return { index: i, id, reply };
    };
    const ordered = orderedMap(toAsync(source), run, window, () => options.signal?.aborted === true);
    const outcome = (p: Pending): BatchResult | BatchFailure =>
      p.reply.ok
        ? { ok: true, index: p.index, id: p.id, analysis: p.reply.analysis! }
        : { ok: false, index: p.index, id: p.id, error: p.reply.error };
    if (!keywords) {
      for await (const p of ordered) yield outcome(p);
      return;
    }
    yield* withKeywords(
      ordered,
      (p) => (p.reply.ok ? (p.reply.terms ?? []) : null),
      (p, k) => {
        const o = outcome(p);
        return o.ok && k ? { ...o, keywords: k } : o;
      },
      keywords,
    );
  } finally {
    await pool.close();
  }
}

function isIterable(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown };
  return typeof v[Symbol.iterator] === 'function' || typeof v[Symbol.asyncIterator] === 'function';
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'a string (wrap one document in an array)';
  return typeof value === 'object' ? 'an object that is not iterable' : `${typeof value} ${String(value)}`;
}

function describeInput(input: unknown): ReturnType<typeof documentFromRecord> {
  if (typeof input !== 'object' || input === null) {
    return { ok: false, id: undefined, error: { code: 'invalid-document', message: `expected a string or { text }, got ${input === null ? 'null' : typeof input}` } };
  }
  return documentFromRecord(input as Record<string, unknown>, DEFAULT_FIELDS);
}
