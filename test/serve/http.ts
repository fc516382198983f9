/** Test helpers: raw HTTP requests (any header, any body shape) and pools whose timing the test decides. */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { Pool } from '../../src/batch/pool.js';
import { runTask, type WorkerReply, type WorkerTask } from '../../src/batch/task.js';

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RequestSpec {
  method?: string;
  headers?: Record<string, string | number>;
  /** A string or bytes, sent with Content-Length; an array is sent chunked, one write each. */
  body?: string | Buffer | Array<string | Buffer>;
  /** Send the Host header as given (DNS-rebinding cases). */
  host?: string;
}

/**
 * Sends one request on a fresh connection and reads the whole answer. A connection the server
 * closes while the body is still being sent is fine as long as an answer came.
 */
export function send(url: string, spec: RequestSpec = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const headers: Record<string, string | number> = { ...spec.headers };
    if (spec.host !== undefined) headers['host'] = spec.host;
    if (typeof spec.body === 'string' || Buffer.isBuffer(spec.body)) headers['content-length'] ??= Buffer.byteLength(spec.body);
    const req = httpRequest({ host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: spec.method ?? 'GET', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (Array.isArray(spec.body)) {
      for (const part of spec.body) req.write(part);
      req.end();
    } else req.end(spec.body);
  });
}

/** A JSON POST. */
export function postJson(url: string, value: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(value) });
}

/** The error body of a reply, checked to be the API's shape and free of stack traces. */
export function errorOf(reply: Reply): { code: string; message: string } {
  const parsed = JSON.parse(reply.body) as { error: { code: string; message: string } };
  if (/\n\s+at /.test(reply.body) || /\.ts:\d+/.test(reply.body)) throw new Error(`a stack trace reached the client: ${reply.body}`);
  return parsed.error;
}

/**
 * A pool that analyses in the calling thread but only when the test lets it: `release()` lets
 * every task held so far go on. `started` counts tasks handed to it.
 */
export function gatedPool(): Pool & { started: number; release(): void; held(): number } {
  let waiting: Array<() => void> = [];
  const pool = {
    threads: 1,
    started: 0,
    async run(task: WorkerTask): Promise<WorkerReply> {
      pool.started++;
      await new Promise<void>((resolve) => waiting.push(resolve));
      return runTask(task);
    },
    release() {
      for (const go of waiting) go();
      waiting = [];
    },
    held: () => waiting.length,
    close: async () => {},
  };
  return pool;
}

/** A pool whose every task fails the way a worker reports an analysis failure or a crash. */
export function failingPool(code: 'analysis-failed' | 'worker-crashed'): Pool {
  return {
    threads: 1,
    run: async () => ({ ok: false, error: { code, message: code === 'worker-crashed' ? 'Worker terminated due to reaching memory limit: JS heap out of memory' : 'RangeError: Invalid array length' } }),
    close: async () => {},
  };
}

/** Resolves once `check()` is true (polled), or fails after `ms`. */
export async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
