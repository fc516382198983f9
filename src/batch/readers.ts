/**
 * Readers: turn one input (a file or standard input) into documents or error records, in
 * order, streaming. `.txt` is one document per file, `.jsonl` one per line, `.csv` one per
 * record; gzip is undone first; the encoding is detected per input.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { CsvParser } from './csv.js';
import { jsonlBytesItem, jsonlTextItem } from './jsonlLine.js';
import { lineChunks, type LineChunk } from './lineChunks.js';
import { decodeStrict, detectEncoding, streamDecoder, type Encoding, type EncodingChoice } from '../io/decode.js';
import type { InputSource } from './discover.js';
import { documentFromRecord, type FieldNames } from './record.js';
import type { BatchErrorInfo } from './types.js';

/** A document read from an input, or the record of why one could not be read. */
export type InputItem =
  | {
      readonly kind: 'doc';
      readonly id: string;
      readonly source: string;
      readonly line?: number;
      readonly text: string;
      readonly date?: string;
    }
  | { readonly kind: 'error'; readonly id: string; readonly source: string; readonly line?: number; readonly error: BatchErrorInfo };

/** How inputs are read. */
export interface ReadOptions {
  readonly encoding: EncodingChoice;
  readonly fields: FieldNames;
  /** A document (file, line or record) bigger than this is a `too-large` error. */
  readonly maxDocumentBytes: number;
  /** Told the raw (on-disk, compressed) bytes as they are consumed, for progress. */
  readonly onBytes?: (bytes: number) => void;
}

/** Reading for the workers: JSON Lines in UTF-8 or GB18030 come as line chunks of about `chunkBytes`. */
export interface ChunkedReadOptions extends ReadOptions {
  readonly chunkBytes: number;
}

const SAMPLE = 64 * 1024;
const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * Reads one input as documents and error records, streaming, in input order. Never throws for
 * content or I/O problems: they become error records (`read-failed`, `binary`, `undecodable`,
 * `invalid-json`, `invalid-csv`, `invalid-document`, `invalid-date`, `too-large`).
 *
 * An empty `.txt` file (or empty standard input) is one document with empty text, not an
 * error: it was read without fault, and results plus errors must add up to the files listed.
 * An empty `.jsonl` or `.csv` file holds no documents, and blank JSONL lines are skipped.
 *
 * @example
 * for await (const item of readInput(input, { encoding: 'auto', fields: DEFAULT_FIELDS, maxDocumentBytes: 2e6 })) {
 *   if (item.kind === 'doc') console.log(item.id, item.text.length);
 * }
 */
export function readInput(input: InputSource, options: ReadOptions): AsyncGenerator<InputItem> {
  return readUnits(input, options, null) as AsyncGenerator<InputItem>;
}

/**
 * Like {@link readInput}, but JSON Lines inputs in UTF-8 or GB18030 (where a `\n` byte always
 * ends a line) come as {@link LineChunk}s for a worker to decode and parse, with only
 * `too-large` and `read-failed` records made here; other inputs come as {@link readInput} gives them.
 *
 * @example
 * for await (const unit of readInputChunked(input, { encoding: 'auto', fields: DEFAULT_FIELDS, maxDocumentBytes: 2e6, chunkBytes: 65536 })) {
 *   if (unit.kind === 'lines') pool.runChunk(chunkTask(unit));
 * }
 */
export function readInputChunked(input: InputSource, options: ChunkedReadOptions): AsyncGenerator<InputItem | LineChunk> {
  return readUnits(input, options, options.chunkBytes);
}

async function* readUnits(input: InputSource, options: ReadOptions, chunkBytes: number | null): AsyncGenerator<InputItem | LineChunk> {
  if (input.kind === 'unreadable') {
    yield { kind: 'error', id: input.id, source: input.source, error: { code: 'read-failed', message: input.message } };
    return;
  }
  const bytes = openBytes(input, options.onBytes);
  const head = await readHead(bytes);
  if (!head.ok) {
    yield { kind: 'error', id: input.id, source: input.source, error: head.error };
    return;
  }
  const format = input.kind === 'file' ? input.format : sniffStdinFormat(head.chunks);
  if (format === 'jsonl') yield* readJsonl(input, head.chunks, head.rest, options, chunkBytes);
  else yield* (format === 'csv' ? readCsv : readTxt)(input, head.chunks, head.rest, options);
}

