/**
 * Opening a named queue: one Redis connection shared by the BullMQ queue and the manifest.
 */
import type { Queue } from 'bullmq';
import type { Redis as IORedis } from 'ioredis';
import { connectRedis } from './connection.js';
import { loadQueueLibraries } from './libraries.js';
import { Manifest } from './manifest.js';
import type { JobData } from './jobs.js';

/** The queue name used when none is given. */
export const DEFAULT_QUEUE = 'zhnews';

/** A queue name that Redis keys cannot hold. */
export class QueueNameError extends Error {
  override readonly name = 'QueueNameError';
}

/**
 * Checks a queue name: letters, digits, `.`, `_` and `-` (BullMQ reserves `:`).
 *
 * @example
 * checkQueueName('news-2020') //=> 'news-2020'
 * checkQueueName('a:b') // throws QueueNameError
 */
export function checkQueueName(name: string): string {
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(name)) {
    throw new QueueNameError(`queue names use letters, digits, '.', '_' and '-' (at most 100), got ${JSON.stringify(name)}`);
  }
  return name;
}

/** An open queue. */
export interface OpenQueue {
  readonly name: string;
  readonly redis: IORedis;
  readonly queue: Queue<JobData>;
  readonly manifest: Manifest;
  close(): Promise<void>;
}

/**
 * Connects to Redis and opens the queue and its manifest.
 *
 * @example
 * const q = await openQueue('redis://127.0.0.1:6379', 'zhnews', { persistent: false });
 * console.log(await q.queue.getJobCounts());
 * await q.close();
 */
export async function openQueue(url: string, name: string, options: { readonly persistent: boolean }): Promise<OpenQueue> {
  checkQueueName(name);
  const { bullmq } = await loadQueueLibraries();
  const redis = await connectRedis(url, options);
  const queue = new bullmq.Queue<JobData>(name, { connection: redis });
  queue.on('error', () => undefined); // reported by the failing call
  return {
    name,
    redis,
    queue,
    manifest: new Manifest(redis, name),
    async close() {
      await queue.close();
      redis.disconnect();
    },
  };
}
