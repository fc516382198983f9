/**
 * The package's data files in a runtime without a file system (a browser, a worker): they are
 * fetched once through a loader the user gives, by their path inside the package, and kept
 * here for the page's lifetime, read-only and shared by every analyzer, as the Node build
 * shares what it reads from disk.
 */
import { RULE_FILES as RULE_FILE_NAMES } from '../entities/ruleFiles.js';

/**
 * Fetches one file of the zhnews package by its path inside the package (`'dist/jieba.dict'`,
 * `'dict/entities/enterprises.tsv'`, `'dict/model/orgs.bin'`…), e.g. from where you serve
 * `node_modules/zhnews` or from a CDN.
 *
 * @example
 * const load: PackageFileLoader = async (path) => (await fetch(`/zhnews/${path}`)).arrayBuffer();
 */
export type PackageFileLoader = (path: string) => Promise<ArrayBuffer | Uint8Array> | ArrayBuffer | Uint8Array;

const files = new Map<string, Uint8Array>();

/** The jieba dictionary file, compiled at build time. */
export const JIEBA_FILE = 'dist/jieba.dict';
/** The rule tables of the entity tagger (always needed). */
export const RULE_FILES = Object.values(RULE_FILE_NAMES).map((f) => `dict/entities/${f}`);
/** The built-in organisation dictionaries, in layer order. */
export const BUILTIN_FILES = ['enterprises.tsv', 'institutions.tsv', 'sports.tsv'].map((f) => `dict/entities/${f}`);
/** The weights of the learned organisation recogniser. */
export const MODEL_FILE = 'dict/model/orgs.bin';

/**
 * Fetches the files not fetched yet (all at once) through `load`; a file that cannot be had is
 * an error naming it.
 *
 * @example
 * await loadPackageFiles(load, [JIEBA_FILE, ...RULE_FILES]);
 */
export async function loadPackageFiles(load: PackageFileLoader, paths: readonly string[]): Promise<void> {
  if (typeof load !== 'function') throw new TypeError('load must be a function (path inside the package) => bytes, e.g. one that fetches the file');
  const missing = paths.filter((p) => !files.has(p));
  const got = await Promise.all(
    missing.map(async (path) => {
      let data: unknown;
      try {
        data = await load(path);
      } catch (cause) {
        throw new Error(`zhnews: cannot load the package file ${path}: ${(cause as Error)?.message ?? String(cause)}`, { cause });
      }
      // by tag, not instanceof: bytes from another realm (a worker, an iframe) are bytes too
      const tag = Object.prototype.toString.call(data);
      if (tag === '[object Uint8Array]') {
        const view = data as Uint8Array;
        return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
      }
      if (tag === '[object ArrayBuffer]') return new Uint8Array(data as ArrayBuffer);
      throw new TypeError(`zhnews: the loader gave ${Object.prototype.toString.call(data)} for ${path}, not an ArrayBuffer or Uint8Array`);
    }),
  );
  missing.forEach((path, i) => files.set(path, got[i]!));
}

/** True when the file was loaded. */
export function hasPackageFile(path: string): boolean {
  return files.has(path);
}

/**
 * The bytes of a loaded package file; an error saying how to load it when it was not.
 *
 * @example
 * packageFile('dist/jieba.dict').byteLength //=> 2549584
 */
export function packageFile(path: string): Uint8Array {
  const bytes = files.get(path);
  if (bytes) return bytes;
  throw new Error(
    `zhnews: ${path} is not loaded; outside Node create the analyzer with \`await createAnalyzer({ load })\` (load fetches package files by path), or pass the jieba dictionary bytes to createSegmenter('jieba', { dictionary })`,
  );
}

/** A loaded package file as UTF-8 text. */
export function packageText(path: string): string {
  return new TextDecoder().decode(packageFile(path));
}

/** The error of every file-reading function in the browser build: there are no files. */
export function dictionaryFilesNeedNode(): never {
  throw new TypeError('zhnews: dictionary files need Node; outside Node pass the entries themselves (createAnalyzer({ entries }))');
}
