/** File helpers shared by the `zhnews dict` subcommands. */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { EntityType } from '../../../core/types.js';
import { parseEntityDictionary, validateLayer, type DictionaryDiagnostic, type ParsedEntry } from '../../../dictionary/index.js';
import { decodeDocument } from '../../../io/readDocument.js';
import { UsageError } from '../../usageError.js';

/** Reads a dictionary or source file: detected like every input (UTF-8, GB18030, UTF-16; BOM dropped), binary refused. */
export function readText(path: string, encoding = 'auto'): string {
  const buf = readFileSync(path);
  if (encoding === 'utf8' || encoding === 'utf-8') return buf.toString('utf8').replace(/^\uFEFF/, '');
  if (encoding !== 'auto') {
    if (!iconv.encodingExists(encoding)) throw new UsageError(`unknown --encoding ${encoding}`);
    return iconv.decode(buf, encoding);
  }
  // the one input path: BOM, UTF-16, UTF-8 or GB18030, and binary content refused in one line
  return decodeDocument(buf, path);
}

/** Every problem of dictionary files read as one layer stack (per-file errors, cross-file warnings). */
export function checkFiles(files: readonly string[]): { entries: ParsedEntry[]; diagnostics: DictionaryDiagnostic[] } {
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

export function checkType(type: string | undefined): EntityType | undefined {
  if (type === undefined) return undefined;
  if (type !== 'enterprise' && type !== 'institution') throw new UsageError(`--type must be enterprise or institution, got ${type}`);
  return type;
}

export function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text, 'utf8');
  renameSync(tmp, path);
}
