/**
 * `zhnews serve` as the built CLI (dist/cli.js): it prints its URL for --port 0, serves, and on
 * SIGTERM finishes the request in flight before it exits 0. Usage mistakes exit 1.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnalyzerSync } from '../../src/pipeline/createAnalyzer.js';
import { postJson, send } from './http.js';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const built = existsSync(cli) && /\.command\(["']serve["']\)/.test(readFileSync(cli, 'utf8'));
if (!built) console.warn('[serve cli] skipping the dist/cli.js tests: dist is missing or older than the serve command (run `npm run build`)');
const SEED = readFileSync(new URL('../../fixtures/langfang-development-zone.txt', import.meta.url), 'utf8');

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts `zhnews serve`, resolves with the URL it prints and its stderr so far. */
function serve(args: string[]): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [cli, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve({ child, url: line, stderr: () => err });
    });
    child.on('exit', (code) => reject(new Error(`zhnews serve exited with ${code}: ${err}`)));
  });
}

describe.skipIf(!built)('zhnews serve (built dist/cli.js)', () => {
  it('prints the URL with the picked port and serves every route', async () => {
    const { url, stderr } = await serve(['--port', '0', '--workers', '1']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(url).not.toBe('http://127.0.0.1:0/');
    expect(stderr()).toContain(`listening on ${url} with 1 worker`);
    const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
    expect(JSON.parse((await send(`${url}health`)).body)).toEqual({ status: 'ok', version, workers: 1, inFlight: 0 });
    expect((await send(url)).body).toContain('zhnews playground');
    expect(JSON.parse((await send(`${url}v1/openapi.json`)).body)).toMatchObject({ openapi: '3.1.0', info: { version } });
    const analysis = await postJson(`${url}v1/analyze`, { text: '今年增长17%。', date: '2020-04-14', fields: ['statements'] });
    expect(JSON.parse(analysis.body)).toEqual({ date: '2020-04-14', script: 'simplified', statements: createAnalyzerSync({ segmenter: 'jieba' }).analyze('今年增长17%。', { date: '2020-04-14' }).statements });
    expect((await postJson(`${url}v1/render`, { text: '今年增长17%。' })).body).toMatch(/^<!DOCTYPE html>/);
    const many = await send(`${url}v1/analyze-many`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: '{"text":"增长5%"}\n{oops\n' });
    expect(many.body.trimEnd().split('\n').map((l) => Object.keys(JSON.parse(l) as object)[0])).toEqual(['id', 'line']);
    expect((await postJson(`${url}v1/analyze`, { text: 'x', date: 'nope' })).status).toBe(422);
  });

  it('applies --max-body and --timeout', async () => {
    const { url } = await serve(['--port', '0', '--workers', '1', '--max-body', '1000', '--timeout', '1']);
    expect((await send(`${url}v1/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(1001) })).status).toBe(413);
    const many = await send(`${url}v1/analyze-many`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: `{"text":"${'长'.repeat(400)}"}\n` });
    expect(JSON.parse(many.body)).toMatchObject({ line: 1, error: { code: 'too-large' } });
  });

  it('on SIGTERM finishes the request in flight, then exits 0', async () => {
    const { child, url } = await serve(['--port', '0', '--workers', '1']);
    const text = SEED.repeat(8);
    const inFlight = postJson(`${url}v1/analyze`, { text, fields: ['statements'] });
    const load = async () => (JSON.parse((await send(`${url}health`)).body) as { inFlight: number }).inFlight;
    while ((await load()) === 0) await new Promise((r) => setTimeout(r, 5));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    const reply = await inFlight;
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ script: 'simplified', statements: createAnalyzerSync({ segmenter: 'jieba' }).analyze(text).statements });
    expect(await exited).toBe(0);
  });

  it.each([
    [['--port', '70000'], /--port must be a whole number from 0 to 65535/],
    [['--workers', '0'], /--workers must be a whole number from 1/],
    [['--segmenter', 'jiebax'], /--segmenter must be one of/],
    [['--timeout', '0'], /--timeout must be a whole number from 1/],
    [['--dict', 'no-such-dict.tsv'], /no-such-dict\.tsv/],
  ])('%j is a usage error (exit 1)', (args, message) => {
    const out = spawnSync(process.execPath, [cli, 'serve', ...args], { encoding: 'utf8', timeout: 30_000 });
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(message);
  });

  it('exits 1 with a clear message when the port is taken', async () => {
    const { url } = await serve(['--port', '0', '--workers', '1']);
    const port = new URL(url).port;
    const out = spawnSync(process.execPath, [cli, 'serve', '--port', port, '--workers', '1'], { encoding: 'utf8', timeout: 30_000 });
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('EADDRINUSE');
  });
});
