/**
 * Tools behind `zhnews dict`: converting other name lists into the dictionary format, writing
 * it, and counting what a dictionary holds. Pure string functions (no I/O).
 */
import type { EntityType } from '../core/types.js';
import { foldWidth } from '../normalize/foldWidth.js';
import { defaultSubtype, ENTITY_TYPES, KNOWN_SUBTYPES, type ParsedEntry } from './types.js';

/** One entry to write; `subtype` empty means the type's default. */
export interface ImportedEntry {
  /** The full name, width-folded. */
  name: string;
  /** `enterprise` or `institution`. */
  type: EntityType;
  /** The subtype, or `''` for the type's default. */
  subtype: string;
  /** Other names of the entry. */
  aliases: string[];
  /** The source's id for the entry, when it had one. */
  id?: string;
}

/** A source line that was not imported, and why. */
export interface SkippedLine {
  /** One-based line in the source. */
  readonly line: number;
  /** Why it was skipped (`not an organisation tag: nr`, `no name`…). */
  readonly reason: string;
}

/** Options of {@link importNames}. */
export interface ImportOptions {
  /** The source format: a jieba user dictionary, a CSV export, or one name per line. */
  readonly from: 'jieba' | 'csv' | 'txt';
  /** Type of lines that do not say (default `enterprise`). */
  readonly type?: EntityType;
  /** Subtype of lines that do not say (default: the type's default, `company` / `public`). */
  readonly subtype?: string;
  /** CSV: the column holding the name (default: the first of name, 名称, 企业名称, 公司名称, 机构名称, 单位名称). */
  readonly nameColumn?: string;
  /** CSV: a column of aliases separated by `|`, `;`, `；` or `、` (default: aliases, alias, 简称, 别名, when present). */
  readonly aliasColumn?: string;
  /** CSV: a column of ids (default: id, 统一社会信用代码, when present). */
  readonly idColumn?: string;
  /** CSV: the field separator (default: `,`, or a tab when the header line has tabs and no commas). */
  readonly delimiter?: string;
}

/**
 * jieba part-of-speech tags that name organisations: `nt` (any institution) and HanLP's finer
 * `nt*` tags. Lines with other tags (`nr` people, `ns` places, `n` …) are not organisations and
 * are skipped; lines without a tag take `--type` / `--subtype`.
 */
export const JIEBA_ORG_TAGS: Readonly<Record<string, { type: EntityType; subtype: string }>> = {
  nt: { type: 'institution', subtype: 'public' },
  ntc: { type: 'enterprise', subtype: 'company' },
  ntcf: { type: 'enterprise', subtype: 'company' },
  ntcb: { type: 'enterprise', subtype: 'bank' },
  ntch: { type: 'enterprise', subtype: 'company' },
  nto: { type: 'institution', subtype: 'government' },
  ntu: { type: 'institution', subtype: 'university' },
  nts: { type: 'institution', subtype: 'school' },
  nth: { type: 'institution', subtype: 'hospital' },
};

const NAME_COLUMNS = ['name', '名称', '企业名称', '公司名称', '机构名称', '单位名称', '企业名', '公司名'];
const ALIAS_COLUMNS = ['aliases', 'alias', '简称', '别名'];
const ID_COLUMNS = ['id', '统一社会信用代码'];
const BAD_NAME = /[\u0000-\u001f|]/;

/**
 * Splits CSV text (RFC 4180: quoted fields may hold separators, quotes `""` and line breaks)
 * into records with their one-based starting line. A BOM is dropped. A record whose quote is
 * never closed (it runs to the end of the file) is marked `unterminated`.
 *
 * @example
 * parseCsv('name,note\n"甲,公司",x\n').map((r) => r.cells) //=> [['name', 'note'], ['甲,公司', 'x']]
 */
export function parseCsv(text: string, delimiter = ','): { line: number; cells: string[]; unterminated?: true }[] {
  const out: { line: number; cells: string[]; unterminated?: true }[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    let cell = '';
    let unterminated = false;
    for (;;) {
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= n) {
            unterminated = true; // the file ended inside a quoted cell
            break;
          }
          const c = text[i] as string;
          if (c === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n') line++;
          cell += c;
          i++;
        }
      }
      // unquoted part (or what follows a closing quote)
      let j = i;
      while (j < n && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
      cell += text.slice(i, j);
      i = j;
      cells.push(cell);
      cell = '';
      if (i < n && text[i] === delimiter) {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      line++;
      break;
    }
    if (!(cells.length === 1 && cells[0] === '')) out.push({ line: start, cells, ...(unterminated ? { unterminated: true as const } : {}) });
  }
  return out;
}

