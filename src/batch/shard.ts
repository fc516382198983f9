/**
 * `zhnews batch --shard i/n`: a deterministic split of the inputs among n independent runs
 * (Kubernetes indexed jobs, Slurm arrays, `xargs -P` over machines). Whole files are dealt out,
 * so each run reads only its own share, balanced by size.
 */
import { InputError } from './discover.js';

/** Which of how many shards a run is: `index` from 0 to `count - 1`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** A `--shard` value that is not `i/n` with 0 ≤ i < n. */
export class ShardError extends Error {
  override readonly name = 'ShardError';
}

/**
 * Parses `i/n`: the zero-based index of this run (as Kubernetes' `JOB_COMPLETION_INDEX`) and
 * the number of runs.
 *
 * @example
 * parseShard('0/4') //=> { index: 0, count: 4 }
 * parseShard('4/4') // throws ShardError: i goes from 0 to n-1
 */
export function parseShard(value: string): Shard {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value.trim());
  if (!m) throw new ShardError(`--shard takes i/n (this run's index from 0, and the number of runs), got ${value}`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1) throw new ShardError(`--shard ${value}: n must be at least 1`);
  if (index >= count) throw new ShardError(`--shard ${value}: i goes from 0 to ${count - 1} (zero-based, as JOB_COMPLETION_INDEX)`);
  return { index, count };
}

/** What a shard needs to know of an input. */
export interface ShardableInput {
  /** Stable name of the input (its id: the path relative to the directory argument). */
  readonly id: string;
  /** Size in bytes: the work it holds, roughly. */
  readonly size: number;
}

/**
 * The inputs of one shard, in their original order. Inputs are dealt largest first, each to
 * the shard with the fewest bytes so far (ties: lowest index; equal sizes in id order), so
 * every run with the same inputs computes the same split, every input lands in exactly one
 * shard, and the shards' bytes differ by at most the size of one input. With fewer inputs than shards
 * some shards are empty: split big files first (`split -n l/N` for JSON Lines).
 *
 * @example
 * const files = [{ id: 'a', size: 9 }, { id: 'b', size: 5 }, { id: 'c', size: 4 }];
 * selectShard(files, { index: 0, count: 2 }).map((f) => f.id) //=> ['a']
 * selectShard(files, { index: 1, count: 2 }).map((f) => f.id) //=> ['b', 'c']
 */
export function selectShard<T extends ShardableInput>(inputs: readonly T[], shard: Shard): T[] {
  const order = inputs
    .map((input, position) => ({ input, position }))
    .sort((a, b) => b.input.size - a.input.size || (a.input.id < b.input.id ? -1 : a.input.id > b.input.id ? 1 : a.position - b.position));
  const load = new Array<number>(shard.count).fill(0);
  const mine = new Set<number>();
  for (const { input, position } of order) {
    let target = 0;
    for (let s = 1; s < shard.count; s++) if (load[s]! < load[target]!) target = s;
    load[target]! += input.size;
    if (target === shard.index) mine.add(position);
  }
  return inputs.filter((_, position) => mine.has(position));
}

/**
 * The discovered inputs of one shard (see {@link selectShard}); inputs without a size (a file
 * that could not be read) weigh nothing. Throws an {@link InputError} for standard input,
 * which every run would read whole.
 *
 * @example
 * const mine = shardSources(await discoverInputs(['archive/']), parseShard('1/4'));
 */
export function shardSources<T extends { readonly kind: string; readonly id: string; readonly size?: number }>(sources: readonly T[], shard: Shard): T[] {
  if (sources.some((s) => s.kind === 'stdin')) throw new InputError('standard input (-) cannot be split with --shard: every run would read all of it');
  return selectShard(
    sources.map((source) => ({ id: source.id, size: source.size ?? 0, source })),
    shard,
  ).map((s) => s.source);
}
