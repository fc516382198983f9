/**
 * POST /v1/analyze-many: JSON Lines in, JSON Lines out, streamed in input order. Each line is a
 * document as for /v1/analyze; a bad line (not JSON, wrong fields, bad date, too long, too slow)
 * gives one error record `{ id?, line, error: { code, message } }` and the stream goes on.
 * Reading pauses while `window` documents are in the pool or the client reads slowly, so memory
 * stays bounded however long the stream.
 */
import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { acceptMediaType, decodeUtf8 } from './body.js';
import { checkDocument } from './document.js';
import { HttpError } from './errors.js';
import { analysisTask, type HandlerContext } from './handlers.js';
import { AnalyzeRequest } from './schemas.js';

/** Media types of a JSON Lines body. */
export const JSON_LINES_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines', 'application/json-lines'] as const;

/** One input line: its one-based number and bytes, or `tooLong` when it passed the limit. */
interface Line {
  readonly number: number;
  readonly bytes: Buffer | null;
}

/** Splits a byte stream at `\n`; a line longer than `maxBytes` comes out as `bytes: null`. */
async function* splitLines(source: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const take = (tail: Buffer): Line => {
    number++;
    const bytes = tooLong ? null : Buffer.concat([...parts, tail]);
    parts = [];
    size = 0;
    tooLong = false;
    return { number, bytes };
  };
  for await (const chunk of source) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
      if (!tooLong && size + (nl - from) > maxBytes) tooLong = true;
      yield take(chunk.subarray(from, nl));
      from = nl + 1;
    }
    const rest = chunk.subarray(from);
    size += rest.length;
    if (size > maxBytes) tooLong = true;
    if (!tooLong && rest.length > 0) parts.push(rest);
  }
  if (size > 0 || tooLong) yield take(Buffer.alloc(0));
}

function errorRecord(line: number, id: string | undefined, error: unknown): string {
  const known = error instanceof HttpError ? error : new HttpError('internal', 'the server failed to analyse this line');
  return JSON.stringify({ ...(id !== undefined ? { id } : {}), line, error: { code: known.code, message: known.message } });
}

/** The output line for one input line (never rejects). */
async function answerLine(line: Line, index: number, ctx: HandlerContext, timeoutMs: number): Promise<string> {
  let id: string | undefined;
  try {
    if (line.bytes === null) throw new HttpError('too-large', `the line is longer than the limit of ${ctx.maxBodyBytes} bytes`);
    let value: unknown;
    try {
      value = JSON.parse(decodeUtf8(line.bytes)) as unknown;
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError('bad-json', `the line is not valid JSON: ${(error as Error).message}`);
    }
    if (value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string') id = (value as { id: string }).id;
    const doc = checkDocument(value, AnalyzeRequest);
    // Without an id, a document is known by its zero-based position among the documents, as in analyzeMany().
    id = doc.id ?? String(index);
    const reply = await ctx.runner.run(analysisTask({ ...doc, id }), Date.now() + timeoutMs, { queue: true });
    return reply.json ?? '';
  } catch (error) {
    return errorRecord(line.number, id, error);
  }
}

/**
 * Handles POST /v1/analyze-many. The time limit applies to each line; the body limit to each
 * line's length. Documents are numbered (for default ids) among the non-blank lines.
 */
export async function handleAnalyzeMany(req: IncomingMessage, res: ServerResponse, ctx: HandlerContext, timeoutMs: number): Promise<void> {
  acceptMediaType(req, JSON_LINES_TYPES);
  if (ctx.url.search !== '') throw new HttpError('invalid-request', 'POST /v1/analyze-many takes no query parameters');
  res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' });
  const window = Math.max(2, ctx.runner.threads * 2);
  const pending: Promise<string>[] = [];
  let closed = false;
  res.on('close', () => (closed = true));
  const flushOne = async (): Promise<void> => {
    const out = await pending.shift()!;
    if (!closed && !res.write(`${out}\n`)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
  };
  let index = 0;
  for await (const line of splitLines(req as AsyncIterable<Buffer>, ctx.maxBodyBytes)) {
    if (closed) break;
    if (line.bytes !== null && line.bytes.toString('latin1').trim() === '') continue; // blank lines are no documents
    pending.push(answerLine(line, index++, ctx, timeoutMs));
    if (pending.length >= window) await flushOne();
  }
  while (pending.length > 0) await flushOne();
  res.end();
}
