/**
 * `npm run eval`: runs every `eval/*.eval.ts` in name order. Each file exports
 * `run(): Promise<void>` and prints its own section; a missing ../shared is reported and skipped.
 */
import { runSections } from './runSections.js';

await runSections('eval', '.eval.ts', process.argv.slice(2));
