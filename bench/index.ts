/**
 * `npm run bench`: runs every `bench/*.bench.ts` in name order. Each file exports
 * `run(): Promise<void>` and prints its own section; a missing ../shared is reported and skipped.
 */
import { runSections } from '../eval/runSections.js';

await runSections('bench', '.bench.ts', process.argv.slice(2));