type ByteSource = AsyncIterator<Buffer>;

function openBytes(input: Exclude<InputSource, { kind: 'unreadable' }>, onBytes: ((n: number) => void) | undefined): ByteSource {
  if (input.kind === 'stdin') return gunzipIfMagic(process.stdin, onBytes);
  const file = createReadStream(input.path, { highWaterMark: 1 << 20 });
  if (onBytes) file.on('data', (chunk) => onBytes(chunk.length));
  if (!input.gzip) return (file as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const gunzip = createGunzip();
  file.on('error', (error) => gunzip.destroy(error));
  return (file.pipe(gunzip) as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
}

/** Standard input may be gzip: look at its first bytes. */
function gunzipIfMagic(stream: NodeJS.ReadableStream, onBytes: ((n: number) => void) | undefined): ByteSource {
  const it = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  let decided: ByteSource | null = null;
  return {
    async next() {
      if (decided) return decided.next();
      const first = await it.next();
      if (first.done) return first;
      onBytes?.(first.value.length);
      const rest: AsyncIterable<Buffer> = {
        async *[Symbol.asyncIterator]() {
          yield first.value;
          for (let r = await it.next(); !r.done; r = await it.next()) {
            onBytes?.(r.value.length);
            yield r.value;
          }
        },
      };
      if (first.value[0] === GZIP_MAGIC[0] && first.value[1] === GZIP_MAGIC[1]) {
        const gunzip = createGunzip();
        (async () => {
          for await (const chunk of rest) if (!gunzip.write(chunk)) await new Promise((r) => gunzip.once('drain', r));
          gunzip.end();
        })().catch((error: unknown) => gunzip.destroy(error as Error));
        decided = (gunzip as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
      } else {
        decided = rest[Symbol.asyncIterator]();
      }
      return decided.next();
    },
  };
}

type Head = { ok: true; chunks: Buffer[]; rest: ByteSource } | { ok: false; error: BatchErrorInfo };

/** Reads the first chunks (at least {@link SAMPLE} bytes, or all) for detection. */
async function readHead(bytes: ByteSource): Promise<Head> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    while (length < SAMPLE) {
      const r = await bytes.next();
      if (r.done) break;
      chunks.push(r.value);
      length += r.value.length;
    }
  } catch (error) {
    if (chunks.length === 0) return { ok: false, error: readFailed(error) };
    // keep what was read; the failure comes after it, in order
    return { ok: true, chunks, rest: { next: () => Promise.reject(error) } };
  }
  return { ok: true, chunks, rest: bytes };
}

function readFailed(error: unknown): BatchErrorInfo {
  const e = error as NodeJS.ErrnoException;
  return { code: 'read-failed', message: e.code && !String(e.message).startsWith(e.code) ? `${e.code}: ${e.message}` : String(e.message ?? error) };
}

function sniffStdinFormat(chunks: readonly Buffer[]): 'jsonl' | 'txt' {
  const head = Buffer.concat(chunks).subarray(0, 4096).toString('utf8').replace(/^\ufeff/, '').trimStart();
  return head.startsWith('{') ? 'jsonl' : 'txt';
}

async function* all(head: readonly Buffer[], rest: ByteSource): AsyncGenerator<Buffer> {
  yield* head;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}

async function* readTxt(input: InputSource, head: Buffer[], rest: ByteSource, options: ReadOptions): AsyncGenerator<InputItem> {
  const chunks: Buffer[] = [];
  let length = 0;
  let tooLarge = false;
  try {
    for await (const chunk of all(head, rest)) {
      length += chunk.length;
      if (length > options.maxDocumentBytes) tooLarge = true;
      else chunks.push(chunk);
    }
  } catch (error) {
    yield { kind: 'error', id: input.id, source: input.source, error: readFailed(error) };
    return;
  }
  if (tooLarge) {
    const message = `${length} bytes, more than the ${options.maxDocumentBytes} allowed per document`;
    yield { kind: 'error', id: input.id, source: input.source, error: { code: 'too-large', message } };
    return;
  }
  const bytes = Buffer.concat(chunks);
  const detected = detectEncoding(bytes, options.encoding, true);
  if (!detected.ok) {
    yield { kind: 'error', id: input.id, source: input.source, error: detected.error };
    return;
  }
  const decoded = decodeStrict(bytes.subarray(detected.bomLength), detected.encoding);
  if (!decoded.ok) yield { kind: 'error', id: input.id, source: input.source, error: decoded.error };
  else yield { kind: 'doc', id: input.id, source: input.source, text: decoded.text };
}

/**
 * Detects the encoding of a line-based input from its head. Mostly binary content makes the
 * whole input one error; a few stray control bytes, or a head that is neither clean UTF-8 nor
 * GB18030, only make their own lines (records) errors, and the good ones are kept.
 */
function detectHead(head: readonly Buffer[], options: ReadOptions, done: boolean): ReturnType<typeof detectEncoding> {
  const sample = Buffer.concat(head);
  let detected = detectEncoding(sample, options.encoding, done);
  if (!detected.ok && detected.error.code === 'binary') {
    let controls = 0;
    for (const b of sample) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
    if (controls > sample.length / 100) return detected;
    // detect on the sample without them; the lines holding them fail on their own
    detected = detectEncoding(sample.map((b) => (b < 0x09 || (b > 0x0d && b < 0x20) ? 0x20 : b)), options.encoding, done);
  }
  return !detected.ok && detected.error.code === 'undecodable' ? { ok: true, encoding: 'utf8', bomLength: 0 } : detected;
}

/** Splits lines (as bytes for UTF-8/GB18030, as text for UTF-16), with their 1-based numbers. */
async function* lines(
  head: Buffer[],
  rest: ByteSource,
  encoding: Encoding,
  bomLength: number,
  maxBytes: number,
): AsyncGenerator<{ line: number; bytes?: Buffer; text?: string; tooLarge?: number }> {
  let lineNo = 1;
  let skip = bomLength;
  if (encoding === 'utf16le' || encoding === 'utf16be') {
    const decoder = streamDecoder(encoding);
    let pending = '';
    let oversized = 0;
    const emit = function* (text: string, final: boolean) {
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        const piece = pending + text.slice(start, nl);
        yield oversized ? { line: lineNo++, tooLarge: oversized + piece.length * 2 } : { line: lineNo++, text: piece };
        pending = '';
        oversized = 0;
        start = nl + 1;
      }
      pending += text.slice(start);
      if (pending.length * 2 > maxBytes) {
        oversized += pending.length * 2;
        pending = '';
      }
      if (final && (pending !== '' || oversized)) yield oversized ? { line: lineNo++, tooLarge: oversized } : { line: lineNo++, text: pending };
    };
    for await (const chunk of all(head, rest)) {
      const c = skip > 0 ? chunk.subarray(Math.min(skip, chunk.length)) : chunk;
      skip = Math.max(0, skip - chunk.length);
      yield* emit(decoder.write(c), false);
    }
    yield* emit(decoder.end(), true);
    return;
  }
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let oversized = 0;
  for await (const chunk of all(head, rest)) {
    let start = Math.min(skip, chunk.length);
    skip = Math.max(0, skip - chunk.length);
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, nl);
      if (oversized || pendingLength + piece.length > maxBytes) {
        yield { line: lineNo++, tooLarge: oversized + pendingLength + piece.length };
      } else {
        yield { line: lineNo++, bytes: pendingLength === 0 ? piece : Buffer.concat([...pending, piece]) };
      }
      pending = [];
      pendingLength = 0;
      oversized = 0;
      start = nl + 1;
    }
    if (start < chunk.length) {
      const piece = chunk.subarray(start);
      if (oversized || pendingLength + piece.length > maxBytes) {
        oversized += pendingLength + piece.length;
        pending = [];
        pendingLength = 0;
      } else {
        // copy: the slice would otherwise pin the whole 1 MB read buffer
        pending.push(Buffer.from(piece));
        pendingLength += piece.length;
      }
    }
  }
  if (oversized) yield { line: lineNo, tooLarge: oversized };
  else if (pendingLength > 0) yield { line: lineNo, bytes: Buffer.concat(pending) };
}

