/**
 * The manifest: zhnews's own record, in Redis beside BullMQ's keys, of every job ever
 * enqueued, in input order, with its record range. BullMQ forgets completed jobs (their text
 * is freed); the manifest remembers them, so that adding an archive again adds nothing and
 * `collect` knows every document it must find.
 */
import type { Redis as IORedis } from 'ioredis';
import type { JobEntry } from './jobs.js';

/** The Redis keys of one queue's manifest. */
export interface ManifestKeys {
  /** Hash: job id → `{source, first, count}` JSON. */
  readonly jobs: string;
  /** Sorted set: job id scored by enqueue order. */
  readonly order: string;
  /** Counter of enqueue order. */
  readonly seq: string;
  /** Hash: absolute input path → chunk size it was split with. */
  readonly inputs: string;
  /** Set: ids of jobs whose output has been written. */
  readonly done: string;
  /** Hash of counters: documents, analysed, failed, stalled. */
  readonly counts: string;
}

/**
 * The manifest keys of a queue (`zhnews:<queue>:…`).
 *
 * @example
 * manifestKeys('news').order //=> 'zhnews:news:order'
 */
export function manifestKeys(queue: string): ManifestKeys {
  const k = (name: string): string => `zhnews:${queue}:${name}`;
  return { jobs: k('jobs'), order: k('order'), seq: k('seq'), inputs: k('inputs'), done: k('done'), counts: k('counts') };
}

// Registers a job once, atomically: a second `queue add` of the same input (or two at once)
// finds the id and changes nothing.
const REGISTER = `
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 1 then
  local seq = redis.call('INCR', KEYS[3])
  redis.call('ZADD', KEYS[2], seq, ARGV[1])
  redis.call('HINCRBY', KEYS[4], 'documents', tonumber(ARGV[3]))
  return 1
end
return 0`;

// Marks a job's output written once: a job run again after a crash counts once.
const MARK_DONE = `
if redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
  redis.call('HINCRBY', KEYS[2], 'analysed', tonumber(ARGV[2]))
  redis.call('HINCRBY', KEYS[2], 'failed', tonumber(ARGV[3]))
  return 1
end
return 0`;

/** Reads and writes one queue's manifest. */
export class Manifest {
  readonly keys: ManifestKeys;

  constructor(
    private readonly redis: IORedis,
    queue: string,
  ) {
    this.keys = manifestKeys(queue);
  }

  /** Which of these job ids are already registered, with their entries. */
  async existing(ids: readonly string[]): Promise<Map<string, JobEntry>> {
    const found = new Map<string, JobEntry>();
    if (ids.length === 0) return found;
    const values = await this.redis.hmget(this.keys.jobs, ...ids);
    values.forEach((value, i) => {
      if (value !== null) found.set(ids[i]!, { id: ids[i]!, ...(JSON.parse(value) as Omit<JobEntry, 'id'>) });
    });
    return found;
  }

  /** Registers jobs (already on the BullMQ queue) in order; returns how many were new. */
  async register(entries: readonly JobEntry[]): Promise<number> {
    if (entries.length === 0) return 0;
    const pipeline = this.redis.pipeline();
    for (const e of entries) {
      const meta = JSON.stringify({ source: e.source, first: e.first, count: e.count });
      pipeline.eval(REGISTER, 4, this.keys.jobs, this.keys.order, this.keys.seq, this.keys.counts, e.id, meta, e.count);
    }
    const results = (await pipeline.exec()) ?? [];
    let added = 0;
    for (const [error, value] of results) {
      if (error) throw error;
      added += Number(value);
    }
    return added;
  }

  /**
   * Remembers the chunk size an input was split with; returns the size it was first added
   * with (a different size would give different job ids and enqueue its documents twice).
   */
  async chunkFor(absolutePath: string, chunk: number): Promise<number> {
    await this.redis.hsetnx(this.keys.inputs, absolutePath, String(chunk));
    return Number(await this.redis.hget(this.keys.inputs, absolutePath));
  }

  /** Records that a job's output files are written, with its document outcomes. */
  async markDone(id: string, analysed: number, failed: number): Promise<boolean> {
    return (await this.redis.eval(MARK_DONE, 2, this.keys.done, this.keys.counts, id, analysed, failed)) === 1;
  }

  /** Counts one job taken back from a worker that stopped answering. */
  async countStalled(): Promise<void> {
    await this.redis.hincrby(this.keys.counts, 'stalled', 1);
  }

  /** The counters and sizes for `status`. */
  async summary(): Promise<{ jobs: number; done: number; documents: number; analysed: number; failed: number; stalled: number }> {
    const [jobs, done, counts] = await Promise.all([
      this.redis.zcard(this.keys.order),
      this.redis.scard(this.keys.done),
      this.redis.hgetall(this.keys.counts),
    ]);
    const n = (name: string): number => Number(counts[name] ?? 0);
    return { jobs, done, documents: n('documents'), analysed: n('analysed'), failed: n('failed'), stalled: n('stalled') };
  }

  /** Every registered job in enqueue order, read in pages. */
  async *entries(pageSize = 1000): AsyncGenerator<JobEntry> {
    for (let start = 0; ; start += pageSize) {
      const ids = await this.redis.zrange(this.keys.order, start, start + pageSize - 1);
      if (ids.length === 0) return;
      const entries = await this.existing(ids);
      for (const id of ids) {
        const entry = entries.get(id);
        if (entry) yield entry;
      }
      if (ids.length < pageSize) return;
    }
  }

  /** Deletes the manifest (the queue itself is removed separately). */
  async remove(): Promise<void> {
    const k = this.keys;
    await this.redis.del(k.jobs, k.order, k.seq, k.inputs, k.done, k.counts);
  }
}
