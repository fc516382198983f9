/**
 * Public types of batch processing: what goes into {@link analyzeMany} and `zhnews batch`,
 * and the result and error records that come out.
 */
import type { Analysis } from '../core/types.js';
import type { AnalyzerOptions } from '../pipeline/createAnalyzer.js';

/** One document handed to {@link analyzeMany}: a bare string or an object with its text. */
export type BatchInput = string | BatchDocument;

/** A document with an optional caller id and article date. */
export interface BatchDocument {
  /** Caller-chosen id, echoed in the result; defaults to the zero-based position in the source. */
  readonly id?: string;
  /** The document's text, analysed as `analyze(text)` would. */
  readonly text: string;
  /** Article date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a timestamp starting with a date. */
  readonly date?: string;
}

/** Machine-readable reason a document failed. */
export type BatchErrorCode =
  /** The file could not be opened or read (permissions, vanished, gzip stream broken). */
  | 'read-failed'
  /** The bytes look like a binary file (NUL or control bytes), not text. */
  | 'binary'
  /** The bytes are not valid in the detected or requested encoding. */
  | 'undecodable'
  /** A JSON Lines line that is not a JSON object. */
  | 'invalid-json'
  /** A CSV record that cannot be parsed (unterminated quote, wrong number of cells). */
  | 'invalid-csv'
  /** The record has no string text field, or its id is not a string or number. */
  | 'invalid-document'
  /** The date field is not a date `analyze()` understands. */
  | 'invalid-date'
  /** The document is bigger than `maxDocumentBytes`. */
  | 'too-large'
  /** `analyze()` threw. */
  | 'analysis-failed'
  /** The worker thread died while it held the document. */
  | 'worker-crashed'
  /** The analysis ran longer than the time allowed per document (`maxSecondsPerDocument`); its worker was stopped. */
  | 'timeout';

/** Why a document failed: a code and a human message. */
export interface BatchErrorInfo {
  /** What went wrong, for programs. */
  readonly code: BatchErrorCode;
  /** What went wrong, for people (one line, names the file or field when it can). */
  readonly message: string;
}

/** One keyword with its TF-IDF score. */
export interface Keyword {
  /** The word, as segmented. */
  readonly term: string;
  /** Its TF-IDF weight in the document (higher is more characteristic). */
  readonly score: number;
}

/** A document that was analysed. */
export interface BatchResult {
  /** Always true: the document was analysed. */
  readonly ok: true;
  /** Zero-based position of the document in the source. */
  readonly index: number;
  /** The document's id: the caller's, or its position as a string. */
  readonly id: string;
  /** What `analyze()` returned for the document. */
  readonly analysis: Analysis;
  /** Top keywords, when `keywords` was asked for. */
  readonly keywords?: readonly Keyword[];
}

/** A document that could not be read or analysed: data, never an exception. */
export interface BatchFailure {
  /** Always false: the document failed, and says why in `error`. */
  readonly ok: false;
  /** Zero-based position of the document in the source. */
  readonly index: number;
  /** The document's id: the caller's, or its position as a string. */
  readonly id: string;
  /** The reason, as a code and a message. */
  readonly error: BatchErrorInfo;
}

/** What {@link analyzeMany} yields, in source order. */
export type BatchOutcome = BatchResult | BatchFailure;

/** Options for keyword extraction (TF-IDF over the stream itself). */
export interface KeywordOptions {
  /** How many keywords per document. */
  readonly top: number;
  /**
   * How many documents are counted before the first keywords are computed (default 1000).
   * Results wait until this many documents have been seen or the source ends.
   */
  readonly warmup?: number;
}

/** Options for {@link analyzeMany}. */
export interface AnalyzeManyOptions {
  /**
   * Worker threads, each with its own analyzer (default: the number of CPUs). `0` analyses on
   * the calling thread, which is slower but needs no worker script.
   */
  readonly workers?: number;
  /** Passed unchanged to `createAnalyzer()` in every worker; must be structured-cloneable. */
  readonly analyzer?: AnalyzerOptions;
  /** Top-N keywords per document by TF-IDF (a number is `{ top: n }`). */
  readonly keywords?: number | KeywordOptions;
  /** Most documents held at once (in flight or waiting for their turn); default `workers × 8`, at least 16. */
  readonly window?: number;
  /** Stops reading the source; documents already in flight are still yielded. */
  readonly signal?: AbortSignal;
}
