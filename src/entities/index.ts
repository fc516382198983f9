/**
 * Enterprises and institutions: dictionary matching (our own trie, longest match), suffix rules
 * for unseen names, and document-local aliases. `createEntityTagger()` is what the pipeline calls.
 */
import { fileURLToPath } from 'node:url';
import type { Entity, EntityType, Token } from '../core/types.js';
import { loadDictionaryLayer, type DictionaryCacheOptions } from './cache.js';
import { selectCandidates, type Candidate } from './candidate.js';
import { compileDictionary, entryIndexOf, hitOf, type CompiledDictionary } from './dictionary.js';
import { findDocumentAliases, resolveShortMentions } from './docAliases.js';
import { loadBuiltinDictionary, loadRuleData } from './node.js';
import type { RuleData } from './data.js';
import { findRuleCandidates } from './rules.js';
import { CompactTrie } from './trie.js';
import { indexTokens, type TokenIndex } from './tokenIndex.js';
import { DictionaryError, ENTITY_TYPES, defaultSubtype, type DictionaryDiagnostic, type ParsedEntry } from './types.js';
import { validateEntries } from './validate.js';

export type { DictionaryEntryInput, DictionaryDiagnostic, ParsedEntry } from './types.js';
export { DictionaryError, formatDiagnostic, KNOWN_SUBTYPES } from './types.js';
export { parseEntityDictionary, parseTsvTable, declaredSubtypes } from './tsv.js';
export { validateEntries, validateLayer } from './validate.js';
export { compileDictionary, entryIndexOf, lookupAt, StringTable, type CompiledDictionary, type DictionaryHit } from './dictionary.js';
export { CompactTrie, type CompactTrieParts } from './trie.js';
export { realignTokens } from './realign.js';
export { loadBuiltinDictionary, entityDictDir, readDictionaryFile } from './node.js';
export { decodeSnapshot, encodeSnapshot, SnapshotError, SNAPSHOT_VERSION } from './snapshot.js';
export {
  defaultCacheDir,
  loadDictionaryLayer,
  DEFAULT_CACHE_MIN_BYTES,
  type DictionaryCacheOptions,
  type DictionarySource,
  type LoadedLayer,
} from './cache.js';

import type { DictionaryEntryInput } from './types.js';

/** Options of {@link createEntityTagger}. */
export interface EntityTaggerOptions {
  /** Use the built-in dictionaries (default true). The suffix rules always run. */
  builtins?: boolean;
  /** User dictionary files (TSV, see dict/README.md); later files win. */
  dictionaries?: readonly (string | URL)[];
  /** Runtime entries; they win over every file. */
  entries?: readonly DictionaryEntryInput[];
  /**
   * The snapshot cache of compiled dictionary files (see docs/dictionaries.md); `false` compiles
   * the files every time. Default: on, in `defaultCacheDir()`, for files of 256 KB and more.
   */
  cache?: DictionaryCacheOptions | false;
}

/** Tags enterprises and institutions in one document. */
export interface EntityTagger {
  /**
   * `text` is already normalised (full-width ASCII folded, line breaks inside sentences
   * removed); `tokens` are the segmenter's tokens of that same text (may be empty when the
   * segmenter is 'none'). Spans are into `text`.
   */
  tag(text: string, tokens: readonly Token[]): Entity[];
  /** Warnings from the user dictionaries (errors throw instead). */
  readonly diagnostics: readonly DictionaryDiagnostic[];
  /**
   * A new tagger with these runtime entries added (an entry with the name of an earlier runtime
   * entry replaces it). The built-in and file layers are shared, not reloaded; only the runtime
   * layer is compiled again. This tagger is unchanged. Throws {@link DictionaryError} for a bad entry.
   *
   * @example
   * const t2 = tagger.withEntries([{ name: '蓝鲸数字科技有限公司', type: 'enterprise', aliases: ['蓝鲸数科'] }]);
   */
  withEntries(entries: readonly DictionaryEntryInput[]): EntityTagger;
  /**
   * A new tagger without the entries of these canonical names: runtime entries are dropped, and
   * entries of the built-in and file layers are hidden (names and aliases), without reloading.
   * This tagger is unchanged.
   *
   * @example
   * const t3 = tagger.withoutEntries(['华为技术有限公司']);
   */
  withoutEntries(names: readonly string[]): EntityTagger;
}