async function* readJsonl(
  input: InputSource,
  head: Buffer[],
  rest: ByteSource,
  options: ReadOptions,
  chunkBytes: number | null,
): AsyncGenerator<InputItem | LineChunk> {
  const source = input.source;
  const detected = detectHead(head, options, false);
  if (!detected.ok) {
    yield { kind: 'error', id: input.id, source, error: detected.error };
    return;
  }
  if (chunkBytes !== null && (detected.encoding === 'utf8' || detected.encoding === 'gb18030')) {
    const { bomLength, encoding } = detected;
    yield* lineChunks(all(head, rest), { source, encoding, bomLength, maxLineBytes: options.maxDocumentBytes, chunkBytes, readFailed });
    return;
  }
  let lastLine = 0;
  try {
    for await (const piece of lines(head, rest, detected.encoding, detected.bomLength, options.maxDocumentBytes)) {
      const line = piece.line;
      lastLine = line;
      const fallbackId = `${source}:${line}`;
      if (piece.tooLarge !== undefined) {
        const message = `line of ${piece.tooLarge} bytes, more than the ${options.maxDocumentBytes} allowed per document`;
        yield { kind: 'error', id: fallbackId, source, line, error: { code: 'too-large', message } };
        continue;
      }
      let item: InputItem | null;
      if (piece.bytes) item = jsonlBytesItem(piece.bytes, detected.encoding, source, line, options.fields);
      else {
        const text = (piece.text ?? '').replace(/\r$/, '');
        item = text.includes('\ufffd')
          ? { kind: 'error', id: fallbackId, source, line, error: { code: 'undecodable', message: `invalid ${detected.encoding} bytes` } }
          : jsonlTextItem(text, source, line, options.fields);
      }
      if (item) yield item;
    }
  } catch (error) {
    yield { kind: 'error', id: `${source}:${lastLine + 1}`, source, line: lastLine + 1, error: readFailed(error) };
  }
}

