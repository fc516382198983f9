import { describe, expect, it } from 'vitest';
import { orderedMap } from '../../src/batch/ordered.js';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function* numbers(n: number, delay = 0): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) {
    if (delay) await sleep(delay);
    yield i;
  }
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('orderedMap', () => {
  it.each([
    ['window 1', 1],
    ['window 4', 4],
    ['window larger than the source', 100],
  ])('keeps source order with uneven task times (%s)', async (_name, window) => {
    const out = await collect(orderedMap(numbers(30), async (i) => (await sleep((i * 7) % 5), i * 2), window));
    expect(out).toEqual(Array.from({ length: 30 }, (_, i) => i * 2));
  });

  it('never holds more than the window', async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await collect(
      orderedMap(
        numbers(50),
        async (i) => {
          peak = Math.max(peak, ++inFlight);
          await sleep(1 + (i % 3));
          inFlight--;
          return i;
        },
        5,
      ),
    );
    expect(out).toHaveLength(50);
    expect(peak).toBeLessThanOrEqual(5);
    expect(peak).toBeGreaterThan(1);
  });

  it('yields a ready result while the source is slow', async () => {
    const started = Date.now();
    const it = orderedMap(numbers(3, 300), (i) => i, 8)[Symbol.asyncIterator]();
    expect((await it.next()).value).toBe(0);
    expect(Date.now() - started).toBeLessThan(550);
    await it.return?.(undefined);
  });

  it('stops reading once stop() is true and still yields what is in flight', async () => {
    let read = 0;
    async function* counted() {
      for (let i = 0; i < 100; i++) {
        read++;
        yield i;
      }
    }
    let stop = false;
    const out: number[] = [];
    for await (const x of orderedMap(counted(), async (i) => (await sleep(2), i), 4, () => stop)) {
      out.push(x);
      if (x === 10) stop = true;
    }
    expect(out).toEqual(Array.from({ length: out.length }, (_, i) => i));
    expect(out.length).toBeGreaterThan(10);
    expect(out.length).toBe(read);
    expect(read).toBeLessThan(20);
  });

  it('rethrows a source error after the items read before it', async () => {
    async function* failing() {
      yield 1;
      yield 2;
      throw new Error('source broke');
    }
    const out: number[] = [];
    await expect(async () => {
      for await (const x of orderedMap(failing(), async (i) => (await sleep(5), i), 4)) out.push(x);
    }).rejects.toThrow('source broke');
    expect(out).toEqual([1, 2]);
  });
});
