import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, sharedPath } from './shared.js';

/**
 * Runs every `<folder>/*<suffix>` module in name order (each exports `run(): Promise<void>` and
 * prints its own section). Command-line words pick sections by name: `npm run eval -- numbers`.
 *
 * Figures from a partial run would read as figures, so the runner refuses to start (one line on
 * standard error, exit status 1) when the shared data folder is missing or a word names no
 * section, instead of printing sections that all say "skipped".
 */
export async function runSections(folder: string, suffix: string, only: readonly string[]): Promise<void> {
  const shared = sharedPath();
  if (!existsSync(shared)) {
    fail(
      `${shared} is missing: clone the shared data folder beside the checkout or set ZHNEWS_SHARED (see docs/measurements.md)`,
    );
    return;
  }
  const dir = join(repoRoot, folder);
  const all = readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort();
  const unknown = only.filter((o) => !all.some((f) => f.includes(o)));
  if (unknown.length > 0) {
    const names = all.map((f) => f.slice(0, -suffix.length)).join(', ');
    fail(`no ${folder} section named ${unknown.join(', ')} (sections: ${names})`);
    return;
  }
  const files = all.filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
  for (const file of files) {
    console.log(`\n## ${file.slice(0, -suffix.length)}\n`);
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<void> };
    await mod.run();
  }
}

function fail(message: string): void {
  process.stderr.write(`zhnews ${process.env.npm_lifecycle_event ?? 'eval'}: ${message}\n`);
  process.exitCode = 1;
}
