/** Output rounding shared by {@link parseNumber} and the extractor. */

/** Largest magnitude we report; anything beyond is "not parseable", never a guess. */
export const MAX_ABS = 1e21;

/**
 * Rounds to 12 significant digits, keeping safe integers exact (so that 16-digit integers
 * written in Chinese round-trip). Returns null for non-finite or too large values, so no
 * `NaN` or `Infinity` can reach the output.
 */
export function finish(x: number): number | null {
  if (!Number.isFinite(x) || Math.abs(x) >= MAX_ABS) return null;
  if (Number.isSafeInteger(x)) return x === 0 ? 0 : x;
  const r = Number(x.toPrecision(12));
  return r === 0 ? 0 : r;
}
