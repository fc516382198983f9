import type { Command } from 'commander';
import { dictionaryStats } from '../../../dictionary/index.js';
import { UsageError } from '../../usageError.js';
import { checkFiles } from './files.js';

/**
 * Registers `zhnews dict stats <files...>`: entries by type and subtype, aliases, the longest names.
 *
 * @example
 * registerStats(program.command('dict'));
 */
export function registerStats(dict: Command): void {
  dict
    .command('stats')
    .description('count entries by type and subtype, aliases, and the longest names')
    .argument('<files...>', 'dictionary TSV files')
    .option('--json', 'print the figures as JSON')
    .option('--longest <n>', 'how many of the longest names to list', '5')
    .action((files: string[], flags: { json?: boolean; longest: string }) => {
      if (!/^\d+$/.test(flags.longest)) throw new UsageError('--longest must be a whole number');
      const { entries, diagnostics } = checkFiles(files);
      const stats = dictionaryStats(entries, Number(flags.longest));
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ files, errors, ...stats }, null, 2)}\n`);
        return;
      }
      const lines = [
        `files: ${files.join(', ')}`,
        `rows: ${stats.rows} (${stats.names} distinct names)${errors > 0 ? `; ${errors} rows with errors left out (run dict validate)` : ''}`,
        `enterprise: ${stats.byType.enterprise}   institution: ${stats.byType.institution}`,
        ...stats.bySubtype.map((s) => `  ${`${s.type}/${s.subtype}`.padEnd(28)} ${String(s.count).padStart(9)}`),
        `aliases: ${stats.aliases} on ${stats.rowsWithAliases} rows; ids on ${stats.withId} rows`,
        `mean name length: ${stats.meanNameLength.toFixed(1)} characters`,
        'longest names:',
        ...stats.longest.map((l) => `  ${String(l.length).padStart(3)}  ${l.name}  (${l.file}:${l.line})`),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
