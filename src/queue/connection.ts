/**
 * Redis connections for the queue: one URL (`redis://[user:password@]host:port[/db]`, or
 * `rediss://` for TLS), checked up front so that a wrong address fails in seconds with a
 * clear message instead of retrying for ever.
 */
import type { Redis as IORedis } from 'ioredis';
import { loadQueueLibraries } from './libraries.js';

/** Redis could not be reached or the URL is not a Redis URL. */
export class QueueConnectionError extends Error {
  override readonly name = 'QueueConnectionError';
}

/** The URL used when neither `--redis` nor `ZHNEWS_REDIS_URL` is given. */
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * The Redis URL to use: the flag, else `ZHNEWS_REDIS_URL`, else {@link DEFAULT_REDIS_URL}.
 * Throws {@link QueueConnectionError} for anything that is not a `redis:` or `rediss:` URL.
 *
 * @example
 * redisUrl(undefined, {}) //=> 'redis://127.0.0.1:6379'
 * redisUrl('redis://queue.lan:6380/2', {}) //=> 'redis://queue.lan:6380/2'
 */
export function redisUrl(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const url = flag ?? env.ZHNEWS_REDIS_URL ?? DEFAULT_REDIS_URL;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new QueueConnectionError(`not a Redis URL: ${url} (expected redis://host:port)`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new QueueConnectionError(`not a Redis URL: ${url} (expected redis://host:port)`);
  }
  return url;
}

/** The URL without its password, for messages. */
export function safeUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/**
 * Opens a connection and waits until Redis answers. A short-lived command gives up after a
 * few attempts; a worker (`persistent`) keeps reconnecting after the first success, so that a
 * Redis restart pauses it instead of killing it.
 *
 * @example
 * const redis = await connectRedis('redis://127.0.0.1:6379', { persistent: false });
 * await redis.ping(); //=> 'PONG'
 * redis.disconnect();
 */
export async function connectRedis(url: string, options: { readonly persistent: boolean }): Promise<IORedis> {
  const { Redis } = await loadQueueLibraries();
  let connected = false;
  const client = new Redis(url, {
    lazyConnect: true,
    // BullMQ's blocking commands need this; the retry strategy decides when to give up
    maxRetriesPerRequest: null,
    connectTimeout: 5000,
    retryStrategy: (times) => (connected && options.persistent ? Math.min(times * 200, 2000) : times > 3 ? null : 250),
  });
  // errors are reported through the failed connect or the failed command; this keeps them from crashing the process
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    client.disconnect();
    throw new QueueConnectionError(`cannot reach Redis at ${safeUrl(url)}: ${(error as Error).message}`);
  }
  connected = true;
  return client;
}
