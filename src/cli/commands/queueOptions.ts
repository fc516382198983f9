/**
 * Options shared by `zhnews queue …` and `zhnews worker`: where the queue is, and turning the
 * queue's own errors into usage errors (exit status 1 with the message).
 */
import { Option } from 'commander';
import { InputError } from '../../batch/discover.js';
import { QueueConnectionError, redisUrl } from '../../queue/connection.js';
import { MissingQueuePackageError } from '../../queue/libraries.js';
import { checkQueueName, DEFAULT_QUEUE, QueueNameError } from '../../queue/open.js';
import { UsageError } from '../usageError.js';

/** The `--redis` and `--queue` flags as given. */
export interface QueueFlags {
  redis?: string;
  queue: string;
}

/** `--redis <url>` and `--queue <name>`. */
export function queueLocationOptions(): Option[] {
  return [
    new Option('--redis <url>', 'Redis URL (default: $ZHNEWS_REDIS_URL, else redis://127.0.0.1:6379)'),
    new Option('--queue <name>', 'queue name').default(DEFAULT_QUEUE),
  ];
}

/**
 * The Redis URL and queue name of the flags, checked.
 *
 * @example
 * queueLocation({ queue: 'news' }) //=> { url: 'redis://127.0.0.1:6379', name: 'news' }
 */
export function queueLocation(flags: QueueFlags): { url: string; name: string } {
  return asUsageError(() => ({ url: redisUrl(flags.redis), name: checkQueueName(flags.queue) }));
}

function isUsage(error: unknown): error is Error {
  return (
    error instanceof InputError ||
    error instanceof QueueConnectionError ||
    error instanceof QueueNameError ||
    error instanceof MissingQueuePackageError
  );
}

/** Runs `fn`, turning the queue's errors about how it was called into usage errors. */
export function asUsageError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (isUsage(error)) throw new UsageError(error.message);
    throw error;
  }
}

/** {@link asUsageError} for async work. */
export async function asUsageErrorAsync<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isUsage(error)) throw new UsageError(error.message);
    throw error;
  }
}
