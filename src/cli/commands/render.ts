import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { sameFile } from '../../io/sameFile.js';
import { renderHtml } from '../../render/index.js';
import { addDocumentFlags, analyzeDocumentFile, type DocumentFlags } from '../documentFlags.js';
import { writeChunks } from '../output.js';
import { UsageError } from '../usageError.js';
import { dictOption } from './dict/options.js';

/** The parsed flags of `zhnews render`. */
export interface RenderFlags extends DocumentFlags {
  readonly output?: string;
  readonly title?: string;
  readonly dict: string[];
}

/**
 * `zhnews render <file|->`: analyses one document and writes it as a self-contained HTML page
 * (to `-o FILE`, else standard output). An output that is the input file is refused before
 * anything is written.
 *
 * @example
 * import { Command } from 'commander';
 * const program = new Command('zhnews');
 * registerRender(program);
 * await program.parseAsync(['node', 'zhnews', 'render', 'news.txt', '-o', 'news.html', '--date', '2020-04-14']);
 */
export function registerRender(program: Command): void {
  const command = program
    .command('render')
    .description('analyse one document and draw it as a self-contained HTML page')
    .argument('<file>', "a text file (UTF-8, GB18030 or UTF-16), or '-' for standard input")
    .option('-o, --output <file>', "write the page to this file instead of standard output ('-' for standard output)")
    .option('--id <id>', 'document id, shown on the page');
  addDocumentFlags(command)
    .addOption(dictOption())
    .option('--title <text>', 'page title (default: the id, else the first line of the text)')
    .action(async (file: string, flags: RenderFlags) => {
      const toFile = flags.output !== undefined && flags.output !== '-';
      if (toFile && file !== '-' && sameFile(file, flags.output!)) {
        throw new UsageError(`-o ${flags.output} is the input file; choose another output (the input is left as it is)`);
      }
      const doc = await analyzeDocumentFile(file, flags);
      const html = renderHtml(doc, flags.title !== undefined ? { title: flags.title } : {});
      if (!toFile) await writeChunks(process.stdout, [html]);
      else await writeFile(flags.output!, html, 'utf8');
    });
}
