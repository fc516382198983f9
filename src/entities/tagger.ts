/**
 * Enterprises and institutions: dictionary matching (our own trie, longest match), suffix rules
 * for unseen names, and document-local aliases. `createEntityTagger()` is what the pipeline calls.
 */
import type { Entity, EntityType, Token } from '../core/types.js';
import { loadDictionaryLayer, type DictionaryCacheOptions } from '../dictionary/cache.js';
import { compileDictionary, entryIndexOf, type CompiledDictionary } from '../dictionary/compile.js';
import { filePathOf, loadBuiltinDictionary } from '../dictionary/files.js';
import { entriesFromInputs } from '../dictionary/runtimeEntries.js';
import { DictionaryError, type DictionaryDiagnostic, type DictionaryEntryInput, type ParsedEntry } from '../dictionary/types.js';
import { validateEntries } from '../dictionary/validate.js';
import { loadRuleData } from './builtinRules.js';
import { selectCandidates, type Candidate } from './candidate.js';
import { dropInsideTitles, keepInContext } from './contextFilters.js';
import { dictionaryCandidates, type Layer } from './dictionaryMatch.js';
import { findDocumentAliases, resolveShortMentions } from './docAliases.js';
import type { RuleData } from './ruleData.js';
import { composeNested } from './nestedNames.js';
import { findRuleCandidates } from './rules.js';
import { suffixMatches } from './suffixMatches.js';
import { indexTokens, tokenArraysOf, type TokenArrays, type TokenIndex } from './tokenIndex.js';
import { loadOrgModel } from './learned/load.js';
import { mergeLearned } from './learned/merge.js';
import type { OrgModel } from './learned/model.js';
import { recogniseSpans } from './learned/recognise.js';

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
  /**
   * Run the learned recogniser (a character-level perceptron shipped in `dict/model/`) after the
   * rules and dictionaries, for names no rule or dictionary finds and for cleaner edges
   * (default true). `false` gives the rules and dictionaries alone.
   */
  learned?: boolean;
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
  /** Weights of the learned recogniser, or null when it is off. */
  readonly model: OrgModel | null;
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
      const path = filePathOf(p);
      return { path, label: path };
    });
    const layer = loadDictionaryLayer(sources, options.cache !== undefined ? { cache: options.cache } : {});
    diagnostics.push(...layer.diagnostics);
    if (layer.dictionary) fixed.push((files = layer.dictionary));
  }
  const runtime = options.entries ? entriesFromInputs(options.entries) : { entries: [], diagnostics: [] };
  diagnostics.push(...runtime.diagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) throw new DictionaryError(diagnostics);
  const model = options.learned === false ? null : loadOrgModel();
  return buildTagger({ rules, fixed, files, fileWarnings: Object.freeze(diagnostics), runtime: runtime.entries, removed: new Set(), model });
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
  let suffixScratch = new Int32Array(0);
  const tagArrays = (text: string, tokens: TokenArrays): Entity[] => {
    if (tokens.length > 0 && scratch.length < text.length) scratch = new Int32Array(Math.max(text.length, scratch.length * 2, 1024));
    if (suffixScratch.length < text.length) suffixScratch = new Int32Array(Math.max(text.length, suffixScratch.length * 2, 1024));
    // the suffix rules and the recogniser's features both ask for the suffix at each character
    const suffixAt = suffixMatches(text, rules, suffixScratch);
    // the token covering each character, asked by the rules and again by the recogniser
    const ix = indexTokens(text, tokens, scratch);
    const found = tagText(text, ix, layers, rules, suffixAt);
    // the recogniser learned from words, and a unit's name is made of words: without them (no
    // tokens, or the 'none' segmenter's single characters) the rules answer alone
    if (!hasWords(tokens)) return found;
    // a parent followed by a named unit of it is one name (卫生部营养与食品研究所); the recogniser
    // sees these names as rule answers, as in training, and may make new ones
    const ruled = composeNested(text, tokens, found, rules);
    if (state.model === null) return ruled;
    return composeNested(text, tokens, mergeLearned(text, ruled, recogniseSpans(state.model, text, tokens, ruled, rules, suffixAt, ix?.at), rules, tokens), rules);
  };
  const tagger: EntityTagger = Object.freeze({
    diagnostics: warnings,
    tag: (text: string, tokens: readonly Token[]): Entity[] => tagArrays(text, tokenArraysOf(tokens)),
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
  arrayTaggers.set(tagger, tagArrays);
  return tagger;
}

/** The array form of each tagger's `tag`, for the pipeline (not public: the arrays are the segmenter's internals). */
const arrayTaggers = new WeakMap<EntityTagger, (text: string, tokens: TokenArrays) => Entity[]>();

/**
 * `tagger.tag(text, tokens)` with the tokens as typed arrays (the pipeline's `TokenTable`), so
 * no token object is made for the entity stage.
 *
 * @example
 * tagTokenArrays(createEntityTagger(), '华为公司', table)
 */
export function tagTokenArrays(tagger: EntityTagger, text: string, tokens: TokenArrays): Entity[] {
  const f = arrayTaggers.get(tagger);
  if (f === undefined) throw new TypeError('tagTokenArrays() needs a tagger made by createEntityTagger()');
  return f(text, tokens);
}

/** True when some token is longer than one character (a word segmenter's output). */
function hasWords(tokens: TokenArrays): boolean {
  const { starts, ends } = tokens;
  for (let k = 0; k < tokens.length; k++) if ((ends[k] as number) - (starts[k] as number) > 1) return true;
  return false;
}

function tagText(text: string, ix: TokenIndex | null, layers: readonly Layer[], rules: RuleData, suffixAt: Int32Array): Entity[] {
  const base = dropInsideTitles(text, [...keepInContext(text, dictionaryCandidates(text, ix, layers), rules), ...findRuleCandidates(text, ix, rules, suffixAt)]);
  const first = selectCandidates(base);
  const docAliases = findDocumentAliases(text, first, ix, rules);
  const chosen = docAliases.length > 0 ? selectCandidates([...base, ...docAliases]) : first;
  return resolveShortMentions(chosen).map((c) => toEntity(text, c));
}

function toEntity(text: string, c: Candidate): Entity {
  const e: { -readonly [K in keyof Entity]: Entity[K] } = {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    type: c.type as EntityType,
    subtype: c.subtype,
    canonical: c.canonical,
    source: c.source,
  };
  // the id only when there is one, assigned rather than spread (the same keys in the same order)
  if (c.id !== undefined) e.id = c.id;
  return e;
}
