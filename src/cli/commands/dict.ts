import { Option, type Command } from 'commander';
import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { EntityType } from '../../core/types.js';
import {
  DictionaryError,
  KNOWN_SUBTYPES,
  declaredSubtypes,
  dictionaryStats,
  formatDiagnostic,
  formatDictionary,
  importNames,
  loadDictionaryLayer,
  parseEntityDictionary,
  validateEntries,
  validateLayer,
  type DictionaryDiagnostic,
  type ParsedEntry,
} from '../../entities/index.js';
import { foldWidth } from '../../normalize/foldWidth.js';
import { UsageError } from '../usageError.js';

/**
 * Commander argument parser that collects a repeatable option into an array
 * (`--dict a.tsv --dict b.tsv` → `['a.tsv', 'b.tsv']`).
 *
 * @example
 * program.option('--dict <file>', 'user dictionary', collect, []);
 */
export function collect(value: string, previous: readonly string[] = []): string[] {
  return [...previous, value];
}

/**
 * The `--dict <file>` option (repeatable; later files win over earlier ones and the built-ins),
 * for any command that creates analyzers.
 *
 * @example
 * program.command('batch').addOption(dictOption());
 */
export function dictOption(): Option {
  return new Option('--dict <file>', 'user dictionary TSV of organisations (repeatable; later files win; see dict/README.md)')
    .argParser(collect)
    .default([]);
}

/**
 * Analyzer options for the `--dict` files of a command: `{ dictionaries }`, or `{}` without
 * files. The files are checked and compiled here, once, before any worker starts: a bad file
 * throws `DictionaryError` with every `file:line: reason`, and the compiled snapshot lands in the
 * cache, so worker threads load it instead of compiling it each.
 *
 * @example
 * const analyzer = { segmenter: 'auto', ...dictAnalyzerOptions(flags.dict) };
 */
export function dictAnalyzerOptions(files: readonly string[] | undefined): { dictionaries?: string[] } {
  if (!files || files.length === 0) return {};
  const layer = loadDictionaryLayer(files.map((path) => ({ path, label: path })));
  if (layer.diagnostics.some((d) => d.severity === 'error')) throw new DictionaryError(layer.diagnostics);
  for (const d of layer.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  return { dictionaries: [...files] };
}

/** Reads a dictionary or source file: UTF-8 (BOM dropped), else GB18030 when it is not valid UTF-8. */
function readText(path: string, encoding = 'auto'): string {
  const buf = readFileSync(path);
  if (encoding === 'utf8' || encoding === 'utf-8') return buf.toString('utf8').replace(/^\uFEFF/, '');
  if (encoding !== 'auto') {
    if (!iconv.encodingExists(encoding)) throw new UsageError(`unknown --encoding ${encoding}`);
    return iconv.decode(buf, encoding);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    return iconv.decode(buf, 'gb18030');
  }
}

/** Every problem of dictionary files read as one layer stack (per-file errors, cross-file warnings). */
function checkFiles(files: readonly string[]): { entries: ParsedEntry[]; diagnostics: DictionaryDiagnostic[] } {
  const entries: ParsedEntry[] = [];
  const diagnostics: DictionaryDiagnostic[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readText(file, 'utf8');
    } catch (error) {
      diagnostics.push({ file, line: 0, severity: 'error', code: 'dict/io', message: `cannot read: ${(error as Error).message}` });
      continue;
    }
    const parsed = parseEntityDictionary(text, file);
    for (const e of parsed.entries) entries.push(e);
    for (const d of parsed.diagnostics) diagnostics.push(d);
  }
  for (const d of validateLayer(entries)) diagnostics.push(d);
  diagnostics.sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.line - b.line);
  return { entries, diagnostics };
}

function checkType(type: string | undefined): EntityType | undefined {
  if (type === undefined) return undefined;
  if (type !== 'enterprise' && type !== 'institution') throw new UsageError(`--type must be enterprise or institution, got ${type}`);
  return type;
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text, 'utf8');
  renameSync(tmp, path);
}

const FORMATS = ['jieba', 'csv', 'txt'] as const;

const HELP = `
Dictionary format: see dict/README.md (TSV: name, type, subtype, aliases, id).
Examples:
  zhnews dict validate my-orgs.tsv watch-list.tsv
  zhnews dict import --from jieba userdict.txt -o orgs.tsv
  zhnews dict import --from csv companies.csv --name-column 企业名称 --type enterprise -o companies.tsv
  zhnews dict import --from txt departments.txt --type institution --subtype government -o depts.tsv
  zhnews dict stats companies.tsv
  zhnews dict add my-orgs.tsv 蓝鲸数字科技有限公司 --type enterprise --alias 蓝鲸数科
  zhnews analyze news.txt --dict companies.tsv --dict my-orgs.tsv`;

