import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { BYTES_PER_WORKER, createPool, defaultWorkers } from '../../src/batch/pool.js';
import { workerHeapMb } from '../../src/batch/runBatch.js';

const article = readFileSync(fileURLToPath(new URL('../../fixtures/langfang-development-zone.txt', import.meta.url)), 'utf8');

describe('workerHeapMb', () => {
  it.each([
    [1e6, 192],
    [2e6, 256],
    [2.5e6, 320],
    [32e6, 2176],
  ])('%d bytes → %d MB', (bytes, mb) => {
    expect(workerHeapMb(bytes)).toBe(mb);
  });
});

describe('defaultWorkers', () => {
  const cpus = availableParallelism();
  it.each([
    ['an unknown input size', undefined, cpus],
    ['an empty input', 0, 1],
    ['one small file', 300_000, 1],
    ['just over one worker of input', BYTES_PER_WORKER + 1, Math.min(cpus, 2)],
    ['a huge archive', 1e12, cpus],
    ['a nonsense size', Number.NaN, cpus],
  ])('%s → %s workers', (_name, bytes, expected) => {
    expect(defaultWorkers(bytes)).toBe(expected);
  });
});

describe('createPool', () => {
  it('turns a worker that runs out of heap into a failure and goes on with a fresh worker', async () => {
    const analyzer = { segmenter: 'node-rs' } as const;
    // 48 MB: a small document needs about 14; the 5.7 MB one below far more (its statements and
    // entities, without token objects, fit in 96 MB).
    const pool = await createPool({ workers: 1, analyzer, maxHeapMb: 48 });
    try {
      const task = (id: string, text: string) => pool.run({ analyzer, id, text, output: 'json', fields: ['statements'] });
      expect(await task('small', '增长17%。')).toMatchObject({ ok: true });
      const huge = await task('huge', article.repeat(400));
      expect(huge).toMatchObject({ ok: false, error: { code: 'worker-crashed', message: expect.stringMatching(/memory/) } });
      expect(await task('after', '增长17%。')).toMatchObject({ ok: true });
    } finally {
      await pool.close();
    }
  });

  it('throws at once for analyzer options that cannot work', async () => {
    await expect(createPool({ workers: 1, analyzer: { segmenter: 'jeiba' as never } })).rejects.toThrow(/segmenter must be/);
  });
});
