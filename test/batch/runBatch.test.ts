import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_FIELDS } from '../../src/batch/record.js';
import { inputBytes, runBatch, type BatchRunOptions } from '../../src/batch/runBatch.js';

const article = readFileSync(fileURLToPath(new URL('../../fixtures/langfang-development-zone.txt', import.meta.url)), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'zhnews-run-batch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const quiet = { write: () => true } as unknown as NodeJS.WritableStream;

function options(input: string, name: string, more: Partial<BatchRunOptions> = {}): BatchRunOptions {
  return {
    inputs: [input],
    output: join(tmp, `${name}.jsonl`),
    errors: join(tmp, `${name}-errors.jsonl`),
    format: 'jsonl',
    workers: 1,
    resume: false,
    fields: ['line', 'statements'],
    fieldNames: DEFAULT_FIELDS,
    encoding: 'auto',
    keywords: 0,
    keywordsWarmup: 1000,
    analyzer: { segmenter: 'jieba' },
    progress: 'none',
    maxDocumentBytes: 2e6,
    stderr: quiet,
    ...more,
  };
}

const records = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; line?: number; error?: { code: string } });

describe('runBatch', () => {
  it('times out one document of a chunk alone: the others of its chunk are analysed', async () => {
    // one chunk (all lines fit in one read): the slow document shares it with two quick ones
    const slow = article.repeat(45); // ~640 KB: far longer than the limit below
    const input = join(tmp, 'slow-input.jsonl');
    const lines = [{ id: 'q1', text: '增长17%。' }, { id: 'q2', text: '下降3%。' }, { id: 'slow', text: slow }, { id: 'q3', text: '投入1.8亿元。' }];
    writeFileSync(input, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const summary = await runBatch(options(input, 'slow', { maxSecondsPerDocument: 0.25 }));
    expect(summary).toMatchObject({ read: 4, analysed: 3, failed: 1, exitCode: 2 });
    expect(records(join(tmp, 'slow.jsonl')).map((r) => [r.id, r.line])).toEqual([['q1', 1], ['q2', 2], ['q3', 4]]);
    expect(records(join(tmp, 'slow-errors.jsonl')).map((r) => [r.id, r.line, r.error?.code])).toEqual([['slow', 3, 'timeout']]);
  }, 60_000);

  it('skips, in the workers, the documents a resumed output already has', async () => {
    const input = join(tmp, 'resume.jsonl');
    const ids = Array.from({ length: 30 }, (_, i) => `d${i}`);
    writeFileSync(input, ids.map((id) => JSON.stringify({ id, text: `第${id}篇：增长17%。` })).join('\n') + '\n');
    const out = join(tmp, 'resumed.jsonl');
    writeFileSync(out, ['d0', 'd7', 'd29'].map((id) => `{"id":"${id}","line":0,"statements":[]}\n`).join(''));
    const summary = await runBatch(options(input, 'resumed', { resume: true, workers: 2 }));
    expect(summary).toMatchObject({ read: 30, analysed: 27, failed: 0, skipped: 3 });
    const written = records(out).map((r) => r.id);
    expect(written.slice(0, 3)).toEqual(['d0', 'd7', 'd29']);
    expect(written.slice(3)).toEqual(ids.filter((id) => !['d0', 'd7', 'd29'].includes(id)));
  }, 60_000);

  it('gives the same output on worker threads as on the calling thread, keywords too', async () => {
    const input = join(tmp, 'same.jsonl');
    const texts = article.split('\n').filter((l) => l.trim() !== '');
    writeFileSync(input, texts.map((text, i) => JSON.stringify({ id: `p${i}`, text })).join('\n') + '\n[1]\n');
    for (const keywords of [0, 3]) {
      const more = { keywords, fields: ['source', 'line', 'entities', 'statements', ...(keywords ? ['keywords'] : [])] };
      await runBatch(options(input, `inline-${keywords}`, { ...more, workers: 0 }));
      await runBatch(options(input, `threads-${keywords}`, { ...more, workers: 2 }));
      expect(readFileSync(join(tmp, `threads-${keywords}.jsonl`), 'utf8')).toBe(readFileSync(join(tmp, `inline-${keywords}.jsonl`), 'utf8'));
      expect(records(join(tmp, `threads-${keywords}-errors.jsonl`))).toEqual([expect.objectContaining({ line: texts.length + 1, error: expect.objectContaining({ code: 'invalid-json' }) })]);
    }
  }, 60_000);
});

describe('inputBytes (sizing the pool when --workers is not given)', () => {
  const file = (size: number, gzip = false) =>
    ({ kind: 'file', path: '/a', source: 'a', id: 'a', format: 'jsonl', gzip, size, identity: '1:1', inDirectory: true }) as const;
  it.each([
    ['plain files by their size', [file(3e6), file(5e6)], 8e6],
    ['gzip files at four times their size', [file(1e6, true)], 4e6],
    ['unreadable paths count nothing', [file(1e6), { kind: 'unreadable', source: 'b', id: 'b', message: 'EACCES' } as const], 1e6],
    ['standard input: unknown', [file(1e6), { kind: 'stdin', source: '-', id: '-' } as const], undefined],
  ])('%s', (_name, sources, bytes) => {
    expect(inputBytes(sources)).toBe(bytes);
  });
});