/**
 * Registers `zhnews dict validate|import|stats|add`.
 *
 * @example
 * import { Command } from 'commander';
 * const program = new Command('zhnews');
 * registerDict(program);
 * await program.parseAsync(['node', 'zhnews', 'dict', 'validate', 'my-orgs.tsv']);
 */
export function registerDict(program: Command): void {
  const dict = program.command('dict').description('check, convert, count and extend organisation dictionaries').addHelpText('after', HELP);

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
        for (const s of result.skipped.slice(0, 20)) process.stderr.write(`${file}:${s.line}: skipped: ${s.reason}\n`);
        if (result.skipped.length > 20) process.stderr.write(`… and ${result.skipped.length - 20} more skipped lines\n`);
        if (flags.output === undefined || flags.output === '-') process.stdout.write(out);
        else writeAtomic(flags.output, out);
        process.stderr.write(`imported ${result.entries.length} entries, skipped ${result.skipped.length} lines\n`);
      },
    );

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

  dict
    .command('add')
    .description('append one checked entry to a dictionary file (created with a header when missing)')
    .argument('<file>', 'the dictionary TSV file')
    .argument('<name>', 'the canonical (full) name')
    .addOption(new Option('--type <type>', 'enterprise or institution').choices(['enterprise', 'institution']).makeOptionMandatory())
    .option('--subtype <subtype>', `subtype (enterprise: ${KNOWN_SUBTYPES.enterprise.join(', ')}; institution: ${KNOWN_SUBTYPES.institution.join(', ')})`)
    .option('--alias <alias>', 'a short name (repeatable, or several separated by |)', collect, [])
    .option('--id <id>', 'a stable id echoed on every mention')
    .action((file: string, rawName: string, flags: { type: EntityType; subtype?: string; alias: string[]; id?: string }) => {
      const name = foldWidth(rawName).trim();
      const aliases = [...new Set(flags.alias.flatMap((a) => a.split('|')).map((a) => foldWidth(a).trim()))].filter((a) => a !== name);
      if (aliases.some((a) => a === '')) throw new UsageError('--alias must not be empty');
      if (/[\t\r\n]/.test(name + aliases.join('') + (flags.subtype ?? '') + (flags.id ?? ''))) throw new UsageError('values must not contain tabs or line breaks');
      const exists = existsSync(file);
      const text = exists ? readText(file, 'utf8') : '';
      const header = ['name', 'type', 'subtype', 'aliases', 'id'];
      let prefix = '';
      if (!exists || parseEntityDictionary(text, file).diagnostics.some((d) => d.code === 'dict/header' && d.message === 'missing header line')) {
        prefix = `${header.join('\t')}\n`;
      }
      const before = parseEntityDictionary(text, file);
      const errorsBefore = before.diagnostics.filter((d) => d.severity === 'error');
      if (errorsBefore.length > 0 && prefix === '') {
        for (const d of errorsBefore) process.stderr.write(`${formatDiagnostic(d)}\n`);
        throw new UsageError(`${file} has errors; fix them first (zhnews dict validate ${file})`);
      }
      // the file's own column order
      const headerLine = prefix !== '' ? header : (text.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '').split('\t').map((c) => c.trim());
      const values: Record<string, string> = { name, type: flags.type, subtype: flags.subtype ?? '', aliases: aliases.join('|'), id: flags.id ?? '' };
      for (const k of ['subtype', 'aliases', 'id']) {
        if ((values[k] ?? '') !== '' && !headerLine.includes(k)) throw new UsageError(`${file} has no "${k}" column`);
      }
      const row = headerLine.map((c) => values[c] ?? '').join('\t');
      const prev = before.entries.find((e) => e.name === name);
      if (prev) throw new UsageError(`${file}:${prev.line}: "${name}" is already there (as ${prev.type}/${prev.subtype})`);
      if (text !== '' && !text.endsWith('\n')) prefix = `\n${prefix}`;
      const addition = `${prefix}${row}\n`;
      const after = `${text}${addition}`;
      const lineNo = after.replace(/\n$/, '').split('\n').length;
      const parsed = parseEntityDictionary(after, file);
      const problems = [...parsed.diagnostics, ...validateEntries(parsed.entries)].filter((d) => d.line === lineNo);
      for (const d of problems) process.stderr.write(`${formatDiagnostic(d)}\n`);
      if (problems.some((d) => d.severity === 'error')) {
        const hint = problems.some((d) => d.code === 'dict/unknown-subtype') ? ` (known: ${[...KNOWN_SUBTYPES[flags.type], ...declaredSubtypes(text)].join(', ')})` : '';
        throw new UsageError(`not added${hint}`);
      }
      appendFileSync(file, addition, 'utf8');
      process.stderr.write(`${file}:${lineNo}: added ${name}\n`);
    });
}
