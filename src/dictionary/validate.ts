import type { DictionaryDiagnostic, ParsedEntry } from './types.js';

/**
 * Cross-row checks of one dictionary layer: the same name with two different types is an
 * error (which one is meant?); the same name twice with one type is a warning (the later row
 * wins); an alias claimed by two different names is a warning (the later
 * row wins, as later layers do).
 *
 * @example
 * validateEntries([
 *   { name: '甲公司', type: 'enterprise', subtype: 'company', aliases: ['甲'], file: 'a.tsv', line: 2 },
 *   { name: '甲公司', type: 'institution', subtype: 'public', aliases: [], file: 'a.tsv', line: 3 },
 * ])[0]?.message //=> 'name "甲公司" is enterprise at a.tsv:2 but institution here'
 */
export function validateEntries(entries: readonly ParsedEntry[]): DictionaryDiagnostic[] {
  const out: DictionaryDiagnostic[] = [];
  const byName = new Map<string, ParsedEntry>();
  const aliasOwner = new Map<string, ParsedEntry>();
  for (const e of entries) {
    const prev = byName.get(e.name);
    if (prev && prev.type !== e.type) {
      out.push({
        file: e.file,
        line: e.line,
        severity: 'error',
        code: 'dict/conflicting-type',
        message: `name "${e.name}" is ${prev.type} at ${prev.file}:${prev.line} but ${e.type} here`,
      });
    } else if (prev) {
      // the same name and type twice: the later row wins, which may be a slip (an edited copy)
      out.push({
        file: e.file,
        line: e.line,
        severity: 'warning',
        code: 'dict/duplicate-name',
        message: `name "${e.name}" is also at ${prev.file}:${prev.line}; this row wins`,
      });
    } else {
      byName.set(e.name, e);
    }
  }
  for (const e of entries) {
    for (const a of e.aliases) {
      const owner = aliasOwner.get(a);
      if (owner && owner.name !== e.name) {
        out.push({
          file: e.file,
          line: e.line,
          severity: 'warning',
          code: 'dict/duplicate-alias',
          message: `alias "${a}" is also claimed by "${owner.name}" at ${owner.file}:${owner.line}; this row wins`,
        });
      }
      aliasOwner.set(a, e);
      const named = byName.get(a);
      if (named && named.name !== e.name) {
        out.push({
          file: e.file,
          line: e.line,
          severity: 'warning',
          code: 'dict/duplicate-alias',
          message: `alias "${a}" is the name of another entry at ${named.file}:${named.line}; the name wins`,
        });
      }
    }
  }
  return out;
}

/**
 * The checks of one user layer (files in order, then runtime entries): a name with two types is
 * an error inside one file (across files the later one wins, as layers do); an alias claimed by
 * two names, or equal to another entry's name, is a warning across the whole layer.
 *
 * @example
 * validateLayer([
 *   { name: '甲公司', type: 'enterprise', subtype: 'company', aliases: [], file: 'a.tsv', line: 2 },
 *   { name: '甲公司', type: 'institution', subtype: 'public', aliases: [], file: 'b.tsv', line: 2 },
 * ]) //=> [] (b.tsv overrides a.tsv)
 */
export function validateLayer(entries: readonly ParsedEntry[]): DictionaryDiagnostic[] {
  const byFile = new Map<string, ParsedEntry[]>();
  for (const e of entries) {
    const list = byFile.get(e.file);
    if (list) list.push(e);
    else byFile.set(e.file, [e]);
  }
  const out: DictionaryDiagnostic[] = [];
  if (byFile.size <= 1) return validateEntries(entries);
  for (const list of byFile.values()) for (const d of validateEntries(list)) if (d.code === 'dict/conflicting-type' || d.code === 'dict/duplicate-name') out.push(d);
  for (const d of validateEntries(entries)) if (d.code === 'dict/duplicate-alias') out.push(d);
  return out;
}
