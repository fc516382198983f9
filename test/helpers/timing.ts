/**
 * The shortest of `runs` timings of `fn`, in milliseconds. Growth tests compare two such figures
 * for different input sizes in one process, never a duration against a limit; taking the
 * minimum keeps a busy machine from inflating one side only.
 */
export function best(fn: () => unknown, runs = 5): number {
  let min = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}
