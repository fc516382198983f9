import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the repository (the folder holding package.json). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the shared data folder is expected: `../shared` beside the checkout, or ZHNEWS_SHARED. */
export function sharedPath(): string {
  return process.env.ZHNEWS_SHARED ?? join(repoRoot, '..', 'shared');
}

/**
 * The shared data folder, or null with a printed notice when it is missing. The section runner
 * refuses to start without it, so this null is only seen when a section module is run alone.
 */
export function sharedDir(): string | null {
  const dir = sharedPath();
  if (!existsSync(dir)) {
    console.log(`(skipped: ${dir} is missing; set ZHNEWS_SHARED to the shared data folder)`);
    return null;
  }
  return dir;
}

/** Formats a ratio in [0, 1] with three decimals. */
export function fmt(x: number): string {
  return Number.isFinite(x) ? x.toFixed(3) : 'n/a';
}

/** Precision, recall and F1 from counts. */
export function prf(tp: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted === 0 ? 0 : tp / predicted;
  const r = gold === 0 ? 0 : tp / gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}
