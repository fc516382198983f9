// Browser build of dictionary/files.ts: the built-in dictionaries come from the loaded package
// files, compiled in memory (no snapshot cache: that is a folder on disk); no user files.
import { compileDictionary, type CompiledDictionary } from '../../dictionary/compile.js';
import { parseEntityDictionary } from '../../dictionary/tsv.js';
import type { ParsedDictionary, ParsedEntry } from '../../dictionary/types.js';
import { BUILTIN_FILES, dictionaryFilesNeedNode, packageText } from '../packageData.js';

/** No file system: the package-relative folder of the entity dictionaries. */
export function entityDictDir(): string {
  return 'dict/entities';
}

/** Always throws: there are no files to read (pass entries instead). */
export function filePathOf(_file: string | URL): string {
  return dictionaryFilesNeedNode();
}

/** Always throws: there are no files to read (pass entries instead). */
export function readDictionaryFile(_path: string | URL): ParsedDictionary {
  return dictionaryFilesNeedNode();
}

let builtinDictCache: CompiledDictionary | null = null;

/** The built-in dictionaries of the loaded package files, compiled once. */
export function loadBuiltinDictionary(): CompiledDictionary {
  if (builtinDictCache) return builtinDictCache;
  const entries: ParsedEntry[] = [];
  for (const path of BUILTIN_FILES) {
    const parsed = parseEntityDictionary(packageText(path), path);
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) throw new Error(errors.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
    for (const e of parsed.entries) entries.push(e);
  }
  builtinDictCache = compileDictionary(entries);
  return builtinDictCache;
}
