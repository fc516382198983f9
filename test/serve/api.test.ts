/**
 * The HTTP API in process, on a free port, with one real worker thread: every route, the
 * answers compared with analyze() and renderHtml() called directly, and every error status.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/types.js';
import { createAnalyzerSync, type Analyzer } from '../../src/pipeline/createAnalyzer.js';
import { renderHtml } from '../../src/render/index.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { Analysis as AnalysisSchema, ErrorBody, Health } from '../../src/serve/schemas.js';
import { validate } from '../../src/serve/validate.js';
import { errorOf, postJson, send } from './http.js';

const SEED = readFileSync(new URL('../../fixtures/langfang-development-zone.txt', import.meta.url), 'utf8');
const SHORT = '今年，廊坊开发区将投入至少1.8亿元，力争实现营业收入增长17%。';

let server: RunningServer;
let analyzer: Analyzer;
const url = (path: string) => `${server.url}${path.replace(/^\//, '')}`;

beforeAll(async () => {
  server = await startServer({ port: 0, workers: 1, maxBodyBytes: 200_000, version: '9.9.9' });
  analyzer = createAnalyzerSync({ segmenter: 'jieba' });
});
afterAll(async () => server?.close());

describe('GET routes', () => {
  it('prints its URL with the real port for port 0', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('/health says ok, the version, the workers and the load', async () => {
    const reply = await send(url('/health'));
    expect(reply.status).toBe(200);
    const body = JSON.parse(reply.body) as unknown;
    expect(validate(Health, body)).toBeNull();
    expect(body).toEqual({ status: 'ok', version: '9.9.9', workers: 1, inFlight: 0 });
  });

  it('/ is the playground: self-contained HTML under a strict CSP', async () => {
    const reply = await send(url('/'));
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'");
    expect(reply.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(reply.body).toContain('<textarea id="text"');
    expect(reply.body).toContain('<input type="date" id="date">');
    // no external resources: no src/href to another origin, no imports
    expect(reply.body).not.toMatch(/(?:src|href)=["']?(?:https?:)?\/\//);
    expect(reply.body).not.toMatch(/@import|url\(/);
  });

  it('HEAD answers like GET without a body', async () => {
    const reply = await send(url('/health'), { method: 'HEAD' });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('');
  });

  it('/v1/openapi.json is the OpenAPI 3.1 document with this version', async () => {
    const reply = await send(url('/v1/openapi.json'));
    expect(reply.status).toBe(200);
    const doc = JSON.parse(reply.body) as { openapi: string; info: { version: string }; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe('9.9.9');
    expect(Object.keys(doc.paths).sort()).toEqual(['/', '/health', '/v1/analyze', '/v1/analyze-many', '/v1/openapi.json', '/v1/render']);
  });
});

describe('POST /v1/analyze', () => {
  it('gives the same object as analyze() for a JSON body, without an id when none was sent', async () => {
    const reply = await postJson(url('/v1/analyze'), { text: SEED, date: '2020-04-14' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = JSON.parse(reply.body) as Analysis;
    expect(body).toEqual(analyzer.analyze(SEED, { date: '2020-04-14' }));
    expect(Object.keys(body)).toEqual(Object.keys(analyzer.analyze(SEED, { date: '2020-04-14' })));
    expect(body).not.toHaveProperty('id');
    expect(body.statements.length).toBeGreaterThanOrEqual(40);
    expect(validate(AnalysisSchema, body)).toBeNull();
  });

  it('echoes the id and normalises a written date as zhnews batch does', async () => {
    const reply = await postJson(url('/v1/analyze'), { text: SHORT, id: 'doc-7', date: '2020年4月14日' });
    expect(JSON.parse(reply.body)).toEqual(analyzer.analyze(SHORT, { id: 'doc-7', date: '2020-04-14' }));
  });

  it('limits the output to the fields asked for (id, date and script stay)', async () => {
    const reply = await postJson(url('/v1/analyze'), { text: SHORT, id: 'a', date: '2020', fields: ['statements', 'entities'] });
    const full = analyzer.analyze(SHORT, { id: 'a', date: '2020' });
    expect(JSON.parse(reply.body)).toEqual({ id: 'a', date: '2020', script: 'simplified', entities: full.entities, statements: full.statements });
  });

  it('passes the script option: traditional text is analysed with spans into the original', async () => {
    const hk = '今年，香港特區政府將投入至少1.8億元。';
    for (const script of ['auto', 'traditional', 'simplified'] as const) {
      const reply = await postJson(url('/v1/analyze'), { text: hk, script, fields: ['statements'] });
      expect(JSON.parse(reply.body), script).toEqual({ script: analyzer.analyze(hk, { script }).script, statements: analyzer.analyze(hk, { script }).statements });
    }
    const plain = await send(url('/v1/analyze?script=traditional&fields=statements'), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: hk });
    expect(JSON.parse(plain.body)).toEqual({ script: 'traditional', statements: analyzer.analyze(hk, { script: 'traditional' }).statements });
  });

  it('takes a text/plain body with its options in the query string', async () => {
    const reply = await send(url('/v1/analyze?date=2020-04-14&id=p1&fields=statements'), { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: SHORT });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ id: 'p1', date: '2020-04-14', script: 'simplified', statements: analyzer.analyze(SHORT, { date: '2020-04-14' }).statements });
  });

  it('keeps the text exactly, a leading BOM aside, and analyses an empty text to an empty result', async () => {
    const odd = 'A\r\n\u3000<b>增长</b> 17%\u{20000}。';
    const reply = await send(url('/v1/analyze'), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(odd)]) });
    expect((JSON.parse(reply.body) as Analysis).text).toBe(odd);
    const empty = await postJson(url('/v1/analyze'), { text: '' });
    expect(JSON.parse(empty.body)).toEqual(analyzer.analyze(''));
  });
});

describe('POST /v1/render', () => {
  it('gives the page of zhnews render for the document', async () => {
    const reply = await postJson(url('/v1/render'), { text: SEED, date: '2020-04-14' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'");
    expect(reply.body).toBe(renderHtml(analyzer.analyze(SEED, { date: '2020-04-14' })));
  });

  it('passes id and title, also for a text/plain body', async () => {
    const json = await postJson(url('/v1/render'), { text: '<script>alert(1)</script>增长5%', id: 'x<1>', title: 'T&T' });
    expect(json.body).toBe(renderHtml(analyzer.analyze('<script>alert(1)</script>增长5%', { id: 'x<1>' }), { title: 'T&T' }));
    expect(json.body).not.toContain('<script>alert(1)');
    const plain = await send(url('/v1/render?title=T%26T&date=2021'), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: SHORT });
    expect(plain.body).toBe(renderHtml(analyzer.analyze(SHORT, { date: '2021' }), { title: 'T&T' }));
  });
});

describe('POST /v1/analyze-many', () => {
  const ndjson = { 'content-type': 'application/x-ndjson' };

  it('streams one line per document in input order, with an error record per bad line', async () => {
    const lines = [
      JSON.stringify({ text: SHORT, date: '2020-04-14' }),
      'not json',
      JSON.stringify({ id: 'bad-date', text: SHORT, date: 'someday' }),
      '',
      JSON.stringify({ id: 'k', text: '产值突破1000亿元。', fields: ['statements'] }),
      JSON.stringify({ txt: 'typo' }),
      JSON.stringify(['an array']),
      '   ',
      JSON.stringify({ text: SEED }),
    ];
    // sent in small pieces so that lines are cut across chunks
    const body = Buffer.from(`${lines.join('\n')}\n`);
    const chunks: Buffer[] = [];
    for (let i = 0; i < body.length; i += 7) chunks.push(body.subarray(i, i + 7));
    const reply = await send(url('/v1/analyze-many'), { method: 'POST', headers: ndjson, body: chunks });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const out = reply.body.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(7);
    expect(out[0]).toEqual(analyzer.analyze(SHORT, { id: '0', date: '2020-04-14' }));
    expect(out[1]).toMatchObject({ line: 2, error: { code: 'bad-json' } });
    expect(out[2]).toMatchObject({ id: 'bad-date', line: 3, error: { code: 'invalid-date' } });
    expect(out[3]).toEqual({ id: 'k', script: 'simplified', statements: analyzer.analyze('产值突破1000亿元。').statements });
    expect(out[4]).toMatchObject({ line: 6, error: { code: 'invalid-request', message: expect.stringContaining('"text"') } });
    expect(out[5]).toMatchObject({ line: 7, error: { code: 'invalid-request' } });
    expect(out[6]).toEqual(analyzer.analyze(SEED, { id: '6' }));
  });

  it('reads a last line without a newline, and a line longer than the body limit is one error record', async () => {
    const long = JSON.stringify({ text: '长'.repeat(100_000) });
    const reply = await send(url('/v1/analyze-many'), { method: 'POST', headers: { 'content-type': 'application/jsonl' }, body: `${long}\n{"text":"增长5%"}` });
    const out = reply.body.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toEqual([{ line: 1, error: { code: 'too-large', message: 'the line is longer than the limit of 200000 bytes' } }, analyzer.analyze('增长5%', { id: '1' })]);
  });

  it('answers an empty body with an empty stream', async () => {
    const reply = await send(url('/v1/analyze-many'), { method: 'POST', headers: ndjson, body: '' });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('');
  });

  it('gives an error record for a line that is not UTF-8', async () => {
    const reply = await send(url('/v1/analyze-many'), { method: 'POST', headers: ndjson, body: Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]) });
    expect(JSON.parse(reply.body)).toMatchObject({ line: 1, error: { code: 'bad-encoding' } });
  });
});

describe('error statuses', () => {
  // [what, request, status, code]
  const cases: Array<[string, number, string, () => Promise<import('./http.js').Reply>]> = [
    ['bad JSON', 400, 'bad-json', () => send(url('/v1/analyze'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": "增长' })],
    ['a JSON body that is not an object', 400, 'invalid-request', () => postJson(url('/v1/analyze'), ['增长5%'])],
    ['no text', 400, 'invalid-request', () => postJson(url('/v1/analyze'), { date: '2020' })],
    ['text not a string', 400, 'invalid-request', () => postJson(url('/v1/analyze'), { text: 5 })],
    ['an unknown property', 400, 'invalid-request', () => postJson(url('/v1/analyze'), { text: 'x', lang: 'zh' })],
    ['an unknown field', 400, 'invalid-request', () => postJson(url('/v1/analyze'), { text: 'x', fields: ['statments'] })],
    ['a repeated field', 400, 'invalid-request', () => postJson(url('/v1/analyze'), { text: 'x', fields: ['tokens', 'tokens'] })],
    ['a title on /v1/analyze', 400, 'invalid-request', () => postJson(url('/v1/analyze'), { text: 'x', title: 't' })],
    ['fields on /v1/render', 400, 'invalid-request', () => postJson(url('/v1/render'), { text: 'x', fields: ['tokens'] })],
    ['query options with a JSON body', 400, 'invalid-request', () => postJson(url('/v1/analyze?date=2020'), { text: 'x' })],
    ['an unknown query parameter', 400, 'invalid-request', () => send(url('/v1/analyze?lang=zh'), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' })],
    ['a repeated query parameter', 400, 'invalid-request', () => send(url('/v1/analyze?date=2020&date=2021'), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' })],
    ['invalid UTF-8', 400, 'bad-encoding', () => send(url('/v1/analyze'), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: Buffer.from([0xe5, 0xa2, 0x9e, 0xc0, 0x80]) })],
    ['an unknown path', 404, 'not-found', () => send(url('/v2/analyze'))],
    ['GET on a POST route', 405, 'method-not-allowed', () => send(url('/v1/analyze'))],
    ['POST on a GET route', 405, 'method-not-allowed', () => postJson(url('/health'), {})],
    ['a declared body over the limit', 413, 'too-large', () => send(url('/v1/analyze'), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(200_001) })],
    ['a chunked body over the limit', 413, 'too-large', () => send(url('/v1/render'), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: Array.from({ length: 30 }, () => 'x'.repeat(10_000)) })],
    ['a form body', 415, 'unsupported-media-type', () => send(url('/v1/analyze'), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'text=x' })],
    ['no Content-Type', 415, 'unsupported-media-type', () => send(url('/v1/analyze'), { method: 'POST', body: 'x' })],
    ['a charset other than UTF-8', 415, 'unsupported-media-type', () => send(url('/v1/analyze'), { method: 'POST', headers: { 'content-type': 'text/plain; charset=gbk' }, body: 'x' })],
    ['JSON to analyze-many', 415, 'unsupported-media-type', () => postJson(url('/v1/analyze-many'), { text: 'x' })],
    ['an invalid date', 422, 'invalid-date', () => postJson(url('/v1/analyze'), { text: 'x', date: 'yesterday' })],
    ['an impossible month', 422, 'invalid-date', () => postJson(url('/v1/render'), { text: 'x', date: '2020/13/01' })],
    ['an invalid date in the query', 422, 'invalid-date', () => send(url('/v1/analyze?date=14.4.2020'), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' })],
    ['a foreign Host (DNS rebinding)', 421, 'bad-host', () => send(url('/health'), { host: 'evil.example:80' })],
  ];

  it.each(cases)('%s → %i %s', async (_what, status, code, request) => {
    const reply = await request();
    expect(reply.status).toBe(status);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = JSON.parse(reply.body) as unknown;
    expect(validate(ErrorBody, body)).toBeNull();
    expect(errorOf(reply).code).toBe(code);
  });

  it('names the allowed methods on a 405', async () => {
    expect((await send(url('/v1/render'))).headers['allow']).toBe('POST');
  });

  it('answers to localhost, 127.0.0.1 and [::1] by name', async () => {
    for (const host of ['localhost:8080', '127.0.0.1', `127.0.0.1:${server.port}`, '[::1]:8080', 'LOCALHOST']) {
      expect((await send(url('/health'), { host })).status, host).toBe(200);
    }
  });

  it('keeps working after the errors', async () => {
    expect((await postJson(url('/v1/analyze'), { text: SHORT })).status).toBe(200);
  });
});
