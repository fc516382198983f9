import { describe, expect, it } from 'vitest';
import { analyzeMany, type BatchOutcome } from '../../src/index.js';

const docs = [
  '今年，廊坊开发区将投入至少1.8亿元用于技术改造。',
  { id: 'dated', text: '去年GDP增长5.2%。', date: '2024/1/2' },
  { id: 'bad-date', text: '增长17%。', date: 'soon' },
  { text: 42 } as never,
  { id: 'empty', text: '' },
];

async function collect(source: Parameters<typeof analyzeMany>[0], options: Parameters<typeof analyzeMany>[1]): Promise<BatchOutcome[]> {
  const out: BatchOutcome[] = [];
  for await (const o of analyzeMany(source, options)) out.push(o);
  return out;
}

const shape = (o: BatchOutcome) => (o.ok ? [o.index, o.id, 'ok', o.analysis.date ?? null] : [o.index, o.id, o.error.code]);

describe('analyzeMany', () => {
  it.each([
    ['on 2 worker threads', 2],
    ['on the calling thread', 0],
  ])('yields one ordered outcome per document %s', async (_name, workers) => {
    async function* source() {
      yield* docs;
    }
    const out = await collect(source(), { workers, analyzer: { segmenter: 'node-rs' } });
    expect(out.map(shape)).toEqual([
      [0, '0', 'ok', null],
      [1, 'dated', 'ok', '2024-01-02'],
      [2, 'bad-date', 'invalid-date'],
      [3, '3', 'invalid-document'],
      [4, 'empty', 'ok', null],
    ]);
    const first = out[0];
    expect(first?.ok && first.analysis.tokens.length).toBeGreaterThan(5);
  });

  it('gives the same results and keywords as the calling thread, in order, for many documents', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ id: `d${i}`, text: `第${i}号文件：廊坊开发区${i % 2 ? '芯片产业' : '生物医药'}投资增长${i}%。` }));
    const threaded = await collect(many, { workers: 2, analyzer: { segmenter: 'node-rs' }, keywords: 2, window: 5 });
    const inline = await collect(many, { workers: 0, analyzer: { segmenter: 'node-rs' }, keywords: 2 });
    expect(threaded.map((o) => o.id)).toEqual(many.map((d) => d.id));
    expect(threaded).toEqual(inline);
    const last = threaded.at(-1);
    // 芯片 and 产业 come together in half the documents: equal scores, term order
    expect(last?.ok && last.keywords?.map((k) => k.term)).toEqual(['产业', '芯片']);
  });

  it('stops reading on abort and still yields the documents in flight', async () => {
    const controller = new AbortController();
    let read = 0;
    async function* endless() {
      for (;;) {
        read++;
        yield `第${read}条新闻。`;
      }
    }
    const out: BatchOutcome[] = [];
    for await (const o of analyzeMany(endless(), { workers: 1, analyzer: { segmenter: 'none' }, window: 4, signal: controller.signal })) {
      out.push(o);
      if (out.length === 10) controller.abort();
    }
    expect(out.length).toBeGreaterThanOrEqual(10);
    expect(out.length).toBeLessThanOrEqual(14);
    expect(out.map((o) => o.index)).toEqual(out.map((_, i) => i));
  });

  it('turns a crash inside analysis into a failure and goes on', async () => {
    const segmenter = {
      name: 'fragile',
      cut(text: string) {
        if (text.includes('炸')) throw new Error('segmenter exploded');
        return [...text];
      },
    };
    const out = await collect(['好的。', '炸了。', '还好。'], { workers: 0, analyzer: { segmenter } });
    expect(out.map(shape)).toEqual([
      [0, '0', 'ok', null],
      [1, '1', 'analysis-failed'],
      [2, '2', 'ok', null],
    ]);
    expect(out[1]).toMatchObject({ error: { message: 'Error: segmenter exploded' } });
  });

  it.each([
    [{ workers: -1 }, /workers must be a whole number/],
    [{ keywords: 1.5 }, /keywords must be a whole number/],
    [{ window: 0 }, /window must be a whole number/],
    [{ workers: 1, analyzer: { segmenter: { name: 'mine', cut: (t: string) => [t] } } }, /plain data/],
  ])('rejects bad options %#', async (options, message) => {
    await expect(collect(['x'], options)).rejects.toThrow(message);
  });
});