/**
 * Converts a jieba user dictionary (`word [freq] [tag]`), a CSV export with a name column, or a
 * plain list (one name per line, `#` comments) into entries. Names and aliases are width-folded;
 * a name seen twice keeps its first type and gathers the aliases of both lines.
 *
 * @example
 * importNames('蓝鲸数字科技有限公司 10 nt\n张三 5 nr\n', { from: 'jieba' }).entries[0]
 * //=> { name: '蓝鲸数字科技有限公司', type: 'institution', subtype: 'public', aliases: [] }
 */
export function importNames(text: string, options: ImportOptions): ImportResult {
  const type: EntityType = options.type ?? 'enterprise';
  if (!ENTITY_TYPES.includes(type)) throw new TypeError(`unknown type "${String(type)}" (expected ${ENTITY_TYPES.join(' or ')})`);
  const subtype = options.subtype ?? defaultSubtype(type);
  const skipped: SkippedLine[] = [];
  const byName = new Map<string, ImportedEntry>();
  const entries: ImportedEntry[] = [];
  const add = (line: number, rawName: string, t: EntityType, st: string, aliases: string[], id?: string): void => {
    const name = foldWidth(rawName).trim();
    if (name === '') return void skipped.push({ line, reason: 'empty name' });
    if (BAD_NAME.test(name)) return void skipped.push({ line, reason: `name "${name}" contains a control character or "|"` });
    const clean = [...new Set(aliases.map((a) => foldWidth(a).trim()).filter((a) => a !== '' && a !== name && !BAD_NAME.test(a)))];
    const prev = byName.get(name);
    if (prev) {
      if (prev.type !== t) return void skipped.push({ line, reason: `"${name}" was already imported as ${prev.type}` });
      for (const a of clean) if (!prev.aliases.includes(a)) prev.aliases.push(a);
      return;
    }
    const e: ImportedEntry = { name, type: t, subtype: st, aliases: clean };
    if (id !== undefined && id.trim() !== '') e.id = id.trim();
    byName.set(name, e);
    entries.push(e);
  };

  if (options.from === 'txt' || options.from === 'jieba') {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((raw, k) => {
      const line = k + 1;
      const s = raw.trim();
      if (s === '' || s.startsWith('#')) return;
      if (options.from === 'txt') return add(line, s, type, subtype, []);
      const parts = s.split(/\s+/);
      const word = parts[0] as string;
      let tag: string | undefined;
      if (parts.length >= 3) tag = parts[2];
      else if (parts.length === 2 && !/^\d+(\.\d+)?$/.test(parts[1] as string)) tag = parts[1];
      if (tag === undefined) return add(line, word, type, subtype, []);
      const org = JIEBA_ORG_TAGS[tag];
      if (!org) return void skipped.push({ line, reason: `tag "${tag}" is not an organisation tag (nt, ntc, nto, …)` });
      add(line, word, org.type, org.subtype, []);
    });
    return { entries, skipped };
  }

  // CSV
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  const delimiter = options.delimiter ?? (firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',');
  const records = parseCsv(text, delimiter);
  const header = records[0]?.cells.map((h) => h.trim()) ?? [];
  const column = (explicit: string | undefined, candidates: readonly string[], what: string, required: boolean): number => {
    if (explicit !== undefined) {
      const k = header.indexOf(explicit);
      if (k < 0) throw new TypeError(`the CSV header has no ${what} column "${explicit}" (columns: ${header.join(', ')})`);
      return k;
    }
    for (const c of candidates) {
      const k = header.findIndex((h) => h.toLowerCase() === c);
      if (k >= 0) return k;
    }
    if (required) throw new TypeError(`cannot find the name column in the CSV header (columns: ${header.join(', ')}); name it with --name-column`);
    return -1;
  };
  const nameAt = column(options.nameColumn, NAME_COLUMNS, 'name', true);
  const aliasAt = column(options.aliasColumn, ALIAS_COLUMNS, 'alias', false);
  const idAt = column(options.idColumn, ID_COLUMNS, 'id', false);
  const typeAt = header.indexOf('type');
  const subtypeAt = header.indexOf('subtype');
  for (const r of records.slice(1)) {
    if (r.unterminated) {
      // everything after the open quote was swallowed into one cell: nothing of it is a name
      skipped.push({ line: r.line, reason: 'a quote opened on this line is never closed (the rest of the file is one cell); nothing from here on was imported' });
      continue;
    }
    const cell = (k: number): string => (k < 0 ? '' : (r.cells[k] ?? '').trim());
    let t = type;
    let st = subtype;
    const rowType = cell(typeAt);
    if (rowType !== '') {
      if (rowType !== 'enterprise' && rowType !== 'institution') {
        skipped.push({ line: r.line, reason: `unknown type "${rowType}"` });
        continue;
      }
      t = rowType;
      st = cell(subtypeAt) || defaultSubtype(t);
    } else if (cell(subtypeAt) !== '') st = cell(subtypeAt);
    const aliases = cell(aliasAt) === '' ? [] : cell(aliasAt).split(/[|;；、]/);
    add(r.line, cell(nameAt), t, st, aliases, cell(idAt));
  }
  return { entries, skipped };
}

