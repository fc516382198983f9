/**
 * Limits and shutdown, in process: the time limit (503 + Retry-After), the queue limit (503),
 * worker failures (500 without internals), and SIGTERM-style close with a request in flight.
 * Pools whose timing the test decides make the races deterministic; one case uses real workers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzerSync } from '../../src/pipeline/createAnalyzer.js';
import { startServer } from '../../src/serve/server.js';
import { errorOf, failingPool, gatedPool, postJson, send, until } from './http.js';

const SEED = readFileSync(new URL('../../fixtures/langfang-development-zone.txt', import.meta.url), 'utf8');
const SHORT = '今年，廊坊开发区将投入至少1.8亿元。';

describe('per-request time limit', () => {
  it('answers 503 timeout with Retry-After when the analysis is not done in time', async () => {
    const pool = gatedPool();
    const server = await startServer({ port: 0, pool, timeoutMs: 150 });
    try {
      for (const path of ['v1/analyze', 'v1/render']) {
        const reply = await postJson(`${server.url}${path}`, { text: SHORT });
        expect(reply.status).toBe(503);
        expect(reply.headers['retry-after']).toBe('1');
        expect(errorOf(reply).code).toBe('timeout');
      }
      pool.release();
    } finally {
      await server.close();
    }
  });

  it('counts the time to read the body too: a client that stalls gets 503 and the connection closes', async () => {
    const server = await startServer({ port: 0, pool: gatedPool(), timeoutMs: 150 });
    try {
      const { request } = await import('node:http');
      const reply = await new Promise<{ status: number; connection: string | undefined; body: string }>((resolve, reject) => {
        const req = request(`${server.url}v1/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain', 'content-length': 1000 } }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }));
        });
        req.on('error', reject);
        req.write('增长'); // and never the rest
      });
      expect(reply.status).toBe(503);
      expect(reply.connection).toBe('close');
      expect(JSON.parse(reply.body)).toMatchObject({ error: { code: 'timeout' } });
    } finally {
      await server.close();
    }
  });

  it('with real workers: a large document over a short limit is a 503, a short one is fine', async () => {
    const server = await startServer({ port: 0, workers: 1, timeoutMs: 100 });
    try {
      const big = SEED.repeat(12); // ~170 KB of text: about a second of analysis
      const slow = await postJson(`${server.url}v1/analyze`, { text: big });
      expect(slow.status).toBe(503);
      expect(Number(slow.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      // the worker finishes the dropped document, then takes the next one
      let ok = await postJson(`${server.url}v1/analyze`, { text: SHORT });
      for (let i = 0; ok.status === 503 && i < 60; i++) {
        await new Promise((r) => setTimeout(r, 250));
        ok = await postJson(`${server.url}v1/analyze`, { text: SHORT });
      }
      expect(ok.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('applies to each line of analyze-many: a slow line is an error record, the others are answered', async () => {
    const pool = gatedPool();
    const server = await startServer({ port: 0, pool, timeoutMs: 200 });
    try {
      const reply = await send(`${server.url}v1/analyze-many`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: `{"text":"增长5%"}\n{"id":"b","text":"增长6%"}\n` });
      expect(reply.body.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual([
        { id: '0', line: 1, error: { code: 'timeout', message: 'the document took longer than the time limit of this server' } },
        { id: 'b', line: 2, error: { code: 'timeout', message: 'the document took longer than the time limit of this server' } },
      ]);
      pool.release();
    } finally {
      await server.close();
    }
  });
});

describe('queue limit', () => {
  it('turns requests away with 503 busy once maxQueue documents are held, and serves again after', async () => {
    const pool = gatedPool();
    const server = await startServer({ port: 0, pool, maxQueue: 2, timeoutMs: 10_000 });
    try {
      const first = postJson(`${server.url}v1/analyze`, { text: SHORT });
      const second = postJson(`${server.url}v1/render`, { text: SHORT });
      await until(() => pool.held() === 2);
      const third = await postJson(`${server.url}v1/analyze`, { text: SHORT });
      expect(third.status).toBe(503);
      expect(errorOf(third).code).toBe('busy');
      expect(third.headers['retry-after']).toBe('10');
      const health = JSON.parse((await send(`${server.url}health`)).body) as { inFlight: number };
      expect(health.inFlight).toBe(2);
      pool.release();
      expect((await first).status).toBe(200);
      expect((await second).status).toBe(200);
      const again = postJson(`${server.url}v1/analyze`, { text: SHORT });
      await until(() => pool.held() === 1);
      pool.release();
      expect((await again).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('worker failures', () => {
  it.each([
    ['analysis-failed', 'RangeError: Invalid array length'],
    ['worker-crashed', 'Worker terminated due to reaching memory limit: JS heap out of memory'],
  ] as const)('%s → 500 with the reason and no internals', async (code, message) => {
    const server = await startServer({ port: 0, pool: failingPool(code) });
    try {
      const reply = await postJson(`${server.url}v1/analyze`, { text: SHORT });
      expect(reply.status).toBe(500);
      expect(errorOf(reply)).toEqual({ code, message });
      const many = await send(`${server.url}v1/analyze-many`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: '{"text":"x"}\n' });
      expect(JSON.parse(many.body)).toEqual({ id: '0', line: 1, error: { code, message } });
    } finally {
      await server.close();
    }
  });

  it('an exception inside the server is a bare 500 internal', async () => {
    const pool = { threads: 1, run: () => Promise.reject(new Error('secret /home/x/file.ts:12')), close: async () => {} };
    const server = await startServer({ port: 0, pool });
    try {
      const reply = await postJson(`${server.url}v1/analyze`, { text: SHORT });
      expect(reply.status).toBe(500);
      expect(errorOf(reply)).toEqual({ code: 'internal', message: 'the server failed to answer this request' });
    } finally {
      await server.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('lets the request in flight finish, refuses new ones, then resolves', async () => {
    const pool = gatedPool();
    const server = await startServer({ port: 0, pool });
    const inFlight = postJson(`${server.url}v1/analyze`, { text: SHORT, date: '2020-04-14' });
    await until(() => pool.held() === 1);
    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(false);
    await expect(send(`${server.url}health`)).rejects.toThrow(/ECONNREFUSED/);
    pool.release();
    const reply = await inFlight;
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual(createAnalyzerSync({ segmenter: 'jieba' }).analyze(SHORT, { date: '2020-04-14' }));
    expect(reply.headers.connection).toBe('close');
    await closing;
    expect(closed).toBe(true);
  });

  it('cuts requests still running after the grace time', async () => {
    const pool = gatedPool();
    const server = await startServer({ port: 0, pool, shutdownGraceMs: 100 });
    const inFlight = postJson(`${server.url}v1/analyze`, { text: SHORT });
    await until(() => pool.held() === 1);
    await server.close();
    await expect(inFlight).rejects.toThrow(/socket hang up|ECONNRESET/);
    pool.release();
  });

  it('with real workers: a large document in flight is answered in full', async () => {
    const server = await startServer({ port: 0, workers: 1 });
    const text = SEED.repeat(8);
    const inFlight = postJson(`${server.url}v1/analyze`, { text, fields: ['statements'] });
    const load = async () => (JSON.parse((await send(`${server.url}health`)).body) as { inFlight: number }).inFlight;
    while ((await load()) === 0) await new Promise((r) => setTimeout(r, 5));
    await server.close();
    const reply = await inFlight;
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ script: 'simplified', statements: createAnalyzerSync({ segmenter: 'jieba' }).analyze(text).statements });
  });

  it('rejects bad limits', async () => {
    await expect(startServer({ port: 0, pool: gatedPool(), timeoutMs: 0 })).rejects.toThrow(/timeoutMs must be a positive number/);
    await expect(startServer({ port: 0, pool: gatedPool(), maxBodyBytes: Number.NaN })).rejects.toThrow(/maxBodyBytes/);
  });

  it('fails to start on a port in use, and stops the pool it made', async () => {
    const first = await startServer({ port: 0, pool: gatedPool() });
    try {
      await expect(startServer({ port: first.port, workers: 0 })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});
