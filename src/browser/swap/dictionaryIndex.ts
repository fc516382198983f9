// Browser build of dictionary/index.ts: the same re-exports without the Node-only modules (files,
// snapshot cache), which read and write the file system.
export type { DictionaryEntryInput, DictionaryDiagnostic, ParsedEntry } from '../../dictionary/types.js';
export { DictionaryError, formatDiagnostic, KNOWN_SUBTYPES } from '../../dictionary/types.js';
export { parseEntityDictionary, parseTsvTable, declaredSubtypes } from '../../dictionary/tsv.js';
export { validateEntries, validateLayer } from '../../dictionary/validate.js';
export { compileDictionary, entryIndexOf, lookupAt, StringTable, type CompiledDictionary, type DictionaryHit } from '../../dictionary/compile.js';
export { CompactTrie, type CompactTrieParts } from '../../dictionary/trie.js';
export type { DictionaryCacheOptions, DictionarySource, LoadedLayer } from '../../dictionary/cache.js';