async function* readCsv(input: InputSource, head: Buffer[], rest: ByteSource, options: ReadOptions): AsyncGenerator<InputItem> {
  const source = input.source;
  const detected = detectHead(head, options, false);
  if (!detected.ok) {
    yield { kind: 'error', id: input.id, source, error: detected.error };
    return;
  }
  const decoder = streamDecoder(detected.encoding);
  const parser = new CsvParser(options.maxDocumentBytes);
  let header: string[] | null = null;
  let textColumn = -1;
  let skip = detected.bomLength;
  let lastLine = 0;
  const handle = function* (records: ReturnType<CsvParser['push']>): Generator<InputItem, boolean> {
    for (const record of records) {
      const line = record.line;
      lastLine = line;
      const fallbackId = `${source}:${line}`;
      if (!record.ok) {
        yield { kind: 'error', id: fallbackId, source, line, error: { code: 'invalid-csv', message: record.message } };
        continue;
      }
      if (!header) {
        header = record.cells.map((c) => c.trim());
        textColumn = header.indexOf(options.fields.text);
        if (textColumn === -1) {
          const message = `no "${options.fields.text}" column in the header (${header.join(', ')}); set --text-field`;
          yield { kind: 'error', id: input.id, source, line, error: { code: 'invalid-csv', message } };
          return false;
        }
        continue;
      }
      if (record.cells.length !== header.length) {
        const message = `${record.cells.length} cells, the header has ${header.length}`;
        yield { kind: 'error', id: fallbackId, source, line, error: { code: 'invalid-csv', message } };
        continue;
      }
      const row: Record<string, string> = {};
      header.forEach((name, i) => (row[name] = record.cells[i]!));
      const doc = documentFromRecord(row, options.fields);
      const id = doc.id ?? fallbackId;
      if (!doc.ok) yield { kind: 'error', id, source, line, error: doc.error };
      else if (record.cells.some((c) => c.includes('\ufffd'))) {
        yield { kind: 'error', id, source, line, error: { code: 'undecodable', message: `invalid ${detected.encoding} bytes` } };
      } else yield { kind: 'doc', id, source, line, text: doc.text, ...(doc.date !== undefined ? { date: doc.date } : {}) };
    }
    return true;
  };
  try {
    for await (const chunk of all(head, rest)) {
      const c = skip > 0 ? chunk.subarray(Math.min(skip, chunk.length)) : chunk;
      skip = Math.max(0, skip - chunk.length);
      if (!(yield* handle(parser.push(decoder.write(c))))) return;
    }
    const tail = decoder.end();
    if (!(yield* handle([...parser.push(tail), ...parser.end()]))) return;
  } catch (error) {
    yield { kind: 'error', id: `${source}:${lastLine + 1}`, source, line: lastLine + 1, error: readFailed(error) };
    return;
  }
  if (!header) return; // an empty CSV file holds no records
}
