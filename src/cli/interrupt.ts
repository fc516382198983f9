/**
 * Ctrl-C for long-running commands: the first signal asks the run to finish what it holds
 * (through an AbortSignal), the second ends the process at once with status 130.
 */

/** A listener installed by {@link onInterrupt}. */
export interface Interrupt {
  /** Aborted on the first signal. */
  readonly signal: AbortSignal;
  /** Whether a signal came. */
  interrupted(): boolean;
  /** Removes the listeners. */
  dispose(): void;
}

/**
 * Listens for `signals`, printing `message` on the first.
 *
 * @example
 * const interrupt = onInterrupt('zhnews: interrupted; finishing the documents in flight');
 * try { await run({ signal: interrupt.signal }); } finally { interrupt.dispose(); }
 */
export function onInterrupt(message: string, signals: readonly NodeJS.Signals[] = ['SIGINT']): Interrupt {
  const controller = new AbortController();
  let count = 0;
  const listener = (): void => {
    if (++count > 1) process.exit(130);
    process.stderr.write(`\n${message} (Ctrl-C again to stop now)\n`);
    controller.abort();
  };
  for (const s of signals) process.on(s, listener);
  return {
    signal: controller.signal,
    interrupted: () => count > 0,
    dispose: () => {
      for (const s of signals) process.off(s, listener);
    },
  };
}
