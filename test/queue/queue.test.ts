/**
 * The queue against a real redis-server, in process: enqueueing is idempotent, the manifest
 * keeps input order, status and collect account for every record.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FIELDS } from '../../src/batch/record.js';
import { collectOutputs, formatCollect } from '../../src/queue/collect.js';
import { connectRedis } from '../../src/queue/connection.js';
import { enqueueInputs } from '../../src/queue/enqueue.js';
import { jobFiles, jobId } from '../../src/queue/jobs.js';
import { openQueue, type OpenQueue } from '../../src/queue/open.js';
import { runQueueWorker } from '../../src/queue/runWorker.js';
import { queueStatus } from '../../src/queue/status.js';
import { redisSkipReason, startRedis, type RedisServer } from './redisServer.js';

const skip = redisSkipReason();
if (skip) console.warn(skip);

const root = fileURLToPath(new URL('../..', import.meta.url));
const archive = join(root, 'fixtures/batch/archive');
const read = { encoding: 'auto', fields: DEFAULT_FIELDS, maxDocumentBytes: 2e6 } as const;
const devnull = { write: () => true } as unknown as NodeJS.WritableStream;
const ids = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id: string }).id);

describe.skipIf(skip !== null)('queue on redis-server', () => {
  let redis: RedisServer;
  const tmp = mkdtempSync(join(tmpdir(), 'zhnews-queue-'));
  const opened: OpenQueue[] = [];
  const open = async (name: string): Promise<OpenQueue> => {
    const q = await openQueue(redis.url, name, { persistent: false });
    opened.push(q);
    return q;
  };

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    for (const q of opened) await q.close();
    await redis?.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('enqueues every record of the archive once, however often it is added', async () => {
    const q = await open('twice');
    const options = { inputs: [archive], chunk: 2, read, attempts: 3, backoffMs: 100, cwd: root };
    const first = await enqueueInputs(q, options);
    // 6 inputs: 4 single-document .txt files, c-news.jsonl with 3 records (one unreadable) in 2 jobs, d-more.jsonl.gz with 2
    expect(first).toEqual({ inputs: 6, jobs: 7, records: 9, existingJobs: 0, existingRecords: 0 });
    const again = await enqueueInputs(q, { ...options, inputs: [archive, join(archive, 'c-news.jsonl')] });
    expect(again).toEqual({ inputs: 6, jobs: 0, records: 0, existingJobs: 7, existingRecords: 9 });
    expect(await q.queue.getJobCounts('wait')).toEqual({ wait: 7 });
    const entries = [];
    for await (const e of q.manifest.entries(3)) entries.push([e.source.replace(/^.*\//, ''), e.first, e.count]);
    expect(entries).toEqual([
      ['a-utf8.txt', 0, 1],
      ['b-gbk.txt', 0, 1],
      ['c-news.jsonl', 0, 2],
      ['c-news.jsonl', 2, 1],
      ['d-more.jsonl.gz', 0, 2],
      ['e-scan.txt', 0, 1],
      ['f-empty.txt', 0, 1],
    ]);
    const job = await q.queue.getJob(jobId(join(archive, 'c-news.jsonl'), 0));
    expect(job?.data.records.map((r) => [r.index, r.id, r.error?.code ?? 'doc'])).toEqual([
      [0, 'news-1', 'doc'],
      [1, 'fixtures/batch/archive/c-news.jsonl:2', 'invalid-json'],
    ]);
    expect(job?.opts).toMatchObject({ attempts: 3, backoff: { type: 'exponential', delay: 100 } });
  });

  it('refuses to split an input again with another chunk size, before enqueueing anything', async () => {
    const q = await open('chunks');
    await enqueueInputs(q, { inputs: [join(archive, 'c-news.jsonl')], chunk: 2, read, attempts: 1, backoffMs: 0, cwd: root });
    await expect(
      enqueueInputs(q, { inputs: [join(archive, 'a-utf8.txt'), join(archive, 'c-news.jsonl')], chunk: 5, read, attempts: 1, backoffMs: 0, cwd: root }),
    ).rejects.toThrow(/was added with --chunk 2/);
    expect((await q.manifest.summary()).jobs).toBe(2);
  });

  it('enqueues a path that cannot be read as a job holding its error record', async () => {
    const q = await open('unreadable');
    const dir = join(tmp, 'with-broken-link');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.jsonl'), '{"id":"a","text":"增长17%。"}\n');
    symlinkSync(join(dir, 'nowhere.jsonl'), join(dir, 'b.jsonl'));
    expect(await enqueueInputs(q, { inputs: [dir], chunk: 10, read, attempts: 1, backoffMs: 0, cwd: tmp })).toMatchObject({ jobs: 2, records: 2 });
    const job = await q.queue.getJob(jobId(join(dir, 'b.jsonl'), 0));
    expect(job?.data.records).toEqual([expect.objectContaining({ index: 0, error: expect.objectContaining({ code: 'read-failed' }) })]);
  });

  it('refuses standard input: its records have no stable id', async () => {
    const q = await open('stdin');
    await expect(enqueueInputs(q, { inputs: ['-'], chunk: 2, read, attempts: 1, backoffMs: 0 })).rejects.toThrow(/standard input/);
  });

  it('reports waiting jobs, and collect finds them all missing (exit 2)', async () => {
    const q = await open('waiting');
    await enqueueInputs(q, { inputs: [join(archive, 'c-news.jsonl')], chunk: 2, read, attempts: 1, backoffMs: 0, cwd: root });
    expect(await queueStatus(q)).toMatchObject({ jobs: 2, documents: 3, waiting: 2, active: 0, stalled: 0, done: 0, failed: 0 });
    const dir = join(tmp, 'empty');
    mkdirSync(dir);
    const s = await collectOutputs(q, { dir, output: join(tmp, 'w.jsonl'), errors: join(tmp, 'w-errors.jsonl'), stderr: devnull });
    expect(s).toMatchObject({ jobs: 2, documents: 3, analysed: 0, failed: 0, missing: 3, exitCode: 2 });
    expect(s.incomplete.map((j) => [j.first, j.missing, j.state])).toEqual([
      [0, [0, 1], 'waiting'],
      [2, [2], 'waiting'],
    ]);
    expect(formatCollect(s, null)).toMatch(/^3 documents enqueued in 2 jobs: 0 analysed, 0 failed, 3 missing\nmissing: job c-news\.jsonl-\w+-0 \(.*c-news\.jsonl records 0-1\): all its records; job waiting/);
  });

  it('collect keeps one record per index and flags duplicates, strays and gaps', async () => {
    const q = await open('strays');
    await enqueueInputs(q, { inputs: [join(archive, 'c-news.jsonl')], chunk: 3, read, attempts: 1, backoffMs: 0, cwd: root });
    const id = jobId(join(archive, 'c-news.jsonl'), 0);
    const dir = join(tmp, 'strays');
    mkdirSync(dir);
    writeFileSync(join(dir, jobFiles(id).results), '{"index":0,"id":"news-1"}\n{"index":0,"id":"news-1"}\n{"index":7,"id":"x"}\nnot json\n');
    writeFileSync(join(dir, jobFiles(id).errors), '{"index":1,"id":"c:2","error":{"code":"invalid-json","message":"m"}}\n');
    const out = join(tmp, 's.jsonl');
    const s = await collectOutputs(q, { dir, output: out, errors: join(tmp, 's-errors.jsonl'), stderr: devnull });
    expect(s).toMatchObject({ documents: 3, analysed: 1, failed: 1, missing: 1, unexpected: 3, exitCode: 2 });
    expect(readFileSync(out, 'utf8')).toBe('{"id":"news-1"}\n');
    expect(s.incomplete[0]?.missing).toEqual([2]);
  });

  it('retries a job that throws with backoff, lists it as failed after its attempts, and runs it again on retry', async () => {
    const q = await open('retry');
    const input = join(archive, 'c-news.jsonl');
    await enqueueInputs(q, { inputs: [input], chunk: 2, read, attempts: 2, backoffMs: 50, cwd: root });
    const out = join(tmp, 'retry-out');
    // a directory where the first job's error file must go: its rename fails on every attempt
    const blocked = join(out, jobFiles(jobId(input, 0)).errors);
    mkdirSync(join(blocked, 'x'), { recursive: true });
    const work = () =>
      runQueueWorker({
        redis: redis.url, queue: 'retry', out, threads: 1, analyzer: { segmenter: 'none' }, fields: ['statements'],
        maxDocumentBytes: 2e6, lockMs: 5000, stalledIntervalMs: 1000, maxStalledCount: 1, untilEmpty: true, stderr: devnull,
      });
    expect(await work()).toMatchObject({ jobs: 1, analysed: 1, failed: 0, jobErrors: 2 });
    const status = await queueStatus(q);
    expect(status).toMatchObject({ waiting: 0, delayed: 0, active: 0, done: 1, failed: 1 });
    expect(status.failedJobs).toEqual([expect.objectContaining({ id: jobId(input, 0), first: 0, count: 2, attempts: 2, reason: expect.stringMatching(/EISDIR|ENOTEMPTY|directory/) })]);
    const before = await collectOutputs(q, { dir: out, output: join(tmp, 'r1.jsonl'), errors: join(tmp, 'r1-errors.jsonl'), stderr: devnull });
    expect(before).toMatchObject({ missing: 2, exitCode: 2 });
    expect(before.incomplete[0]).toMatchObject({ state: 'failed', reason: expect.stringMatching(/EISDIR|ENOTEMPTY|directory/) });

    rmSync(blocked, { recursive: true });
    await q.queue.retryJobs({ state: 'failed' });
    expect(await work()).toMatchObject({ jobs: 1, analysed: 1, failed: 1, jobErrors: 0 });
    const after = await collectOutputs(q, { dir: out, output: join(tmp, 'r2.jsonl'), errors: join(tmp, 'r2-errors.jsonl'), stderr: devnull });
    expect(after).toMatchObject({ documents: 3, analysed: 2, failed: 1, missing: 0, unexpected: 0, exitCode: 2 });
    expect(ids(readFileSync(join(tmp, 'r2.jsonl'), 'utf8'))).toEqual(['news-1', 'news-3']);
  });

  it('fails at once with a clear message when Redis is not there', async () => {
    const other = await startRedis();
    await other.stop();
    await expect(connectRedis(other.url, { persistent: false })).rejects.toThrow(/cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+/);
  });
});
