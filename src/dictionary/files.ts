/**
 * File access of the dictionaries (with `cache.ts`): finds the package's `dict/` folder, reads the
 * built-in dictionaries once per process, and reads user dictionary files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDictionaryLayer } from './cache.js';
import { compileDictionary, type CompiledDictionary } from './compile.js';
import { parseEntityDictionary } from './tsv.js';
import type { ParsedDictionary } from './types.js';

let dictDirCache: string | null = null;
/**
 * The package's `dict/entities` folder: walks up from this module (src/dictionary in the repo,
 * dist/ in the package; tsup's shims give CJS an `import.meta.url`).
 *
 * @example
 * entityDictDir() //=> '/…/node_modules/zhnews/dict/entities'
 */
export function entityDictDir(): string {
  if (dictDirCache) return dictDirCache;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'dict', 'entities');
    if (existsSync(join(candidate, 'suffixes.tsv'))) return (dictDirCache = candidate);
    dir = dirname(dir);
  }
  throw new Error(`zhnews: cannot find dict/entities above ${dirname(fileURLToPath(import.meta.url))}`);
}

/**
 * A dictionary file given as a path or a `file:` URL, as a path (the browser build has no files).
 *
 * @example
 * filePathOf(new URL('file:///srv/orgs.tsv')) //=> '/srv/orgs.tsv'
 */
export function filePathOf(file: string | URL): string {
  return typeof file === 'string' ? file : fileURLToPath(file);
}

/** Built-in dictionary files, in layer order. */
export const BUILTIN_DICTIONARY_FILES = ['enterprises.tsv', 'institutions.tsv', 'sports.tsv'] as const;

let builtinDictCache: CompiledDictionary | null = null;

/**
 * The compiled built-in dictionary (`enterprises.tsv`, `institutions.tsv`, `sports.tsv`), loaded
 * on first use and shared read-only by every tagger of the process. It goes through the same
 * snapshot cache as user files (see `loadDictionaryLayer`; folder from `defaultCacheDir()`), so
 * a process after the first loads it from the binary snapshot instead of compiling the TSV.
 *
 * @example
 * loadBuiltinDictionary().trie.get('华为') >= 0 //=> true
 */
export function loadBuiltinDictionary(): CompiledDictionary {
  if (builtinDictCache) return builtinDictCache;
  const dir = entityDictDir();
  const layer = loadDictionaryLayer(
    BUILTIN_DICTIONARY_FILES.map((f) => ({ path: join(dir, f), label: `dict/entities/${f}` })),
    { validate: false, cache: { minBytes: 0 } },
  );
  const errors = layer.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(errors.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
  builtinDictCache = layer.dictionary ?? compileDictionary([]);
  return builtinDictCache;
}

/**
 * Reads and parses one user dictionary file; an unreadable file is reported as a diagnostic.
 *
 * @example
 * readDictionaryFile('my-orgs.tsv').diagnostics //=> [] when the file is well formed
 */
export function readDictionaryFile(path: string | URL): ParsedDictionary {
  const file = typeof path === 'string' ? path : fileURLToPath(path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return {
      entries: [],
      diagnostics: [{ file, line: 0, severity: 'error', code: 'dict/io', message: `cannot read: ${(error as Error).message}` }],
    };
  }
  return parseEntityDictionary(text, file);
}
