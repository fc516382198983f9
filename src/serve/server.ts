/**
 * The HTTP server of `zhnews serve` on Node's own `http` module: routing, limits, the worker
 * pool, and graceful shutdown (stop accepting, let requests in flight finish, then stop the
 * workers).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { createPool, defaultWorkers, type Pool } from '../batch/pool.js';
import type { AnalyzerOptions } from '../pipeline/createAnalyzer.js';
import { handleAnalyzeMany } from './analyzeMany.js';
import { HttpError, sendError } from './errors.js';
import { handleAnalyze, handleRender, type HandlerContext } from './handlers.js';
import { openApiDocument } from './openapi.js';
import { PLAYGROUND_CSP, playgroundHtml } from './playground.js';
import { createRunner, type Runner } from './runner.js';

/** Options of {@link startServer}. */
export interface ServeOptions {
  /** Interface to listen on (default `127.0.0.1`: this machine only). */
  readonly host?: string;
  /** Port (default 8080); 0 picks a free one. */
  readonly port?: number;
  /** Worker threads analysing documents (default: the CPUs); 0 analyses on the main thread (tests only: it blocks). */
  readonly workers?: number;
  /** Analyzer options of every worker (default `{ segmenter: 'jieba' }`); plain data. */
  readonly analyzer?: AnalyzerOptions;
  /** Largest request body, and largest line of /v1/analyze-many, in bytes (default 5 MB). */
  readonly maxBodyBytes?: number;
  /** Time limit per request, and per line of /v1/analyze-many, in ms (default 30 s). */
  readonly timeoutMs?: number;
  /** Most documents in the pool or waiting for it before /v1/analyze and /v1/render answer 503 (default workers × 32). */
  readonly maxQueue?: number;
  /** How long shutdown waits for requests in flight before it cuts them (default 30 s). */
  readonly shutdownGraceMs?: number;
  /** Version reported by /health and the OpenAPI document. */
  readonly version?: string;
  /** A pool to use instead of starting one (it is not closed by the server). */
  readonly pool?: Pool;
}

/** A listening server. */
export interface RunningServer {
  /** `http://host:port/` with the real port. */
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  /** Stops accepting, waits for requests in flight (up to the grace time), stops the workers. Idempotent. */
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** Host names a loopback server answers to: others are DNS-rebinding attempts from a web page. */
function hostAllowed(header: string | undefined): boolean {
  if (header === undefined) return true;
  const name = header.startsWith('[') ? header.slice(1, header.indexOf(']')) : header.replace(/:\d+$/, '');
  return LOOPBACK.has(name.toLowerCase()) || (isIP(name) !== 0 && name.startsWith('127.'));
}

function sendText(res: ServerResponse, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

/**
 * Starts the server and resolves once it listens (the pool is warm by then).
 *
 * @example
 * const running = await startServer({ port: 0, workers: 2 });
 * console.log(running.url); // http://127.0.0.1:43121/
 * const res = await fetch(`${running.url}v1/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '增长17%。' }) });
 * await running.close();
 */
export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const maxBodyBytes = options.maxBodyBytes ?? 5_000_000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const graceMs = options.shutdownGraceMs ?? 30_000;
  const version = options.version ?? '0.0.0';
  for (const [name, value] of Object.entries({ maxBodyBytes, timeoutMs, graceMs })) {
    if (!Number.isFinite(value) || value <= 0) throw new TypeError(`${name} must be a positive number, got ${String(value)}`);
  }
  const analyzer = options.analyzer ?? { segmenter: 'jieba' };
  const pool = options.pool ?? (await createPool({ workers: options.workers ?? defaultWorkers(), analyzer }));
  const ownsPool = options.pool === undefined;
  if (ownsPool) await warmUp(pool, analyzer);
  // A 503 says when to come back: after about one time limit, when the queue has moved on.
  const retryAfter = Math.max(1, Math.ceil(timeoutMs / 1000));
  const runner: Runner = createRunner(pool, analyzer, { maxQueue: options.maxQueue ?? Math.max(1, pool.threads) * 32, retryAfter });
  const loopbackOnly = LOOPBACK.has(host) || host.startsWith('127.');
  const openapi = JSON.stringify(openApiDocument(version));
  const playground = playgroundHtml();
  let closing = false;
  const active = new Set<Promise<void>>();

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const ctx: HandlerContext = { runner, maxBodyBytes, deadline: Date.now() + timeoutMs, url };
    const handlers: Record<string, Record<string, () => Promise<void> | void>> = {
      '/': { GET: () => sendText(res, 'text/html; charset=utf-8', playground, { 'content-security-policy': PLAYGROUND_CSP, 'cache-control': 'no-store' }) },
      '/health': {
        GET: () =>
          sendText(res, 'application/json; charset=utf-8', JSON.stringify({ status: closing ? 'shutting-down' : 'ok', version, workers: runner.threads, inFlight: runner.inFlight }), { 'cache-control': 'no-store' }),
      },
      '/v1/openapi.json': { GET: () => sendText(res, 'application/json; charset=utf-8', openapi) },
      '/v1/analyze': { POST: () => withDeadline(handleAnalyze(req, res, ctx), ctx.deadline, retryAfter) },
      '/v1/render': { POST: () => withDeadline(handleRender(req, res, ctx), ctx.deadline, retryAfter) },
      '/v1/analyze-many': { POST: () => handleAnalyzeMany(req, res, ctx, timeoutMs) },
    };
    const methods = handlers[url.pathname];
    if (methods === undefined) throw new HttpError('not-found', `no route ${url.pathname}; see /v1/openapi.json`);
    const method = req.method === 'HEAD' && methods['GET'] ? 'GET' : (req.method ?? '');
    const handler = methods[method];
    if (handler === undefined) {
      res.setHeader('allow', Object.keys(methods).join(', '));
      throw new HttpError('method-not-allowed', `${req.method ?? ''} is not allowed on ${url.pathname}; use ${Object.keys(methods).join(' or ')}`);
    }
    await handler();
  }