function entriesFromInputs(inputs: readonly DictionaryEntryInput[]): { entries: ParsedEntry[]; diagnostics: DictionaryDiagnostic[] } {
  const entries: ParsedEntry[] = [];
  const diagnostics: DictionaryDiagnostic[] = [];
  if (!Array.isArray(inputs)) throw new TypeError('entries must be an array of { name, type, subtype?, aliases?, id? }');
  inputs.forEach((e, i) => {
    const file = '<entries>';
    const line = i + 1;
    const name = e !== null && typeof e === 'object' && typeof e.name === 'string' ? e.name.trim() : '';
    if (name === '') return void diagnostics.push({ file, line, severity: 'error', code: 'dict/empty-name', message: 'empty name' });
    if (!(ENTITY_TYPES as readonly string[]).includes(e.type)) {
      return void diagnostics.push({ file, line, severity: 'error', code: 'dict/unknown-type', message: `unknown type "${String(e.type)}"` });
    }
    const aliases = (e.aliases ?? []).map((a: unknown) => (typeof a === 'string' ? a.trim() : ''));
    if (aliases.some((a: string) => a === '')) return void diagnostics.push({ file, line, severity: 'error', code: 'dict/bad-alias', message: 'empty alias' });
    entries.push({
      name,
      type: e.type,
      subtype: e.subtype || defaultSubtype(e.type),
      aliases: aliases.filter((a: string) => a !== name),
      ...(e.id !== undefined ? { id: e.id } : {}),
      file,
      line,
    });
  });
  return { entries, diagnostics };
}

/** A compiled layer and the entries of it hidden by `withoutEntries` (null: none). */
interface Layer {
  readonly dict: CompiledDictionary;
  readonly hidden: ReadonlySet<number> | null;
}

/** What a tagger is made of; derived taggers share `fixed` and `rules`. */
interface TaggerState {
  readonly rules: RuleData;
  /** Built-in and file layers, in order. */
  readonly fixed: readonly CompiledDictionary[];
  /** The layer of the user files (also in `fixed`), or null. */
  readonly files: CompiledDictionary | null;
  readonly fileWarnings: readonly DictionaryDiagnostic[];
  /** Runtime entries, in order. */
  readonly runtime: readonly ParsedEntry[];
  /** Canonical names hidden in the fixed layers. */
  readonly removed: ReadonlySet<string>;
}

/**
 * Creates a tagger. Built-in data is loaded once per process and shared; user dictionaries
 * and entries belong to this tagger only. Throws {@link DictionaryError} listing every
 * `file:line: reason` when a user dictionary has errors (nothing of it is loaded).
 *
 * @example
 * const tagger = createEntityTagger({ entries: [{ name: '廊坊纽特科技公司', type: 'enterprise', aliases: ['纽特'] }] });
 * tagger.tag('纽特扩产', []).map((e) => e.canonical) //=> ['廊坊纽特科技公司']
 */
export function createEntityTagger(options: EntityTaggerOptions = {}): EntityTagger {
  const rules = loadRuleData();
  const fixed: CompiledDictionary[] = [];
  if (options.builtins !== false) fixed.push(loadBuiltinDictionary());
  const diagnostics: DictionaryDiagnostic[] = [];
  const paths = options.dictionaries ?? [];
  let files: CompiledDictionary | null = null;
  if (paths.length > 0) {
    const sources = paths.map((p) => {
      const path = typeof p === 'string' ? p : fileURLToPath(p);
      return { path, label: path };
    });
    const layer = loadDictionaryLayer(sources, options.cache !== undefined ? { cache: options.cache } : {});
    diagnostics.push(...layer.diagnostics);
    if (layer.dictionary) fixed.push((files = layer.dictionary));
  }
  const runtime = options.entries ? entriesFromInputs(options.entries) : { entries: [], diagnostics: [] };
  diagnostics.push(...runtime.diagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) throw new DictionaryError(diagnostics);
  return buildTagger({ rules, fixed, files, fileWarnings: Object.freeze(diagnostics), runtime: runtime.entries, removed: new Set() });
}

