/**
 * One JSON Lines line → a document or the error record of why it is none. Shared by the
 * main thread (UTF-16 input, the id of a line whose worker died) and the workers, which parse
 * the line chunks of UTF-8 and GB18030 archives themselves.
 */
import { decodeStrict, type Encoding } from '../io/decode.js';
import { documentFromRecord, type FieldNames } from './record.js';
import type { InputItem } from './readers.js';

function isBlank(text: string): boolean {
  return /^[\s\ufeff]*$/.test(text);
}

/**
 * Reads one decoded line (without its line break): null for a blank line (no document),
 * else the document or an `invalid-json`, `invalid-document` or `invalid-date` record. The
 * id is the record's, else `<source>:<line>`.
 *
 * @example
 * jsonlTextItem('{"id":"a","text":"增长17%"}', 'x.jsonl', 1, DEFAULT_FIELDS)
 * //=> { kind: 'doc', id: 'a', source: 'x.jsonl', line: 1, text: '增长17%' }
 */
export function jsonlTextItem(text: string, source: string, line: number, fields: FieldNames): InputItem | null {
  if (isBlank(text)) return null;
  const fallbackId = `${source}:${line}`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: 'error', id: fallbackId, source, line, error: { code: 'invalid-json', message: (error as Error).message } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    return { kind: 'error', id: fallbackId, source, line, error: { code: 'invalid-json', message: `expected a JSON object, got ${got}` } };
  }
  const doc = documentFromRecord(value as Record<string, unknown>, fields);
  const id = doc.id ?? fallbackId;
  if (!doc.ok) return { kind: 'error', id, source, line, error: doc.error };
  return { kind: 'doc', id, source, line, text: doc.text, ...(doc.date !== undefined ? { date: doc.date } : {}) };
}

/**
 * Reads one line of a UTF-8 or GB18030 input from its bytes (without the `\n`; a trailing
 * `\r` is dropped): decoded strictly, so invalid bytes make this line an `undecodable` record.
 *
 * @example
 * jsonlBytesItem(Buffer.from('{"text":"增长"}\r'), 'utf8', 'x.jsonl', 3, DEFAULT_FIELDS)
 * //=> { kind: 'doc', id: 'x.jsonl:3', source: 'x.jsonl', line: 3, text: '增长' }
 */
export function jsonlBytesItem(bytes: Uint8Array, encoding: Encoding, source: string, line: number, fields: FieldNames): InputItem | null {
  const b = bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes;
  const decoded = decodeStrict(b, encoding);
  if (!decoded.ok) return { kind: 'error', id: `${source}:${line}`, source, line, error: decoded.error };
  return jsonlTextItem(decoded.text, source, line, fields);
}
