/** The one error shape of the API, `{ error: { code, message } }`, and the exception that carries it. */
import type { ServerResponse } from 'node:http';
import { ERROR_STATUS, type ErrorCode } from './schemas.js';

/** A failure to answer with its own status; anything else thrown becomes a bare 500 `internal`. */
export class HttpError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Seconds for a `Retry-After` header (503s). */
  readonly retryAfter: number | undefined;

  constructor(code: ErrorCode, message: string, retryAfter?: number) {
    super(message);
    this.name = 'HttpError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.retryAfter = retryAfter;
  }
}

/**
 * Writes an error response. Unknown errors are reported as `internal` with a fixed message: the
 * client never sees a stack trace or an internal message.
 *
 * @example
 * sendError(res, new HttpError('invalid-date', 'date is not a date: "yesterday"'), false);
 */
export function sendError(res: ServerResponse, error: unknown, closeConnection: boolean): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const known = error instanceof HttpError ? error : new HttpError('internal', 'the server failed to answer this request');
  const body = JSON.stringify({ error: { code: known.code, message: known.message } });
  const headers: Record<string, string | number> = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  };
  if (known.retryAfter !== undefined) headers['retry-after'] = known.retryAfter;
  if (closeConnection) headers['connection'] = 'close';
  res.writeHead(known.status, headers);
  res.end(body);
}
