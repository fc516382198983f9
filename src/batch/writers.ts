/**
 * Writers: output sinks with backpressure (a file or standard output), and the line formats
 * of results (JSON Lines or CSV) and error records. Every write is one or more complete lines.
 */
import { createWriteStream } from 'node:fs';
import { formatCsvRow } from './csv.js';
import { CSV_COLUMNS } from './task.js';
import type { BatchErrorInfo, Keyword } from './types.js';

/** A text sink that respects backpressure. */
export interface Sink {
  /** Writes text (or its UTF-8 bytes); resolves once the stream can take more. */
  write(text: string | Uint8Array): Promise<void>;
  /** Flushes and closes (standard output is flushed, not closed). */
  close(): Promise<void>;
}

/**
 * Opens a sink on a file (`append` keeps what is there) or, for null, on standard output.
 *
 * @example
 * const out = openSink('out.jsonl', { append: false });
 * await out.write('{"id":"a"}\n');
 * await out.close();
 */
export function openSink(path: string | null, options: { readonly append: boolean }): Sink {
  const stream = path === null ? process.stdout : createWriteStream(path, { flags: options.append ? 'a' : 'w' });
  let failure: Error | null = null;
  stream.on('error', (error: Error) => (failure ??= error));
  return {
    async write(text) {
      if (failure) throw failure;
      if (!stream.write(text)) {
        await new Promise<void>((resolve, reject) => {
          const done = (): void => {
            stream.off('drain', done);
            stream.off('error', fail);
            resolve();
          };
          const fail = (error: Error): void => {
            stream.off('drain', done);
            reject(error);
          };
          stream.once('drain', done);
          stream.once('error', fail);
        });
      }
    },
    close() {
      if (failure) return Promise.reject(failure);
      return new Promise<void>((resolve, reject) => {
        if (path === null) stream.write('', () => resolve());
        else (stream as ReturnType<typeof createWriteStream>).end((error?: Error | null) => (error ? reject(error) : resolve()));
      });
    },
  };
}

/**
 * Completes a JSON record from a worker (`{"id":…}`) with its keywords, as one line.
 *
 * @example
 * jsonLine('{"id":"a"}', [{ term: '开发区', score: 2 }]) //=> '{"id":"a","keywords":[{"term":"开发区","score":2}]}\n'
 */
export function jsonLine(json: string, keywords: readonly Keyword[] | null): string {
  if (!keywords) return `${json}\n`;
  return `${json.slice(0, -1)}${json.length > 2 ? ',' : ''}"keywords":${JSON.stringify(keywords)}}\n`;
}

/**
 * The CSV header line, with a `keywords` column when asked.
 *
 * @example
 * csvHeader(false).startsWith('id,source,line,date,kind,') //=> true
 */
export function csvHeader(keywords: boolean): string {
  return `${formatCsvRow(keywords ? [...CSV_COLUMNS, 'keywords'] : CSV_COLUMNS)}\n`;
}

/**
 * Formats a document's CSV rows (one per statement, or one with empty statement columns). A
 * cell holding a line break is quoted and keeps it (RFC 4180): the text is not changed.
 *
 * @example
 * csvLines([['a', 'x.txt', null, null, 'fact']], null) //=> 'a,x.txt,,,fact\n'
 * csvLines([['a', '第一行\n第二行']], null) //=> 'a,"第一行\n第二行"\n'
 */
export function csvLines(rows: readonly (readonly (string | number | null)[])[], keywords: readonly Keyword[] | null): string {
  const kw = keywords ? keywords.map((k) => k.term).join(' ') : null;
  return rows.map((row) => `${formatCsvRow(keywords ? [...row, kw] : row)}\n`).join('');
}

/**
 * One error record line: `{ id, source, line?, error: { code, message } }`.
 *
 * @example
 * errorLine({ id: 'a.jsonl:3', source: 'a.jsonl', line: 3, error: { code: 'invalid-json', message: 'Unexpected token' } })
 * //=> '{"id":"a.jsonl:3","source":"a.jsonl","line":3,"error":{"code":"invalid-json","message":"Unexpected token"}}\n'
 */
export function errorLine(record: { readonly id: string; readonly source: string; readonly line?: number; readonly error: BatchErrorInfo }): string {
  const { id, source, line, error } = record;
  return `${JSON.stringify({ id, source, ...(line !== undefined ? { line } : {}), error: { code: error.code, message: error.message } })}\n`;
}
