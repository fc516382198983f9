/**
 * The queue's optional packages, loaded on first use: `bullmq` and its Redis client `ioredis`
 * are optional peer dependencies, so that `npm install zhnews` stays small for everyone who
 * never runs a distributed queue.
 */
import type * as BullMQ from 'bullmq';
import type { Redis } from 'ioredis';

/** The queue commands were used without the optional packages installed. */
export class MissingQueuePackageError extends Error {
  override readonly name = 'MissingQueuePackageError';
}

/** The loaded modules. */
export interface QueueLibraries {
  readonly bullmq: typeof BullMQ;
  readonly Redis: typeof Redis;
}

let loaded: Promise<QueueLibraries> | null = null;

/** Imports an optional package, or throws {@link MissingQueuePackageError} naming it. */
export async function importOptional<T>(name: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new MissingQueuePackageError(
        `the queue needs the optional package "${name}", which is not installed; run: npm install bullmq ioredis`,
      );
    }
    throw error;
  }
}

/**
 * Loads `bullmq` and `ioredis`, or throws {@link MissingQueuePackageError} naming the package
 * that is missing and the command that installs it.
 *
 * @example
 * const { bullmq, Redis } = await loadQueueLibraries();
 * const queue = new bullmq.Queue('zhnews', { connection: new Redis('redis://127.0.0.1:6379') });
 */
export function loadQueueLibraries(): Promise<QueueLibraries> {
  loaded ??= (async () => {
    // the specifiers are variables so that bundlers leave these imports to run time
    const bullmqName = 'bullmq';
    const ioredisName = 'ioredis';
    const bullmq = await importOptional<typeof BullMQ>(bullmqName);
    const ioredis = await importOptional<{ Redis?: typeof Redis; default: typeof Redis }>(ioredisName);
    return { bullmq, Redis: ioredis.Redis ?? ioredis.default };
  })();
  loaded.catch(() => (loaded = null));
  return loaded;
}
