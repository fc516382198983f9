/**
 * The work done for one document, in a worker thread or inline: analyse with the worker's own
 * analyzer (created once per options), then shape the reply (an object, a JSON line, or CSV
 * rows) so the main thread only writes.
 */
import type { Analysis, AnalyzeOptions } from '../core/types.js';
import { createAnalyzerSync, type Analyzer, type AnalyzerOptions } from '../pipeline/createAnalyzer.js';
import { renderHtml, type RenderOptions } from '../render/index.js';
import { documentTerms } from './keywords.js';
import type { BatchErrorInfo } from './types.js';

/** Fields of a JSON Lines output record that come from the analysis. */
export const ANALYSIS_FIELDS = ['text', 'sentences', 'tokens', 'entities', 'quantities', 'statements'] as const;
/** A field of {@link ANALYSIS_FIELDS}. */
export type AnalysisField = (typeof ANALYSIS_FIELDS)[number];

/** Document-level columns of the CSV output, then one set of statement columns. */
export const CSV_COLUMNS = [
  'id', 'source', 'line', 'date',
  'kind', 'comparator', 'value', 'min', 'max', 'unit', 'change', 'metric', 'subject',
  'horizon', 'horizon_from', 'horizon_to', 'start', 'end', 'text',
] as const;

/** One document for a worker. Plain data: it crosses threads by structured clone. */
export interface WorkerTask {
  readonly analyzer: AnalyzerOptions;
  readonly text: string;
  readonly id: string;
  readonly date?: string;
  /**
   * `object`: the Analysis; `json`: a JSON record `{id, source?, line?, date?, ...fields}`; `csv`: rows;
   * `html`: the page of `renderHtml()`; `analysis`: the JSON of the Analysis as `analyze()` returns
   * it, only `fields` (when given) besides id, date and script. The last two are made in the
   * worker, so a server's main thread only writes. For both an empty id means none.
   */
  readonly output: 'object' | 'json' | 'csv' | 'html' | 'analysis';
  /** The script option of `analyze()` (default: detected). */
  readonly script?: AnalyzeOptions['script'];
  /** Options of the `html` output. */
  readonly render?: RenderOptions;
  /** Record fields placed after the id, before the analysis fields (`json`), or the document columns (`csv`). */
  readonly header?: { readonly source?: string; readonly line?: number; readonly date?: string };
  /** Analysis fields written in `json` output. */
  readonly fields?: readonly AnalysisField[];
  /** Also return the document's keyword term counts. */
  readonly terms?: boolean;
}

/** What a worker sends back for one document. */
export type WorkerReply =
  | {
      readonly ok: true;
      readonly analysis?: Analysis;
      readonly json?: string;
      readonly rows?: (string | number | null)[][];
      readonly html?: string;
      readonly terms?: Array<[string, number]>;
    }
  | { readonly ok: false; readonly error: BatchErrorInfo };

const analyzers = new Map<string, Analyzer>();

function analyzerFor(options: AnalyzerOptions): Analyzer {
  const key = JSON.stringify(options);
  let analyzer = analyzers.get(key);
  if (!analyzer) {
    analyzer = createAnalyzerSync(options);
    analyzers.set(key, analyzer);
  }
  return analyzer;
}

/**
 * Runs one task. Analysis failures come back as `{ ok: false }` records; only a failure to
 * create the analyzer itself throws (the whole batch cannot work then).
 *
 * @example
 * runTask({ analyzer: { segmenter: 'none' }, text: '增长17%。', id: 'a', output: 'json', fields: ['statements'] })
 * //=> { ok: true, json: '{"id":"a","statements":[{"start":2,"end":5,"text":"17%","kind":"fact",…}]}' }
 */
export function runTask(task: WorkerTask): WorkerReply {
  const analyzer = analyzerFor(task.analyzer);
  let analysis: Analysis;
  try {
    analysis = analyzer.analyze(task.text, {
      id: task.id,
      ...(task.date !== undefined ? { date: task.date } : {}),
      ...(task.script !== undefined ? { script: task.script } : {}),
    });
  } catch (error) {
    const e = error as Error;
    return { ok: false, error: { code: 'analysis-failed', message: `${e?.name ?? 'Error'}: ${e?.message ?? String(error)}` } };
  }
  const terms = task.terms ? documentTerms(analysis.tokens) : undefined;
  const withTerms = terms ? { terms } : {};
  if (task.output === 'object') return { ok: true, analysis, ...withTerms };
  if (task.output === 'csv') return { ok: true, rows: csvRows(task, analysis), ...withTerms };
  if (task.output === 'analysis') return { ok: true, json: analysisJson(task.id === '' ? withoutId(analysis) : analysis, task.fields), ...withTerms };
  if (task.output === 'html') return { ok: true, html: renderHtml(task.id === '' ? withoutId(analysis) : analysis, task.render ?? {}), ...withTerms };
  const record: Record<string, unknown> = { id: task.id };
  if (task.header?.source !== undefined) record.source = task.header.source;
  if (task.header?.line !== undefined) record.line = task.header.line;
  if (task.header?.date !== undefined) record.date = task.header.date;
  for (const field of task.fields ?? []) record[field] = analysis[field];
  return { ok: true, json: JSON.stringify(record), ...withTerms };
}

/** The JSON of an analysis, keeping only `fields` (when given) of the analysis fields. */
function analysisJson(analysis: Analysis, fields: readonly AnalysisField[] | undefined): string {
  if (fields === undefined) return JSON.stringify(analysis);
  const dropped = new Set<string>(ANALYSIS_FIELDS.filter((f) => !fields.includes(f)));
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(analysis)) if (!dropped.has(key)) kept[key] = value;
  return JSON.stringify(kept);
}

/** An analysis as `analyze()` gives it for a document without an id (an empty id means none). */
function withoutId(analysis: Analysis): Analysis {
  const { id: _id, ...rest } = analysis;
  return rest;
}

function csvRows(task: WorkerTask, analysis: Analysis): (string | number | null)[][] {
  const doc = [task.id, task.header?.source ?? null, task.header?.line ?? null, task.header?.date ?? null];
  if (analysis.statements.length === 0) return [[...doc, ...new Array<null>(CSV_COLUMNS.length - doc.length).fill(null)]];
  return analysis.statements.map((s) => [
    ...doc,
    s.kind, s.comparator, s.value, s.min, s.max, s.unit, s.change, s.metric, s.subject,
    s.horizon?.text ?? null, s.horizon?.from ?? null, s.horizon?.to ?? null, s.start, s.end, s.text,
  ]);
}
