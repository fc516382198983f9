/**
 * `npm run eval`: runs every `eval/*.eval.ts` in name order. Each file exports
 * `run(): Promise<void>` and prints its own section; a missing ../shared is reported and skipped.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './shared.js';

const only = process.argv.slice(2);
const dir = join(repoRoot, 'eval');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.eval.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const file of files) {
  console.log(`\n## ${file.replace(/\.eval\.ts$/, '')}\n`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<void> };
  await mod.run();
}
