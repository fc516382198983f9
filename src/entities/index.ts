/**
 * Enterprises and institutions: dictionary matching (our own trie, longest match), suffix rules
 * for unseen names, and document-local aliases. `createEntityTagger()` is what the pipeline calls.
 */
import type { Entity, EntityType, Token } from '../core/types.js';
import { selectCandidates, type Candidate } from './candidate.js';
import { compileDictionary, hitOf, type CompiledDictionary } from './dictionary.js';
import { findDocumentAliases, resolveShortMentions } from './docAliases.js';
import { loadBuiltinDictionary, loadRuleData, readDictionaryFile } from './node.js';
import type { RuleData } from './data.js';
import { findRuleCandidates } from './rules.js';
import { CompactTrie } from './trie.js';
import { indexTokens, type TokenIndex } from './tokenIndex.js';
import { DictionaryError, ENTITY_TYPES, defaultSubtype, type DictionaryDiagnostic, type ParsedEntry } from './types.js';
import { validateEntries } from './validate.js';

export type { DictionaryEntryInput, DictionaryDiagnostic, ParsedEntry } from './types.js';
export { DictionaryError, formatDiagnostic } from './types.js';
export { parseEntityDictionary, parseTsvTable } from './tsv.js';
export { validateEntries } from './validate.js';
export { compileDictionary, lookupAt, type CompiledDictionary, type DictionaryHit } from './dictionary.js';
export { CompactTrie } from './trie.js';
export { realignTokens } from './realign.js';
export { loadBuiltinDictionary, entityDictDir } from './node.js';

import type { DictionaryEntryInput } from './types.js';

/** Options of {@link createEntityTagger}. */
export interface EntityTaggerOptions {
  /** Use the built-in dictionaries (default true). The suffix rules always run. */
  builtins?: boolean;
  /** User dictionary files (TSV, see dict/README.md); later files win. */
  dictionaries?: readonly (string | URL)[];
  /** Runtime entries; they win over every file. */
  entries?: readonly DictionaryEntryInput[];
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
}

function entriesFromInputs(inputs: readonly DictionaryEntryInput[]): { entries: ParsedEntry[]; diagnostics: DictionaryDiagnostic[] } {
  const entries: ParsedEntry[] = [];
  const diagnostics: DictionaryDiagnostic[] = [];
  inputs.forEach((e, i) => {
    const file = '<entries>';
    const line = i + 1;
    const name = typeof e.name === 'string' ? e.name.trim() : '';
    if (name === '') return void diagnostics.push({ file, line, severity: 'error', code: 'dict/empty-name', message: 'empty name' });
    if (!(ENTITY_TYPES as readonly string[]).includes(e.type)) {
      return void diagnostics.push({ file, line, severity: 'error', code: 'dict/unknown-type', message: `unknown type "${String(e.type)}"` });
    }
    const aliases = (e.aliases ?? []).map((a) => a.trim());
    if (aliases.some((a) => a === '')) return void diagnostics.push({ file, line, severity: 'error', code: 'dict/bad-alias', message: 'empty alias' });
    entries.push({
      name,
      type: e.type,
      subtype: e.subtype || defaultSubtype(e.type),
      aliases: aliases.filter((a) => a !== name),
      ...(e.id !== undefined ? { id: e.id } : {}),
      file,
      line,
    });
  });
  return { entries, diagnostics };
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
  const layers: CompiledDictionary[] = [];
  if (options.builtins !== false) layers.push(loadBuiltinDictionary());
  const userEntries: ParsedEntry[] = [];
  const diagnostics: DictionaryDiagnostic[] = [];
  for (const path of options.dictionaries ?? []) {
    const r = readDictionaryFile(path);
    userEntries.push(...r.entries);
    diagnostics.push(...r.diagnostics);
  }
  if (options.entries) {
    const r = entriesFromInputs(options.entries);
    userEntries.push(...r.entries);
    diagnostics.push(...r.diagnostics);
  }
  // conflicting types are only an error inside one file; across files the later one wins
  const byFile = new Map<string, ParsedEntry[]>();
  for (const e of userEntries) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const list of byFile.values()) diagnostics.push(...validateEntries(list).filter((d) => d.code === 'dict/conflicting-type'));
  diagnostics.push(...validateEntries(userEntries).filter((d) => d.code === 'dict/duplicate-alias'));
  if (diagnostics.some((d) => d.severity === 'error')) throw new DictionaryError(diagnostics);
  if (userEntries.length > 0) layers.push(compileDictionary(userEntries));
  const warnings = Object.freeze(diagnostics.filter((d) => d.severity === 'warning'));
  // Scratch buffer for the per-character token index, owned by this tagger: tag() is
  // synchronous, so reusing it is safe, and it saves a typed-array allocation per call.
  let scratch = new Int32Array(0);
  return Object.freeze({
    diagnostics: warnings,
    tag: (text: string, tokens: readonly Token[]): Entity[] => {
      if (tokens.length > 0 && scratch.length < text.length) scratch = new Int32Array(Math.max(text.length, scratch.length * 2, 1024));
      return tagText(text, tokens, layers, rules, scratch);
    },
  });
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function dictionaryCandidates(text: string, ix: TokenIndex | null, layers: readonly CompiledDictionary[]): Candidate[] {
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
      const m = (layers[l] as CompiledDictionary).trie.packedLongestAt(text, i, segments);
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
    const hit = hitOf(layers[bestLayer] as CompiledDictionary, bestPayload, bestEnd);
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
  layers: readonly CompiledDictionary[],
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
