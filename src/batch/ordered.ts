/**
 * Ordered, bounded concurrency: maps an async source through an async function with at most
 * `window` items in flight or waiting, and yields the results in source order. Memory stays
 * bounded by `window` whatever the source length; a slow source never holds back results
 * that are ready.
 */

const noop = (): undefined => undefined;

/**
 * Maps `source` through `fn`, up to `window` at a time, yielding results in source order.
 * `stop()` is asked before every read: once true, nothing more is read and the items in
 * flight are still yielded. An error thrown by the source is rethrown after the items read
 * before it have been yielded.
 *
 * @example
 * for await (const r of orderedMap(lines, (l) => pool.run(task(l)), 16)) write(r);
 */
export async function* orderedMap<T, R>(
  source: AsyncIterable<T>,
  fn: (item: T) => Promise<R> | R,
  window: number,
  stop: () => boolean = () => false,
): AsyncGenerator<R> {
  const it = source[Symbol.asyncIterator]();
  const queue: Array<{ promise: Promise<R>; settled: boolean }> = [];
  let next = null as Promise<IteratorResult<T>> | null;
  let nextSettled = false as boolean;
  let done = false;
  let failure: { error: unknown } | null = null;
  const request = (): void => {
    nextSettled = false;
    next = it.next();
    next.then(
      () => (nextSettled = true),
      () => (nextSettled = true),
    );
  };
  const take = async (): Promise<void> => {
    const pending = next!;
    next = null;
    try {
      const r = await pending;
      if (r.done) done = true;
      else {
        const entry = { promise: Promise.resolve().then(() => fn(r.value)), settled: false };
        entry.promise.then(
          () => (entry.settled = true),
          () => (entry.settled = true),
        );
        queue.push(entry);
      }
    } catch (error) {
      done = true;
      failure = { error };
    }
  };
  try {
    for (;;) {
      const stopping = stop();
      if (!next && !done && !failure && queue.length < window && !stopping) request();
      const waiting = stopping ? null : next;
      if (queue.length === 0) {
        if (!waiting) break;
        await take();
        continue;
      }
      const head = queue[0]!;
      if (waiting && !head.settled) {
        // wait for whichever comes first: the next source item or the oldest result
        if (!nextSettled) await Promise.race([head.promise.catch(noop), waiting.catch(noop)]);
        if (nextSettled) {
          await take();
          continue;
        }
      } else if (waiting && nextSettled) {
        await take();
        continue;
      }
      queue.shift();
      yield await head.promise;
    }
  } finally {
    if (!done) void Promise.resolve(it.return?.()).catch(() => undefined);
  }
  if (failure) throw (failure as { error: unknown }).error;
}
