import type { Command } from 'commander';
import { jsonChunks } from '../../io/jsonChunks.js';
import { addDocumentFlags, analyzeDocumentFile, type DocumentFlags } from '../documentFlags.js';
import { writeChunks } from '../output.js';
import { dictOption } from './dict/options.js';

interface AnalyzeFlags extends DocumentFlags {
  readonly pretty?: boolean;
  readonly dict: string[];
}

/**
 * `zhnews analyze <file|->`: prints one document's analysis as JSON, streamed piece by piece so
 * that a very large document never becomes one giant string.
 *
 * @example
 * // zhnews analyze news.txt --date 2020-04-14 --pretty
 */
export function registerAnalyze(program: Command): void {
  const command = program
    .command('analyze')
    .description('analyse one document and print the analysis as JSON')
    .argument('<file>', "a text file (UTF-8, GB18030 or UTF-16), or '-' for standard input")
    .option('--pretty', 'indent the JSON for people')
    .option('--id <id>', 'document id to echo in the output');
  addDocumentFlags(command)
    .addOption(dictOption())
    .action(async (file: string, flags: AnalyzeFlags) => {
      const doc = await analyzeDocumentFile(file, flags);
      await writeChunks(process.stdout, jsonChunks(doc, flags.pretty ? 2 : 0), '\n');
    });
}
