import { Option, type Command } from 'commander';
import { appendFileSync, existsSync } from 'node:fs';
import type { EntityType } from '../../../core/types.js';
import { declaredSubtypes, formatDiagnostic, KNOWN_SUBTYPES, parseEntityDictionary, validateEntries } from '../../../dictionary/index.js';
import { foldWidth } from '../../../normalize/foldWidth.js';
import { UsageError } from '../../usageError.js';
import { collect } from './options.js';
import { readText } from './files.js';

/**
 * Registers `zhnews dict add <file> <name> --type …`: appends one checked entry.
 *
 * @example
 * registerAdd(program.command('dict'));
 */
export function registerAdd(dict: Command): void {
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
