import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redisUrl } from '../../src/queue/connection.js';
import { isJobData, jobFiles, jobId } from '../../src/queue/jobs.js';
import { importOptional } from '../../src/queue/libraries.js';
import { checkQueueName } from '../../src/queue/open.js';
import { indexedLine, isTemporaryFile, splitIndexedLine, writeFileAtomic } from '../../src/queue/output.js';

const tmp = mkdtempSync(join(tmpdir(), 'zhnews-queue-units-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('jobId', () => {
  it('is stable for the same path and index, different otherwise', () => {
    expect(jobId('/data/2020/news.jsonl.gz', 200)).toBe('news.jsonl.gz-28ef8e0ea31c-200');
    expect(jobId('/data/2020/news.jsonl.gz', 200)).toBe(jobId('/data/2020/news.jsonl.gz', 200));
    expect(jobId('/data/2021/news.jsonl.gz', 200)).not.toBe(jobId('/data/2020/news.jsonl.gz', 200));
    expect(jobId('/data/2020/news.jsonl.gz', 300)).not.toBe(jobId('/data/2020/news.jsonl.gz', 200));
  });

  it.each([
    ['/a/新闻 2020:04.jsonl', /^_2020_04\.jsonl-[0-9a-f]{12}-0$/],
    ['/a/.hidden.txt', /^hidden\.txt-[0-9a-f]{12}-0$/],
    ['/a/123', /^123-[0-9a-f]{12}-0$/],
  ])('%s makes a file-name-safe id without ":"', (path, shape) => {
    const id = jobId(path, 0);
    expect(id).toMatch(shape);
    expect(id).not.toContain(':');
    expect(`${parseInt(id, 10)}`).not.toBe(id); // BullMQ refuses integer ids
  });

  it('names the result and error files by the id', () => {
    expect(jobFiles('x-1')).toEqual({ results: 'x-1.jsonl', errors: 'x-1.errors.jsonl' });
  });
});

describe('isJobData', () => {
  it.each([
    [{ source: 'a.jsonl', records: [{ index: 0, id: 'a', text: '增长17%。' }] }, true],
    [{ source: 'a.jsonl', records: [{ index: 1, id: 'a:2', error: { code: 'invalid-json', message: 'x' } }] }, true],
    [{ source: 'a.jsonl', records: [] }, true],
    [{ text: 'x' }, false],
    [{ source: 'a.jsonl', records: [{ index: 0.5, id: 'a', text: 'x' }] }, false],
    [{ source: 'a.jsonl', records: [{ index: 0, id: 3, text: 'x' }] }, false],
    [{ source: 'a.jsonl', records: [{ index: 0, id: 'a' }] }, false],
    [null, false],
  ])('%j → %s', (value, ok) => {
    expect(isJobData(value)).toBe(ok);
  });
});

describe('indexed lines', () => {
  it('round-trips a record line', () => {
    const line = '{"id":"a","statements":[]}\n';
    const indexed = indexedLine(12, line);
    expect(indexed).toBe('{"index":12,"id":"a","statements":[]}\n');
    expect(JSON.parse(indexed)).toEqual({ index: 12, id: 'a', statements: [] });
    expect(splitIndexedLine(indexed.trimEnd())).toEqual({ index: 12, line: '{"id":"a","statements":[]}' });
  });

  it.each(['{"id":"a"}', '{"index":-1,"id":"a"}', '{"index":"1","id":"a"}', '', 'index'])('rejects %j', (line) => {
    expect(splitIndexedLine(line)).toBeNull();
  });
});

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary file', async () => {
    const path = join(tmp, 'job.jsonl');
    await writeFileAtomic(path, 'old\n');
    await writeFileAtomic(path, '新\n');
    expect(readFileSync(path, 'utf8')).toBe('新\n');
    expect(readdirSync(tmp)).toEqual(['job.jsonl']);
  });

  it('names its temporary files so that they are recognised', () => {
    expect(isTemporaryFile('.job.jsonl.123-abcd.tmp')).toBe(true);
    expect(isTemporaryFile('job.jsonl')).toBe(false);
  });

  it('throws for a directory that does not exist', async () => {
    await expect(writeFileAtomic(join(tmp, 'no', 'such.jsonl'), 'x')).rejects.toThrow(/ENOENT/);
  });
});

describe('names and URLs', () => {
  it.each(['zhnews', 'news-2020', 'a.b_c'])('accepts the queue name %s', (name) => {
    expect(checkQueueName(name)).toBe(name);
  });

  it.each(['', 'a:b', 'a b', '新闻'])('rejects the queue name %j', (name) => {
    expect(() => checkQueueName(name)).toThrow(/queue names use/);
  });

  it('takes the flag, then ZHNEWS_REDIS_URL, then the local default', () => {
    expect(redisUrl('redis://h:1/2', { ZHNEWS_REDIS_URL: 'redis://e:3' })).toBe('redis://h:1/2');
    expect(redisUrl(undefined, { ZHNEWS_REDIS_URL: 'rediss://e:3' })).toBe('rediss://e:3');
    expect(redisUrl(undefined, {})).toBe('redis://127.0.0.1:6379');
  });

  it.each(['localhost:6379', 'http://h:6379', 'not a url'])('rejects the Redis URL %j', (url) => {
    expect(() => redisUrl(url, {})).toThrow(/not a Redis URL/);
  });
});

describe('optional packages', () => {
  it('names a missing package and how to install it', async () => {
    await expect(importOptional('zhnews-no-such-package')).rejects.toThrow(
      /optional package "zhnews-no-such-package".*npm install bullmq ioredis/,
    );
  });
});
