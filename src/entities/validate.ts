import type { DictionaryDiagnostic, ParsedEntry } from './types.js';

/**
 * Cross-row checks of one dictionary layer: the same name with two different types is an
 * error (which one is meant?); an alias claimed by two different names is a warning (the later
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
    } else if (!prev) {
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