/**
 * Writes entries in the dictionary format (header `name type subtype aliases id`), declaring
 * any subtype that is not a known one in a `# subtypes:` line so the file validates.
 *
 * @example
 * formatDictionary([{ name: '甲公司', type: 'enterprise', subtype: 'company', aliases: ['甲'] }])
 * //=> 'name\ttype\tsubtype\taliases\tid\n甲公司\tenterprise\tcompany\t甲\t\n'
 */
export function formatDictionary(entries: readonly ImportedEntry[], comments: readonly string[] = []): string {
  const extra = new Set<string>();
  for (const e of entries) if (e.subtype !== '' && !KNOWN_SUBTYPES[e.type].includes(e.subtype)) extra.add(e.subtype);
  const head = [...comments.map((c) => `# ${c.replace(/[\r\n]+/g, ' ')}`), ...(extra.size > 0 ? [`# subtypes: ${[...extra].join(', ')}`] : [])];
  const rows = entries.map((e) => `${e.name}\t${e.type}\t${e.subtype}\t${e.aliases.join('|')}\t${e.id ?? ''}`);
  return `${[...head, 'name\ttype\tsubtype\taliases\tid', ...rows].join('\n')}\n`;
}

/** What {@link dictionaryStats} counts. */
export interface DictionaryStats {
  /** Rows read (a name given twice counts twice). */
  readonly rows: number;
  /** Distinct names. */
  readonly names: number;
  /** Rows per `type/subtype`, most first. */
  readonly bySubtype: readonly SubtypeCount[];
  /** Rows per type. */
  readonly byType: Readonly<Record<EntityType, number>>;
  /** Aliases in all. */
  readonly aliases: number;
  /** Rows with at least one alias. */
  readonly rowsWithAliases: number;
  /** Rows with an id. */
  readonly withId: number;
  /** Mean name length in characters. */
  readonly meanNameLength: number;
  /** The longest names, longest first. */
  readonly longest: readonly LongName[];
}

/** One `type/subtype` pair of {@link DictionaryStats} and how many rows have it. */
export interface SubtypeCount {
  /** The entity type. */
  readonly type: EntityType;
  /** The subtype. */
  readonly subtype: string;
  /** Rows with this type and subtype. */
  readonly count: number;
}

/** One of the longest names of {@link DictionaryStats}, with where it stands. */
export interface LongName {
  /** The name. */
  readonly name: string;
  /** Its length in characters. */
  readonly length: number;
  /** The file it came from. */
  readonly file: string;
  /** Its one-based line there. */
  readonly line: number;
}

/** What {@link importNames} returns: the entries to write and the lines it left out. */
export interface ImportResult {
  /** Entries in source order, a name seen twice merged into its first line. */
  readonly entries: ImportedEntry[];
  /** Lines not imported, with the reason. */
  readonly skipped: SkippedLine[];
}

/**
 * Counts a dictionary's entries by type and subtype, its aliases, and its longest names.
 *
 * @example
 * dictionaryStats(parseEntityDictionary('name\ttype\taliases\n甲公司\tenterprise\t甲\n', 'a.tsv').entries).aliases //=> 1
 */
export function dictionaryStats(entries: readonly ParsedEntry[], longest = 5): DictionaryStats {
  const names = new Set<string>();
  const sub = new Map<string, { type: EntityType; subtype: string; count: number }>();
  const byType: Record<EntityType, number> = { enterprise: 0, institution: 0 };
  let aliases = 0;
  let rowsWithAliases = 0;
  let withId = 0;
  let chars = 0;
  const top: { name: string; length: number; file: string; line: number }[] = [];
  for (const e of entries) {
    names.add(e.name);
    byType[e.type]++;
    const k = `${e.type}/${e.subtype}`;
    const s = sub.get(k);
    if (s) s.count++;
    else sub.set(k, { type: e.type, subtype: e.subtype, count: 1 });
    aliases += e.aliases.length;
    if (e.aliases.length > 0) rowsWithAliases++;
    if (e.id !== undefined) withId++;
    const len = [...e.name].length;
    chars += len;
    if (top.length < longest || len > (top[top.length - 1] as { length: number }).length) {
      top.push({ name: e.name, length: len, file: e.file, line: e.line });
      top.sort((a, b) => b.length - a.length);
      if (top.length > longest) top.pop();
    }
  }
  return {
    rows: entries.length,
    names: names.size,
    bySubtype: [...sub.values()].sort((a, b) => b.count - a.count || a.type.localeCompare(b.type) || a.subtype.localeCompare(b.subtype)),
    byType,
    aliases,
    rowsWithAliases,
    withId,
    meanNameLength: entries.length === 0 ? 0 : chars / entries.length,
    longest: top,
  };
}