function buildTagger(state: TaggerState): EntityTagger {
  const { rules, fixed, files, runtime, removed } = state;
  const runtimeDiagnostics = validateEntries(runtime);
  // a runtime alias that is a name or alias of another entry in the files
  for (const e of files ? runtime : []) {
    for (const a of e.aliases) {
      const v = (files as CompiledDictionary).trie.get(a);
      if (v >= 0 && (files as CompiledDictionary).names.at(v >> 1) !== e.name) {
        runtimeDiagnostics.push({
          file: e.file,
          line: e.line,
          severity: 'warning',
          code: 'dict/duplicate-alias',
          message: `alias "${a}" is also claimed by "${(files as CompiledDictionary).names.at(v >> 1)}" in the dictionary files; this entry wins`,
        });
      }
    }
  }
  if (runtimeDiagnostics.some((d) => d.severity === 'error')) throw new DictionaryError(runtimeDiagnostics);
  const layers: Layer[] = fixed.map((dict) => {
    if (removed.size === 0) return { dict, hidden: null };
    const hidden = new Set<number>();
    for (const name of removed) {
      const i = entryIndexOf(dict, name);
      if (i >= 0) hidden.add(i);
    }
    return { dict, hidden: hidden.size > 0 ? hidden : null };
  });
  if (runtime.length > 0) layers.push({ dict: compileDictionary(runtime), hidden: null });
  const warnings = Object.freeze([...state.fileWarnings, ...runtimeDiagnostics.filter((d) => d.severity === 'warning')]);
  // Scratch buffer for the per-character token index, owned by this tagger: tag() is
  // synchronous, so reusing it is safe, and it saves a typed-array allocation per call.
  let scratch = new Int32Array(0);
  return Object.freeze({
    diagnostics: warnings,
    tag: (text: string, tokens: readonly Token[]): Entity[] => {
      if (tokens.length > 0 && scratch.length < text.length) scratch = new Int32Array(Math.max(text.length, scratch.length * 2, 1024));
      return tagText(text, tokens, layers, rules, scratch);
    },
    withEntries: (inputs: readonly DictionaryEntryInput[]): EntityTagger => {
      const added = entriesFromInputs(inputs);
      if (added.diagnostics.length > 0) throw new DictionaryError(added.diagnostics);
      const names = new Set(added.entries.map((e) => e.name));
      const kept = runtime.filter((e) => !names.has(e.name));
      const renumbered = [...kept, ...added.entries].map((e, i) => ({ ...e, line: i + 1 }));
      const stillRemoved = new Set([...removed].filter((n) => !names.has(n)));
      return buildTagger({ ...state, runtime: renumbered, removed: stillRemoved });
    },
    withoutEntries: (names: readonly string[]): EntityTagger => {
      if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) throw new TypeError('withoutEntries() expects an array of names');
      const drop = new Set(names.map((n) => n.trim()));
      const kept = runtime.filter((e) => !drop.has(e.name)).map((e, i) => ({ ...e, line: i + 1 }));
      return buildTagger({ ...state, runtime: kept, removed: new Set([...removed, ...drop]) });
    },
  });
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function dictionaryCandidates(text: string, ix: TokenIndex | null, layers: readonly Layer[]): Candidate[] {
  const out: Candidate[] = [];
  const n = text.length;
  const segments = ix ? ix.at : undefined;
  // with tokens, a name starts where a token starts (北京大学 is not inside 在北京大学生中), so
  // only token starts are tried; without tokens, every position
  const tokens = ix ? ix.tokens : null;
  const count = tokens ? tokens.length : n;
  for (let k = 0; k < count; k++) {
    const i = tokens ? (tokens[k] as Token).start : k;
    if (i < 0 || i >= n || (tokens && k > 0 && (tokens[k - 1] as Token).start === i)) continue;
    let bestEnd = -1;
    let bestLayer = -1;
    let bestPayload = -1;
    for (let l = 0; l < layers.length; l++) {
      const layer = layers[l] as Layer;
      let m = layer.dict.trie.packedLongestAt(text, i, segments);
      if (m >= 0 && layer.hidden !== null && layer.hidden.has(CompactTrie.valueOf(m) >> 1)) {
        // the longest key here is hidden (withoutEntries): the longest one that is not
        const all: number[] = [];
        layer.dict.trie.packedMatchesAt(text, i, segments, all);
        m = -1;
        for (let k = all.length - 1; k >= 0; k--) {
          if (!layer.hidden.has(CompactTrie.valueOf(all[k] as number) >> 1)) {
            m = all[k] as number;
            break;
          }
        }
      }
      if (m >= 0 && CompactTrie.endOf(m) >= bestEnd) {
        bestEnd = CompactTrie.endOf(m);
        bestLayer = l;
        bestPayload = CompactTrie.valueOf(m);
      }
    }
    // (with tokens the walk only accepts names ending where a token ends: 联通 in 互联通信 is not 联通)
    if (bestLayer < 0) continue;
    // Latin names are whole words: EA is not in idea
    if ((isAsciiAlnum(text.charCodeAt(i)) && isAsciiAlnum(text.charCodeAt(i - 1))) || (isAsciiAlnum(text.charCodeAt(bestEnd - 1)) && isAsciiAlnum(text.charCodeAt(bestEnd)))) continue;
    const hit = hitOf((layers[bestLayer] as Layer).dict, bestPayload, bestEnd);
    out.push({
      start: i,
      end: bestEnd,
      type: hit.type,
      subtype: hit.subtype,
      canonical: hit.canonical,
      source: hit.alias ? 'alias' : 'dictionary',
      ...(hit.id !== undefined ? { id: hit.id } : {}),
      ...(hit.context !== undefined ? { context: hit.context } : {}),
    });
  }
  return out;
}

