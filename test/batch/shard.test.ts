import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShard, selectShard } from '../../src/batch/shard.js';

describe('parseShard', () => {
  it.each([
    ['0/1', { index: 0, count: 1 }],
    ['0/4', { index: 0, count: 4 }],
    ['3/4', { index: 3, count: 4 }],
    [' 2/3 ', { index: 2, count: 3 }],
  ])('%j → %j', (value, shard) => {
    expect(parseShard(value)).toEqual(shard);
  });

  it.each([
    ['4/4', /i goes from 0 to 3/],
    ['1/0', /n must be at least 1/],
    ['1', /takes i\/n/],
    ['-1/4', /takes i\/n/],
    ['1.5/4', /takes i\/n/],
    ['a/b', /takes i\/n/],
    ['', /takes i\/n/],
  ])('rejects %j', (value, message) => {
    expect(() => parseShard(value)).toThrow(message);
  });
});

const ids = (files: readonly { id: string }[]) => files.map((f) => f.id);

describe('selectShard', () => {
  const files = [
    { id: 'a.jsonl', size: 900 },
    { id: 'b.jsonl', size: 500 },
    { id: 'c.txt', size: 400 },
    { id: 'd.txt', size: 100 },
  ];

  it('deals files largest first to the lightest shard, keeping input order within a shard', () => {
    expect(ids(selectShard(files, { index: 0, count: 2 }))).toEqual(['a.jsonl', 'd.txt']);
    expect(ids(selectShard(files, { index: 1, count: 2 }))).toEqual(['b.jsonl', 'c.txt']);
  });

  it('gives everything to the only shard, and nothing to shards beyond the files', () => {
    expect(ids(selectShard(files, { index: 0, count: 1 }))).toEqual(ids(files));
    expect(ids(selectShard(files, { index: 5, count: 6 }))).toEqual([]);
  });

  it('splits equal sizes by id, whatever order the inputs come in', () => {
    const same = [{ id: 'y', size: 1 }, { id: 'x', size: 1 }, { id: 'z', size: 1 }];
    expect(ids(selectShard(same, { index: 0, count: 2 }))).toEqual(['x', 'z']);
    expect(ids(selectShard([...same].reverse(), { index: 0, count: 2 }))).toEqual(['z', 'x']);
  });

  it('puts every input in exactly one shard, balanced within one input (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 10_000 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        (sizes, count) => {
          const inputs = sizes.map((size, i) => ({ id: `f${i}`, size }));
          const shards = Array.from({ length: count }, (_, index) => selectShard(inputs, { index, count }));
          expect(shards.flat().map((f) => f.id).sort()).toEqual(inputs.map((f) => f.id).sort());
          const loads = shards.map((s) => s.reduce((n, f) => n + f.size, 0));
          expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(Math.max(0, ...sizes));
        },
      ),
    );
  });
});
