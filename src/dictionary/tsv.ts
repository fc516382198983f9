/**
 * The dictionary text format: UTF-8, tab-separated, one header line naming the columns, `#`
 * starts a comment line, blank lines are skipped. Pure string functions (no I/O), so the same
 * code checks built-in files, user files and the future `zhnews dict validate`.
 */
import type { EntityType } from '../core/types.js';
import { defaultSubtype, ENTITY_TYPES, KNOWN_SUBTYPES, type DictionaryDiagnostic, type ParsedDictionary, type ParsedEntry } from './types.js';

/** One data row of a generic TSV table, with its one-based line number. */
export interface TsvRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

/**
 * Splits TSV text into rows keyed by the header's column names. Comment (`#`) and blank lines
 * are skipped; a row with more cells than the header is reported.
 *
 * @example
 * parseTsvTable('name\ttype\n华为\tenterprise\n', 'a.tsv').rows[0]?.cells.name //=> '华为'
 */
export function parseTsvTable(
  text: string,
  file: string,
): { header: readonly string[]; rows: TsvRow[]; diagnostics: DictionaryDiagnostic[] } {
  const diagnostics: DictionaryDiagnostic[] = [];
  const rows: TsvRow[] = [];
  let header: string[] | null = null;
  let lineNo = 0;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let line = text.slice(pos, nl);
    pos = nl + 1;
    lineNo++;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line === '' || line.startsWith('#')) {
      if (nl === text.length) break;
      continue;
    }
    const cells = line.split('\t');
    if (header === null) {
      header = cells.map((c) => c.trim());
      if (header.some((h) => h === '')) {
        diagnostics.push({ file, line: lineNo, severity: 'error', code: 'dict/header', message: 'empty column name in header' });
      }
    } else {
      if (cells.length > header.length) {
        diagnostics.push({
          file,
          line: lineNo,
          severity: 'error',
          code: 'dict/malformed',
          message: `${cells.length} cells but the header has ${header.length} columns`,
        });
        continue;
      }
      const rec: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) rec[header[i] as string] = (cells[i] ?? '').trim();
      rows.push({ line: lineNo, cells: rec });
    }
    if (nl === text.length) break;
  }
  if (header === null) {
    diagnostics.push({ file, line: 1, severity: 'error', code: 'dict/header', message: 'missing header line' });
  }
  return { header: header ?? [], rows, diagnostics };
}

const FORBIDDEN = /[\u0000-\u001f|]/;
const NO_ALIASES: readonly string[] = Object.freeze([]);

/**
 * The extra subtypes a dictionary text declares in `# subtypes: a, b` comment lines (anywhere in
 * the file; commas or spaces separate them).
 *
 * @example
 * declaredSubtypes('# subtypes: insurance, securities\nname\ttype\n') //=> ['insurance', 'securities']
 */
