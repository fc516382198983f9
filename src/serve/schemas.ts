/**
 * The request and response schemas of the HTTP API. The handlers validate bodies with these
 * objects (validate.ts) and /v1/openapi.json publishes the very same objects, so the document
 * cannot drift from what the server accepts.
 */
import { ANALYSIS_FIELDS } from '../batch/task.js';
import type { JsonSchema } from './validate.js';

const text: JsonSchema = { type: 'string', description: 'The document, any length up to the body limit. Spans in the result are UTF-16 offsets into it.' };
const date: JsonSchema = {
  type: 'string',
  description: 'Article date, to resolve 今年/去年: YYYY, YYYY-MM, YYYY-MM-DD, or a date written 2020/4/14, 2020.04.14, 2020年4月14日 or an ISO timestamp (422 otherwise).',
  examples: ['2020-04-14'],
};
const id: JsonSchema = { type: 'string', description: 'Caller-chosen document id, echoed in the result.', maxLength: 1000 };
const script: JsonSchema = {
  enum: ['auto', 'simplified', 'traditional'],
  description: 'The script of the text: auto (default) detects it; traditional text is analysed on a simplified view, spans still point into the original.',
};
const fields: JsonSchema = {
  type: 'array',
  description: 'Only these fields of the analysis (id, date and script are always kept). Default: all.',
  items: { enum: ANALYSIS_FIELDS },
  uniqueItems: true,
};

/** Body of POST /v1/analyze (and each line of POST /v1/analyze-many). */
export const AnalyzeRequest: JsonSchema = {
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  properties: { text, date, id, script, fields },
};

/** Body of POST /v1/render. */
export const RenderRequest: JsonSchema = {
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  properties: { text, date, id, script, title: { type: 'string', description: 'Page title (default: the id, else the first line).', maxLength: 1000 } },
};

/**
 * Query parameters of a `text/plain` body (the body is the text): the JSON properties other than
 * `text`, with `fields` comma-separated.
 */
export const PlainQuery: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { date, id, script, fields, title: RenderRequest.properties!['title']! },
};

const span: Readonly<Record<string, JsonSchema>> = {
  start: { type: 'integer', description: 'UTF-16 offset of the first unit' },
  end: { type: 'integer', description: 'UTF-16 offset after the last unit (exclusive)' },
  text: { type: 'string', description: 'text.slice(start, end)' },
};
const spans = (description: string): JsonSchema => ({ type: 'array', description, items: { type: 'object', properties: span } });

/** The result of analyze(): the document with its sentences, tokens, entities, quantities and statements. */
export const Analysis: JsonSchema = {
  type: 'object',
  description: 'The same object as analyze() returns (see docs/api.md for every field); `fields` may leave some out.',
  properties: {
    id,
    date: { type: 'string' },
    text: { type: 'string' },
    script: { enum: ['simplified', 'traditional'], description: 'The script the text was analysed as' },
    sentences: spans('Sentences with paragraph and heading flags'),
    tokens: spans('Words with part-of-speech tags'),
    entities: spans('Organisations: type, subtype, canonical name'),
    quantities: spans('Numbers with units, ranges and changes'),
    statements: spans('Typed numeric statements: kind, comparator, value, unit, metric, subject, horizon, cues'),
  },
};

/** Machine-readable error codes, each with its HTTP status. */
export const ERROR_STATUS = {
  'bad-json': 400,
  'bad-encoding': 400,
  'invalid-request': 400,
  'not-found': 404,
  'method-not-allowed': 405,
  'too-large': 413,
  'bad-host': 421,
  'unsupported-media-type': 415,
  'invalid-date': 422,
  'analysis-failed': 500,
  'worker-crashed': 500,
  internal: 500,
  busy: 503,
  timeout: 503,
  'shutting-down': 503,
} as const;

/** A code of {@link ERROR_STATUS}. */
export type ErrorCode = keyof typeof ERROR_STATUS;

const errorInfo: JsonSchema = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { enum: Object.keys(ERROR_STATUS), description: 'Machine-readable reason' },
    message: { type: 'string', description: 'What went wrong, for people; never a stack trace' },
  },
};

/** Every error response: `{ error: { code, message } }`. */
export const ErrorBody: JsonSchema = { type: 'object', required: ['error'], properties: { error: errorInfo } };

/** One output line of /v1/analyze-many: an analysis, or an error record for a bad input line. */
export const AnalyzeManyLine: JsonSchema = {
  oneOf: [
    { $ref: '#/components/schemas/Analysis' },
    {
      type: 'object',
      required: ['line', 'error'],
      properties: { id, line: { type: 'integer', description: 'One-based line number of the input' }, error: errorInfo },
    },
  ],
};

/** Body of GET /health. */
export const Health: JsonSchema = {
  type: 'object',
  required: ['status', 'version', 'workers', 'inFlight'],
  properties: {
    status: { enum: ['ok', 'shutting-down'] },
    version: { type: 'string' },
    workers: { type: 'integer', description: 'Worker threads analysing documents' },
    inFlight: { type: 'integer', description: 'Documents being analysed or queued now' },
  },
};
