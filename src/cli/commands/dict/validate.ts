import type { Command } from 'commander';
import { formatDiagnostic } from '../../../dictionary/index.js';
import { checkFiles } from './files.js';

/**
 * Registers `zhnews dict validate <files...>`: every problem as file:line: reason; exit 1 on any error.
 *
 * @example
 * registerValidate(program.command('dict'));
 */
export function registerValidate(dict: Command): void {
  dict
    .command('validate')
    .description('check dictionary files; prints every problem as file:line: reason; exit 1 on any error')
    .argument('<files...>', 'dictionary TSV files, in layer order')
    .option('--quiet', 'print errors only, not warnings')
    .action((files: string[], flags: { quiet?: boolean }) => {
      const { entries, diagnostics } = checkFiles(files);
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      const warnings = diagnostics.length - errors;
      for (const d of diagnostics) if (!(flags.quiet && d.severity === 'warning')) process.stdout.write(`${formatDiagnostic(d)}\n`);
      process.stderr.write(
        `${files.length} file${files.length === 1 ? '' : 's'}, ${entries.length} valid rows: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`,
      );
      process.exitCode = errors > 0 ? 1 : 0;
    });
}