export function declaredSubtypes(text: string): string[] {
  const out: string[] = [];
  if (text.indexOf('subtypes') < 0) return out;
  for (const m of text.matchAll(/^\uFEFF?#[ \t]*subtypes[ \t]*:([^\n]*)$/gm)) {
    for (const s of (m[1] ?? '').split(/[\s,，]+/)) if (s !== '') out.push(s);
  }
  return out;
}

/**
 * Parses an entity dictionary (`name`, `type` required; `subtype`, `aliases` (`|`-separated),
 * `id`, `context` optional; other columns are ignored). Every problem is returned as a diagnostic with
 * `file:line`; rows with errors are left out of `entries`.
 *
 * @example
 * const { entries } = parseEntityDictionary('name\ttype\taliases\n华为技术有限公司\tenterprise\t华为\n', 'my.tsv');
 * entries[0]?.aliases //=> ['华为']
 */
export function parseEntityDictionary(
  text: string,
  file: string,
): ParsedDictionary {
  // A direct line loop (no per-row record objects): the built-in files have ~45,000 rows and
  // are parsed at every process start.
  const diagnostics: DictionaryDiagnostic[] = [];
  const entries: ParsedEntry[] = [];
  const extra = declaredSubtypes(text);
  const known: Record<EntityType, Map<string, string>> = {
    enterprise: new Map([...KNOWN_SUBTYPES.enterprise, ...extra].map((x) => [x, x])),
    institution: new Map([...KNOWN_SUBTYPES.institution, ...extra].map((x) => [x, x])),
  };
  let col: { name: number; type: number; subtype: number; aliases: number; id: number; context: number; width: number } | null = null;
  let lineNo = 0;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  // one cell array reused for every row, and no closures per row (a million rows parse in ~1 s)
  const row: string[] = [];
  let width = 0;
  const cell = (k: number): string => (k < 0 || k >= width ? '' : (row[k] as string).trim());
  const err = (code: DictionaryDiagnostic['code'], message: string): void => {
    diagnostics.push({ file, line: lineNo, severity: 'error', code, message });
  };
  while (pos < n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    lineNo++;
    const lineStart = pos;
    pos = nl + 1;
    if (end === lineStart || text.charCodeAt(lineStart) === 35 /* # */) continue;
    width = 0;
    for (let from = lineStart; ; ) {
      const tab = text.indexOf('\t', from);
      if (tab < 0 || tab >= end) {
        row[width++] = text.slice(from, end);
        break;
      }
      row[width++] = text.slice(from, tab);
      from = tab + 1;
    }
    if (col === null) {
      const header = row.slice(0, width).map((c) => c.trim());
      const at = (name: string): number => header.indexOf(name);
      if (header.some((h) => h === '')) {
        diagnostics.push({ file, line: lineNo, severity: 'error', code: 'dict/header', message: 'empty column name in header' });
      }
      for (const req of ['name', 'type']) {
        if (at(req) < 0) {
          diagnostics.push({ file, line: lineNo, severity: 'error', code: 'dict/header', message: `header lacks the required column "${req}"` });
        }
      }
      if (diagnostics.length > 0) return { entries, diagnostics };
      col = { name: at('name'), type: at('type'), subtype: at('subtype'), aliases: at('aliases'), id: at('id'), context: at('context'), width: header.length };
      continue;
    }
    const line = lineNo;
    if (width > col.width) {
      err('dict/malformed', `${width} cells but the header has ${col.width} columns`);
      continue;
    }
    const name = cell(col.name);
    const type = cell(col.type);
    if (name === '') {
      err('dict/empty-name', 'empty name');
      continue;
    }
    if (FORBIDDEN.test(name)) {
      err('dict/malformed', `name "${name}" contains a control character or "|"`);
      continue;
    }
    if (type !== 'enterprise' && type !== 'institution') {
      err('dict/unknown-type', `unknown type "${type}" (expected ${ENTITY_TYPES.join(' or ')})`);
      continue;
    }
    const aliasCell = cell(col.aliases);
    // shared empty list and interned type/subtype strings: a million rows cost ~100 MB less heap
    let aliases: string[] = NO_ALIASES as string[];
    if (aliasCell !== '') {
      aliases = aliasCell.split('|');
      let bad = false;
      for (let i = 0; i < aliases.length; i++) {
        const a = (aliases[i] as string).trim();
        if (a === '') bad = true;
        aliases[i] = a;
      }
      if (bad) {
        err('dict/bad-alias', `empty alias in "${aliasCell}"`);
        continue;
      }
      if (aliases.includes(name)) aliases = aliases.filter((a) => a !== name);
    }
    const t: EntityType = type === 'enterprise' ? 'enterprise' : 'institution';
    const rawSubtype = cell(col.subtype) || defaultSubtype(t);
    const subtype = known[t].get(rawSubtype);
    if (subtype === undefined) {
      err(
        'dict/unknown-subtype',
        `unknown subtype "${rawSubtype}" for ${t} (expected ${[...known[t].keys()].join(', ')}; declare others with a "# subtypes: ${rawSubtype}" line)`,
      );
      continue;
    }
    const id = cell(col.id);
    const context = cell(col.context);
    const entry: { -readonly [K in keyof ParsedEntry]: ParsedEntry[K] } = { name, type: t, subtype, aliases, file, line };
    if (id) entry.id = id;
    if (context) entry.context = context;
    entries.push(entry);
  }
  if (col === null) diagnostics.push({ file, line: 1, severity: 'error', code: 'dict/header', message: 'missing header line' });
  return { entries, diagnostics };
}
