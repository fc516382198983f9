/**
 * Turning one parsed input record (a JSON object or a CSV row) into a document: field lookup,
 * id rules and date normalisation. Problems are returned as error info, never thrown.
 */
import { dateProblem, normalizeDate } from '../io/date.js';

// kept here too: the date rule of records (serve and batch read it from this module)
export { normalizeDate };
import type { BatchErrorInfo } from './types.js';

/** Names of the fields that hold the text, id and date of a record. */
export interface FieldNames {
  readonly text: string;
  readonly id: string;
  readonly date: string;
}

/** The default field names: `text`, `id`, `date`. */
export const DEFAULT_FIELDS: FieldNames = { text: 'text', id: 'id', date: 'date' };

/** A record's document fields, or why it is not a document. */
export type RecordDocument =
  | { readonly ok: true; readonly id: string | undefined; readonly text: string; readonly date: string | undefined }
  | { readonly ok: false; readonly id: string | undefined; readonly error: BatchErrorInfo };

/**
 * Reads the document fields of one record by name. The text must be a string; the id a string
 * or a finite number (absent or empty: the caller's default); the date a string
 * {@link normalizeDate} accepts (absent, null or empty: no date).
 *
 * @example
 * documentFromRecord({ id: 7, text: '增长17%', date: '2020/4/14' }, DEFAULT_FIELDS)
 * //=> { ok: true, id: '7', text: '增长17%', date: '2020-04-14' }
 */
export function documentFromRecord(record: Readonly<Record<string, unknown>>, fields: FieldNames): RecordDocument {
  const rawId = record[fields.id];
  let id: string | undefined;
  if (typeof rawId === 'string' && rawId !== '') id = rawId;
  else if (typeof rawId === 'number' && Number.isFinite(rawId)) id = String(rawId);
  else if (rawId !== undefined && rawId !== null && rawId !== '') {
    return { ok: false, id: undefined, error: { code: 'invalid-document', message: `field "${fields.id}" must be a string or a number` } };
  }
  const text = record[fields.text];
  if (typeof text !== 'string') {
    const message = text === undefined ? `no "${fields.text}" field` : `field "${fields.text}" must be a string, got ${text === null ? 'null' : typeof text}`;
    return { ok: false, id, error: { code: 'invalid-document', message } };
  }
  const rawDate = record[fields.date];
  let date: string | undefined;
  if (typeof rawDate === 'string' && rawDate.trim() !== '') {
    const normalized = normalizeDate(rawDate);
    if (normalized === null) {
      return { ok: false, id, error: { code: 'invalid-date', message: `${fields.date}: ${dateProblem(rawDate)}` } };
    }
    date = normalized;
  } else if (rawDate !== undefined && rawDate !== null && rawDate !== '' && !(typeof rawDate === 'string')) {
    return { ok: false, id, error: { code: 'invalid-date', message: `${fields.date}: ${dateProblem(rawDate)}` } };
  }
  return { ok: true, id, text, date };
}
