import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { createAnalyzer, type AnalyzerOptions } from '../../pipeline/createAnalyzer.js';
import { renderHtml } from '../../render/index.js';
import type { SegmenterChoice } from '../../segment/index.js';
import { readTextInput } from '../readInput.js';
import { UsageError } from '../usageError.js';
import { dictAnalyzerOptions, dictOption } from './dict/options.js';

const SEGMENTERS = ['auto', 'jieba', 'nodejieba', 'node-rs', 'none'];

/** The parsed flags of `zhnews render`. */
export interface RenderFlags {
  output?: string;
  segmenter: string;
  date?: string;
  id?: string;
  title?: string;
  dict: string[];
}

/**
 * The analyzer options the flags ask for: every analyzer flag of the command is mapped here.
 *
 * @example
 * analyzerOptions({ segmenter: 'node-rs', dict: ['my-orgs.tsv'] }) //=> { segmenter: 'node-rs', dictionaries: ['my-orgs.tsv'] }
 */
export function analyzerOptions(flags: RenderFlags): AnalyzerOptions {
  if (!SEGMENTERS.includes(flags.segmenter)) throw new UsageError(`--segmenter must be one of ${SEGMENTERS.join(', ')}`);
  return {
    segmenter: flags.segmenter as SegmenterChoice,
    ...dictAnalyzerOptions(flags.dict),
  };
}

/**
 * `zhnews render <file|->`: analyses one document and writes it as a self-contained HTML page
 * (to `-o FILE`, else standard output).
 *
 * @example
 * import { Command } from 'commander';
 * const program = new Command('zhnews');
 * registerRender(program);
 * await program.parseAsync(['node', 'zhnews', 'render', 'news.txt', '-o', 'news.html', '--date', '2020-04-14']);
 */
export function registerRender(program: Command): void {
  program
    .command('render')
    .description('analyse one document and draw it as a self-contained HTML page')
    .argument('<file>', "a UTF-8 text file, or '-' for standard input")
    .option('-o, --output <file>', "write the page to this file instead of standard output ('-' for standard output)")
    .option('--segmenter <name>', `word segmenter: ${SEGMENTERS.join(', ')}`, 'auto')
    .option('--date <YYYY-MM-DD>', 'article date, to resolve 今年/去年')
    .option('--id <id>', 'document id, shown on the page')
    .addOption(dictOption())
    .option('--title <text>', 'page title (default: the id, else the first line of the text)')
    .action(async (file: string, flags: RenderFlags) => {
      const options = analyzerOptions(flags);
      const text = await readTextInput(file);
      const analyzer = await createAnalyzer(options);
      const doc = analyzer.analyze(text, {
        ...(flags.date !== undefined ? { date: flags.date } : {}),
        ...(flags.id !== undefined ? { id: flags.id } : {}),
      });
      const html = renderHtml(doc, flags.title !== undefined ? { title: flags.title } : {});
      if (flags.output === undefined || flags.output === '-') process.stdout.write(html);
      else await writeFile(flags.output, html, 'utf8');
    });
}
