/**
 * Line chunks: the bytes of a line-based input (JSON Lines in UTF-8 or GB18030, where a `\n`
 * byte always ends a line) cut at line breaks into pieces of about `chunkBytes`, for the
 * workers to decode, parse and analyse. The main thread only finds the line breaks and copies
 * bytes, so it stays nearly idle however many documents pass.
 */
import type { Encoding } from '../io/decode.js';
import type { InputItem } from './readers.js';
import type { BatchErrorInfo } from './types.js';

/** Whole lines of one input, as bytes that can be moved to a worker. */
export interface LineChunk {
  readonly kind: 'lines';
  readonly source: string;
  /** The input's encoding (UTF-8 or GB18030: a `\n` byte is always a line break). */
  readonly encoding: Encoding;
  /** 1-based number of the first line. */
  readonly firstLine: number;
  /** Number of lines (the last may lack its `\n` at the end of the input). */
  readonly lines: number;
  /** The lines, with their `\n`s, in a buffer of their own. */
  readonly bytes: Uint8Array;
}

/** How to cut. */
export interface LineChunkOptions {
  readonly source: string;
  readonly encoding: Encoding;
  /** Bytes of byte order mark to skip at the start. */
  readonly bomLength: number;
  /** A line longer than this (without its `\n`) is a `too-large` record, never buffered whole. */
  readonly maxLineBytes: number;
  /** A chunk ends at the first line break after this many bytes (or at the end of a read). */
  readonly chunkBytes: number;
  /** The record of a stream that broke (the reader's wording for read errors). */
  readonly readFailed: (error: unknown) => BatchErrorInfo;
}

/**
 * Cuts a byte stream into {@link LineChunk}s, in order, with `too-large` records for lines over
 * the limit and a `read-failed` record (after the lines read before it) when the stream breaks.
 * A chunk also ends with each piece the stream delivers, so a slow feed (a pipe) is analysed
 * as it arrives.
 *
 * @example
 * for await (const unit of lineChunks(createReadStream('a.jsonl'), { source: 'a.jsonl', encoding: 'utf8', bomLength: 0, maxLineBytes: 2e6, chunkBytes: 65536, readFailed })) {
 *   if (unit.kind === 'lines') pool.runChunk(unit);
 * }
 */
export async function* lineChunks(bytes: AsyncIterable<Uint8Array>, options: LineChunkOptions): AsyncGenerator<LineChunk | InputItem> {
  const { source, maxLineBytes, chunkBytes } = options;
  let skip = options.bomLength;
  let lineNo = 1;
  // complete lines of the chunk being built (views into the read buffers; copied once, on emit)
  let parts: Uint8Array[] = [];
  let partsLength = 0;
  let firstLine = 1;
  let lines = 0;
  // the line still open at the end of the last read
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  let oversized = 0;
  const emit = (): LineChunk | null => {
    if (lines === 0) return null;
    const out = new Uint8Array(partsLength);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    const chunk: LineChunk = { kind: 'lines', source, encoding: options.encoding, firstLine, lines, bytes: out };
    parts = [];
    partsLength = 0;
    lines = 0;
    return chunk;
  };
  const tooLarge = (length: number): InputItem => ({
    kind: 'error',
    id: `${source}:${lineNo}`,
    source,
    line: lineNo,
    error: { code: 'too-large', message: `line of ${length} bytes, more than the ${maxLineBytes} allowed per document` },
  });
  const addLine = (last: Uint8Array): void => {
    if (lines === 0) firstLine = lineNo;
    for (const piece of pending) parts.push(piece);
    parts.push(last);
    partsLength += pendingLength + last.length;
    lines++;
    lineNo++;
    pending = [];
    pendingLength = 0;
  };
  try {
    for await (const chunk of bytes) {
      let start = Math.min(skip, chunk.length);
      skip -= start;
      for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
        const length = pendingLength + (nl - start);
        if (oversized || length > maxLineBytes) {
          const ready = emit();
          if (ready) yield ready;
          yield tooLarge(oversized + length);
          lineNo++;
          pending = [];
          pendingLength = 0;
          oversized = 0;
        } else {
          addLine(chunk.subarray(start, nl + 1));
          if (partsLength >= chunkBytes) {
            const ready = emit();
            if (ready) yield ready;
          }
        }
        start = nl + 1;
      }
      if (start < chunk.length) {
        const piece = chunk.subarray(start);
        if (oversized || pendingLength + piece.length > maxLineBytes) {
          // too long already: count its bytes, keep none of them
          oversized += pendingLength + piece.length;
          pending = [];
          pendingLength = 0;
        } else {
          pending.push(piece);
          pendingLength += piece.length;
        }
      }
      const ready = emit();
      if (ready) yield ready;
    }
  } catch (error) {
    const ready = emit();
    if (ready) yield ready;
    yield { kind: 'error', id: `${source}:${lineNo}`, source, line: lineNo, error: options.readFailed(error) };
    return;
  }
  if (oversized) yield tooLarge(oversized);
  else if (pendingLength > 0) addLine(new Uint8Array(0));
  const ready = emit();
  if (ready) yield ready;
}

/**
 * The lines of a chunk one by one, each a chunk of its own (for analysing them singly after
 * a worker died on the whole chunk).
 *
 * @example
 * splitLineChunk({ kind: 'lines', source: 'a', encoding: 'utf8', firstLine: 5, lines: 2, bytes: Buffer.from('x\ny\n') }).map((c) => c.firstLine) //=> [5, 6]
 */
export function splitLineChunk(chunk: LineChunk): LineChunk[] {
  const out: LineChunk[] = [];
  let start = 0;
  for (let i = 0; i < chunk.lines; i++) {
    const nl = chunk.bytes.indexOf(0x0a, start);
    const end = nl === -1 ? chunk.bytes.length : nl + 1;
    out.push({ kind: 'lines', source: chunk.source, encoding: chunk.encoding, firstLine: chunk.firstLine + i, lines: 1, bytes: chunk.bytes.slice(start, end) });
    start = end;
  }
  return out;
}

/**
 * The lines of a chunk's bytes with their numbers (the `\n` removed), as a worker reads them.
 *
 * @example
 * [...chunkLines(Buffer.from('a\nb'), 7)].map(([line, bytes]) => [line, bytes.length]) //=> [[7, 1], [8, 1]]
 */
export function* chunkLines(bytes: Uint8Array, firstLine: number): Generator<[number, Uint8Array]> {
  let line = firstLine;
  let start = 0;
  while (start < bytes.length) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl === -1 ? bytes.length : nl;
    yield [line++, bytes.subarray(start, end)];
    start = end + 1;
  }
}
