import { Option, type Command } from 'commander';
import { formatDiagnostic, formatDictionary, importNames, parseEntityDictionary, validateEntries } from '../../../dictionary/index.js';
import { visibleControls } from '../../../dictionary/types.js';
import { UsageError } from '../../usageError.js';
import { checkType, readText, writeAtomic } from './files.js';

const FORMATS = ['jieba', 'csv', 'txt'] as const;

/**
 * Registers `zhnews dict import --from jieba|csv|txt <file>`: converts a name list into a dictionary TSV.
 *
 * @example
 * registerImport(program.command('dict'));
 */
export function registerImport(dict: Command): void {
  dict
    .command('import')
    .description('convert a jieba user dictionary, a CSV export or a plain name list into a dictionary TSV')
    .addOption(new Option('--from <format>', 'source format').choices([...FORMATS]).makeOptionMandatory())
    .argument('<file>', 'the source file')
    .option('-o, --output <file>', "write the TSV here (default or '-': standard output)")
    .option('--type <type>', 'type of lines that do not say: enterprise (default) or institution')
    .option('--subtype <subtype>', 'subtype of lines that do not say (default company / public)')
    .option('--name-column <name>', 'CSV: column of the names')
    .option('--alias-column <name>', 'CSV: column of aliases (separated by | ; 、)')
    .option('--id-column <name>', 'CSV: column of ids')
    .option('--delimiter <char>', 'CSV: field separator (default , or tab)')
    .option('--encoding <name>', 'source encoding: auto (UTF-8, else GB18030), utf8, gb18030 …', 'auto')
    .addHelpText(
      'after',
      `
jieba lines are "word [freq] [tag]": tag nt becomes an institution (HanLP's ntc/ntcb/nto/ntu/
nts/nth give company/bank/government/university/school/hospital); lines without a tag take
--type/--subtype; other tags (nr, ns, n …) are skipped. A CSV may also have type, subtype,
aliases (简称, 别名) and id (统一社会信用代码) columns. Names are width-folded; a name seen
twice is written once. Skipped lines are listed on standard error.`,
    )
    .action(
      (
        file: string,
        flags: {
          from: (typeof FORMATS)[number];
          output?: string;
          type?: string;
          subtype?: string;
          nameColumn?: string;
          aliasColumn?: string;
          idColumn?: string;
          delimiter?: string;
          encoding: string;
        },
      ) => {
        const type = checkType(flags.type);
        if (flags.delimiter !== undefined && flags.delimiter.length !== 1 && flags.delimiter !== '\\t') throw new UsageError('--delimiter must be one character');
        const text = readText(file, flags.encoding);
        let result: ReturnType<typeof importNames>;
        try {
          result = importNames(text, {
            from: flags.from,
            ...(type !== undefined ? { type } : {}),
            ...(flags.subtype !== undefined ? { subtype: flags.subtype } : {}),
            ...(flags.nameColumn !== undefined ? { nameColumn: flags.nameColumn } : {}),
            ...(flags.aliasColumn !== undefined ? { aliasColumn: flags.aliasColumn } : {}),
            ...(flags.idColumn !== undefined ? { idColumn: flags.idColumn } : {}),
            ...(flags.delimiter !== undefined ? { delimiter: flags.delimiter === '\\t' ? '\t' : flags.delimiter } : {}),
          });
        } catch (error) {
          if (error instanceof TypeError) throw new UsageError(error.message);
          throw error;
        }
        const out = formatDictionary(result.entries, [`imported by zhnews dict import --from ${flags.from} from ${file}`]);
        // the output must validate: report anything that would not (an alias claimed twice …)
        const label = flags.output && flags.output !== '-' ? flags.output : '<output>';
        const parsed = parseEntityDictionary(out, label);
        for (const d of [...parsed.diagnostics, ...validateEntries(parsed.entries)]) process.stderr.write(`${formatDiagnostic(d)}\n`);
        for (const s of result.skipped.slice(0, 20)) process.stderr.write(`${visibleControls(`${file}:${s.line}: skipped: ${s.reason}`)}\n`);
        if (result.skipped.length > 20) process.stderr.write(`… and ${result.skipped.length - 20} more skipped lines\n`);
        if (flags.output === undefined || flags.output === '-') process.stdout.write(out);
        else writeAtomic(flags.output, out);
        process.stderr.write(`imported ${result.entries.length} entries, skipped ${result.skipped.length} lines\n`);
      },
    );
}
