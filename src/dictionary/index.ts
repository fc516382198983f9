/**
 * Dictionary infrastructure: the TSV format and its validation, the compact trie, compiled
 * dictionaries, binary snapshots and their cache, importers. This module only re-exports.
 */
export type { DictionaryEntryInput, DictionaryDiagnostic, ParsedEntry } from './types.js';
export { DictionaryError, formatDiagnostic, KNOWN_SUBTYPES } from './types.js';
export { parseEntityDictionary, parseTsvTable, declaredSubtypes } from './tsv.js';
export { validateEntries, validateLayer } from './validate.js';
export { compileDictionary, entryIndexOf, lookupAt, StringTable, type CompiledDictionary, type DictionaryHit } from './compile.js';
export { CompactTrie, type CompactTrieParts } from './trie.js';
export { loadBuiltinDictionary, entityDictDir, readDictionaryFile } from './files.js';
export { decodeSnapshot, encodeSnapshot, SnapshotError, SNAPSHOT_VERSION } from './snapshot.js';
export {
  defaultCacheDir,
  loadDictionaryLayer,
  DEFAULT_CACHE_MIN_BYTES,
  type DictionaryCacheOptions,
  type DictionarySource,
  type LoadedLayer,
} from './cache.js';
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