  const server = createServer({ requestTimeout: 0 }, (req, res) => {
    // During shutdown a connection closes once its answer is out, so keep-alive clients move on.
    res.on('finish', () => {
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
    const done = (async () => {
      try {
        if (closing) throw new HttpError('shutting-down', 'the server is shutting down', 1);
        if (loopbackOnly && !hostAllowed(req.headers.host)) throw new HttpError('bad-host', 'this server answers only to localhost, 127.0.0.1 and [::1]');
        await route(req, res, new URL(req.url ?? '/', 'http://localhost'));
      } catch (error) {
        // A body left unread (413, a deadline) would be taken for the next request: close instead.
        sendError(res, error, closing || !req.complete);
        if (!req.complete) req.resume();
      }
    })();
    active.add(done);
    void done.finally(() => active.delete(done));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch(async (error: unknown) => {
    if (ownsPool) await pool.close();
    throw error;
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? 8080);
  const shown = isIP(host) === 6 ? `[${host}]` : host;

  let closed: Promise<void> | null = null;
  const close = (): Promise<void> =>
    (closed ??= (async () => {
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const grace = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
      await Promise.race([Promise.allSettled([...active]), grace]);
      server.closeAllConnections();
      await stopped;
      if (ownsPool) await pool.close();
    })());

  return { url: `http://${shown}:${port}/`, port, server, close };
}

/** A sentence that takes every stage of the pipeline: segmenter, organisations, numbers, statements. */
const WARM_TEXT = '今年，廊坊开发区管委会将投入至少1.8亿元，力争营业收入同比增长17%。';

/**
 * Runs one real document per worker before the server listens: the first analysis in a thread
 * loads lazy tables and compiles hot code (seconds on a busy machine), which would otherwise be
 * the first clients' wait.
 */
async function warmUp(pool: Pool, analyzer: AnalyzerOptions): Promise<void> {
  const task = { analyzer, text: WARM_TEXT, id: 'warm-up', output: 'analysis' as const };
  await Promise.all(Array.from({ length: Math.max(1, pool.threads) }, () => pool.run(task)));
}

/** Races a handler against the request's deadline: past it the client gets a 503 `timeout`. */
async function withDeadline(work: Promise<void>, deadline: number, retryAfter: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HttpError('timeout', 'the request took longer than the time limit of this server', retryAfter)), Math.max(0, deadline - Date.now()));
  });
  work.catch(() => undefined); // a late failure after the 503 is nobody's to hear
  try {
    await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
