import type { Command } from 'commander';
import { createAnalyzer } from '../../pipeline/createAnalyzer.js';
import type { SegmenterChoice } from '../../segment/index.js';
import { readTextInput } from '../readInput.js';
import { dictAnalyzerOptions, dictOption } from './dict/options.js';
import { UsageError } from '../usageError.js';

const SEGMENTERS = ['auto', 'jieba', 'nodejieba', 'node-rs', 'none'];

interface AnalyzeFlags {
  pretty?: boolean;
  segmenter: string;
  date?: string;
  id?: string;
  dict: string[];
}

/** `zhnews analyze <file|->`: prints one document's analysis as JSON. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse one document and print the analysis as JSON')
    .argument('<file>', "a UTF-8 text file, or '-' for standard input")
    .option('--pretty', 'indent the JSON for people')
    .option('--segmenter <name>', `word segmenter: ${SEGMENTERS.join(', ')}`, 'auto')
    .option('--date <YYYY-MM-DD>', 'article date, to resolve 今年/去年')
    .option('--id <id>', 'document id to echo in the output')
    .addOption(dictOption())
    .action(async (file: string, flags: AnalyzeFlags) => {
      if (!SEGMENTERS.includes(flags.segmenter)) throw new UsageError(`--segmenter must be one of ${SEGMENTERS.join(', ')}`);
      const text = await readTextInput(file);
      const analyzer = await createAnalyzer({ segmenter: flags.segmenter as SegmenterChoice, ...dictAnalyzerOptions(flags.dict) });
      const doc = analyzer.analyze(text, {
        ...(flags.date !== undefined ? { date: flags.date } : {}),
        ...(flags.id !== undefined ? { id: flags.id } : {}),
      });
      process.stdout.write(`${JSON.stringify(doc, null, flags.pretty ? 2 : undefined)}\n`);
    });
}
