import type { EntitySubtype, EntityType } from '../core/types.js';
import { CompactTrie } from '../dictionary/trie.js';
import { parseTsvTable } from '../dictionary/tsv.js';
import type { DictionaryDiagnostic } from '../dictionary/types.js';

/** One organisation suffix of `dict/entities/suffixes.tsv`. */
export interface SuffixSpec {
  readonly suffix: string;
  /** `none`: an ending that looks like a suffix but closes no organisation (会议中心). */
  readonly type: EntityType | 'none';
  readonly subtype: EntitySubtype;
  /** Fewest name characters before the suffix. */
  readonly min: number;
  /** Most name characters before the suffix. */
  readonly max: number;
  readonly branch: boolean;
  readonly bare: boolean;
  readonly token: boolean;
  /** Like `token`, and never as its own token. */
  readonly word: boolean;
}

/** The language data the rules use, compiled once per process. */
export interface RuleData {
  readonly suffixes: readonly SuffixSpec[];
  /** Suffix strings; payload = index into `suffixes`. */
  readonly suffixTrie: CompactTrie;
  readonly notNames: ReadonlySet<string>;
  readonly generic: ReadonlySet<string>;
  /** Place names and short names (廊坊市, 廊坊); payload unused. */
  readonly places: CompactTrie;
  /** Context names (`sports`) and their cue words; cue payload = index into `contextNames`. */
  readonly contextNames: readonly string[];
  readonly cues: CompactTrie;
}

function fail(diags: DictionaryDiagnostic[]): never {
  throw new Error(diags.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
}

/**
 * Builds the rule data from the texts of `suffixes.tsv`, `not-names.tsv`, `generic-words.tsv`
 * and `places.tsv`. Throws with `file:line` on a malformed row (these files ship with the
 * package, so an error is a packaging bug).
 *
 * @example
 * compileRuleData({ suffixes: 'suffix\ttype\tsubtype\tmin\tmax\tflags\n公司\tenterprise\tcompany\t2\t12\t\n', notNames: 'word\n', generic: 'word\n', places: 'name\tlevel\tshort\n' }).suffixes.length //=> 1
 */
export function compileRuleData(texts: { suffixes: string; notNames: string; generic: string; places: string; contexts?: string }): RuleData {
  const s = parseTsvTable(texts.suffixes, 'suffixes.tsv');
  if (s.diagnostics.length) fail(s.diagnostics);
  const suffixes: SuffixSpec[] = [];
  for (const { line, cells } of s.rows) {
    const type = cells.type;
    if (type !== 'enterprise' && type !== 'institution' && type !== 'none') fail([{ file: 'suffixes.tsv', line, severity: 'error', code: 'dict/unknown-type', message: `unknown type "${type ?? ''}"` }]);
    const flags = new Set((cells.flags ?? '').split(',').map((f) => f.trim()));
    suffixes.push({
      suffix: cells.suffix ?? '',
      type,
      subtype: cells.subtype || 'public',
      min: Number(cells.min ?? 2),
      max: Number(cells.max ?? 12),
      branch: flags.has('branch'),
      bare: flags.has('bare'),
      token: flags.has('token') || flags.has('word'),
      word: flags.has('word'),
    });
  }
  const words = (text: string, file: string): Set<string> => {
    const t = parseTsvTable(text, file);
    if (t.diagnostics.length) fail(t.diagnostics);
    return new Set(t.rows.map((r) => r.cells.word ?? '').filter(Boolean));
  };
  const p = parseTsvTable(texts.places, 'places.tsv');
  if (p.diagnostics.length) fail(p.diagnostics);
  const placeKeys: string[] = [];
  for (const { cells } of p.rows) {
    if (cells.name) placeKeys.push(cells.name);
    if (cells.short && cells.short.length >= 2) placeKeys.push(cells.short);
  }
  const contextNames: string[] = [];
  const cueKeys: string[] = [];
  const cueValues: number[] = [];
  if (texts.contexts !== undefined) {
    const c = parseTsvTable(texts.contexts, 'contexts.tsv');
    if (c.diagnostics.length) fail(c.diagnostics);
    for (const { cells } of c.rows) {
      const name = cells.context ?? '';
      if (!name || !cells.cue) continue;
      let k = contextNames.indexOf(name);
      if (k < 0) k = contextNames.push(name) - 1;
      cueKeys.push(cells.cue);
      cueValues.push(k);
    }
  }
  return {
    contextNames,
    cues: CompactTrie.build(cueKeys, cueValues),
    suffixes,
    suffixTrie: CompactTrie.build(
      suffixes.map((x) => x.suffix),
      suffixes.map((_, i) => i),
    ),
    notNames: words(texts.notNames, 'not-names.tsv'),
    generic: words(texts.generic, 'generic-words.tsv'),
    places: CompactTrie.build(placeKeys, placeKeys.map(() => 0)),
  };
}