function tagText(
  text: string,
  tokens: readonly Token[],
  layers: readonly Layer[],
  rules: RuleData,
  scratch: Int32Array,
): Entity[] {
  const ix = indexTokens(text, tokens, scratch);
  const base = dropInsideTitles(text, [...keepInContext(text, dictionaryCandidates(text, ix, layers), rules), ...findRuleCandidates(text, ix, rules)]);
  const first = selectCandidates(base);
  const docAliases = findDocumentAliases(text, first, ix, rules);
  const chosen = docAliases.length > 0 ? selectCandidates([...base, ...docAliases]) : first;
  return resolveShortMentions(chosen).map((c) => toEntity(text, c));
}

const SENTENCE_END = /[。！？!?\n]/;

/**
 * Drops context-bound dictionary hits (罗马 the club) outside a sentence with a cue word of
 * their context (主场, 联赛, 进球 for `sports`).
 */
function keepInContext(text: string, cands: Candidate[], rules: RuleData): Candidate[] {
  if (!cands.some((c) => c.context !== undefined)) return cands;
  // one pass over the text for cue words, then a binary search per context-bound hit
  const cueAt: number[] = [];
  const cueContext: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const m = rules.cues.packedLongestAt(text, i);
    if (m >= 0) {
      cueAt.push(i);
      cueContext.push(CompactTrie.valueOf(m));
    }
  }
  return cands.filter((c) => {
    if (c.context === undefined) return true;
    const want = rules.contextNames.indexOf(c.context);
    if (want < 0 || cueAt.length === 0) return false;
    let from = c.start;
    while (from > 0 && c.start - from < 200 && !SENTENCE_END.test(text.charAt(from - 1))) from--;
    let to = c.end;
    while (to < text.length && to - c.end < 200 && !SENTENCE_END.test(text.charAt(to))) to++;
    let lo = 0;
    let hi = cueAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cueAt[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < cueAt.length && (cueAt[k] as number) < to; k++) if (cueContext[k] === want) return true;
    return false;
  });
}

/**
 * A name inside a work title (《德军总部》, 《第一财经日报》) is part of the title, not a mention
 * of the organisation; a title that is exactly a name (《河北日报》) still counts.
 */
function dropInsideTitles(text: string, cands: Candidate[]): Candidate[] {
  if (text.indexOf('《') < 0) return cands;
  const titles: [number, number][] = [];
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const close = text.indexOf('》', open + 1);
    if (close > open && close - open <= 40) titles.push([open + 1, close]);
  }
  // Titles are found left to right and do not nest: a binary search finds the one around a name.
  const inside = (c: Candidate): boolean => {
    let lo = 0;
    let hi = titles.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = titles[mid] as [number, number];
      if (c.start < s) hi = mid - 1;
      else if (c.start >= e) lo = mid + 1;
      else return c.end <= e && !(c.start === s && c.end === e);
    }
    return false;
  };
  return cands.filter((c) => !inside(c));
}

function toEntity(text: string, c: Candidate): Entity {
  return {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    type: c.type as EntityType,
    subtype: c.subtype,
    canonical: c.canonical,
    source: c.source,
    ...(c.id !== undefined ? { id: c.id } : {}),
  };
}

export {
  dictionaryStats,
  formatDictionary,
  importNames,
  parseCsv,
  JIEBA_ORG_TAGS,
  type DictionaryStats,
  type ImportedEntry,
  type ImportOptions,
  type SkippedLine,
} from './importers.js';
