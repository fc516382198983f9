/**
 * `zhnews/dict`: the dictionary tooling that `zhnews dict` and `createAnalyzer({ dictionaries })`
 * are built on, for programs that manage large name lists themselves. Node.js only (it reads
 * files and keeps a snapshot cache on disk). Explicit named re-exports only.
 *
 * @example
 * import { importNames, formatDictionary, loadDictionaryLayer } from 'zhnews/dict';
 * const { entries } = importNames('蓝鲸数字科技有限公司\n', { from: 'txt' });
 * writeFileSync('orgs.tsv', formatDictionary(entries));
 * loadDictionaryLayer([{ path: 'orgs.tsv', label: 'orgs.tsv' }]).cache; //=> 'compiled' (small files are not cached)
 *
 * @packageDocumentation
 */
export { createEntityTagger, type EntityTagger, type EntityTaggerOptions } from './entities/index.js';
export {
  defaultCacheDir,
  loadDictionaryLayer,
  DEFAULT_CACHE_MIN_BYTES,
  type DictionaryCacheOptions,
  type DictionarySource,
  type LoadedLayer,
} from './dictionary/cache.js';
export { decodeSnapshot, encodeSnapshot, SnapshotError, SNAPSHOT_VERSION, type DecodedSnapshot } from './dictionary/snapshot.js';
export {
  dictionaryStats,
  formatDictionary,
  importNames,
  type DictionaryStats,
  type ImportedEntry,
  type ImportOptions,
  type ImportResult,
  type LongName,
  type SubtypeCount,
  type SkippedLine,
} from './dictionary/importers.js';
export { parseEntityDictionary } from './dictionary/tsv.js';
export { validateEntries, validateLayer } from './dictionary/validate.js';
export { compileDictionary, type CompiledDictionary } from './dictionary/compile.js';
export { readDictionaryFile } from './dictionary/files.js';
export {
  DictionaryError,
  formatDiagnostic,
  KNOWN_SUBTYPES,
  type DictionaryDiagnostic,
  type DictionaryEntryInput,
  type ParsedDictionary,
  type ParsedEntry,
} from './dictionary/types.js';
