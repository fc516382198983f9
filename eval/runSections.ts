import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './shared.js';

/**
 * Runs every `<folder>/*<suffix>` module in name order (each exports `run(): Promise<void>` and
 * prints its own section). Command-line words pick sections by name: `npm run eval -- numbers`.
 */
export async function runSections(folder: string, suffix: string, only: readonly string[]): Promise<void> {
  const dir = join(repoRoot, folder);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  for (const file of files) {
    console.log(`\n## ${file.slice(0, -suffix.length)}\n`);
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<void> };
    await mod.run();
  }
}
