/**
 * One document out of a request: a JSON body checked against its schema, or a `text/plain` body
 * with its options in the query string. The date is normalised as `zhnews batch` does (422 when
 * it is no date).
 */
import type { IncomingMessage } from 'node:http';
import type { AnalysisField } from '../batch/task.js';
import type { Script } from '../core/types.js';
import { normalizeDate } from '../batch/record.js';
import { acceptMediaType, parseJson, readBody } from './body.js';
import { HttpError } from './errors.js';
import { PlainQuery, type AnalyzeRequest } from './schemas.js';
import { validate, type JsonSchema } from './validate.js';

/** A request's document and options, checked. */
export interface DocumentRequest {
  readonly text: string;
  readonly date?: string;
  readonly id?: string;
  readonly fields?: readonly AnalysisField[];
  readonly title?: string;
  readonly script?: 'auto' | Script;
}

/** Media types of a one-document body. */
export const DOCUMENT_TYPES = ['application/json', 'text/plain'] as const;

/**
 * Checks a parsed JSON document against `schema` (400 `invalid-request`) and its date (422).
 *
 * @example
 * checkDocument({ text: '增长17%', date: '2020/4/14' }, AnalyzeRequest) //=> { text: '增长17%', date: '2020-04-14' }
 */
export function checkDocument(value: unknown, schema: typeof AnalyzeRequest): DocumentRequest {
  const problem = validate(schema, value);
  if (problem !== null) throw new HttpError('invalid-request', problem);
  const doc = value as DocumentRequest;
  if (doc.date === undefined) return doc;
  const date = normalizeDate(doc.date);
  if (date === null) throw new HttpError('invalid-date', `date is not a date: ${JSON.stringify(doc.date.slice(0, 40))} (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  return { ...doc, date };
}

/** The query string of a `text/plain` request as an object for {@link PlainQuery}; `fields` is comma-separated. */
function queryOptions(url: URL): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const [name, value] of url.searchParams) {
    if (Object.hasOwn(options, name)) throw new HttpError('invalid-request', `the query parameter "${name}" is given twice`);
    options[name] = name === 'fields' ? value.split(',').map((f) => f.trim()).filter((f) => f !== '') : value;
  }
  return options;
}

/**
 * Reads and checks the document of a request: JSON (`schema`) or plain text (the query string
 * holds date, id, fields, title).
 *
 * @example
 * const doc = await readDocument(req, url, AnalyzeRequest, 5_000_000);
 */
export async function readDocument(req: IncomingMessage, url: URL, schema: JsonSchema, maxBytes: number): Promise<DocumentRequest> {
  const type = acceptMediaType(req, DOCUMENT_TYPES);
  if (type === 'text/plain') {
    const options = queryOptions(url);
    const problem = validate(PlainQuery, options);
    if (problem !== null) throw new HttpError('invalid-request', problem.replace(/^the body/, 'the query string').replace(/^\//, 'query parameter '));
    const text = await readBody(req, maxBytes);
    return checkDocument({ ...options, text }, schema);
  }
  if (url.search !== '') throw new HttpError('invalid-request', 'options of a JSON body go in the body, not the query string');
  return checkDocument(parseJson(await readBody(req, maxBytes)), schema);
}
