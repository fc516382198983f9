/**
 * Dictionary files → one compiled layer, through a cache of binary snapshots keyed by a hash of
 * the files' contents, so a large dictionary is compiled once and then loads in a blink. This
 * module and `node.ts` are the only ones of `entities` that touch the file system.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { compileWithCollisions, type CompiledDictionary } from './compile.js';
import { decodeSnapshot, encodeSnapshot, SNAPSHOT_VERSION } from './snapshot.js';
import { parseEntityDictionary } from './tsv.js';
import { KNOWN_SUBTYPES, type DictionaryDiagnostic, type ParsedEntry } from './types.js';
import { validateLayer } from './validate.js';

/** Where and when compiled dictionaries are cached. */
export interface DictionaryCacheOptions {
  /**
   * Folder of the snapshots. Default: `$ZHNEWS_CACHE_DIR`; else `node_modules/.cache/zhnews` of
   * the nearest folder above the working directory holding both `package.json` and
   * `node_modules`; else `$XDG_CACHE_HOME/zhnews`, else `~/.cache/zhnews`.
   */
  readonly dir?: string;
  /**
   * Files smaller than this in total (bytes) are compiled every time instead (default 262,144:
   * below that, compiling takes a few milliseconds and a cache file would only be clutter).
   */
  readonly minBytes?: number;
}

/** Default of {@link DictionaryCacheOptions.minBytes}. */
export const DEFAULT_CACHE_MIN_BYTES = 256 * 1024;

/**
 * The cache folder used when none is given (see {@link DictionaryCacheOptions.dir}).
 *
 * @example
 * defaultCacheDir() //=> '/home/me/project/node_modules/.cache/zhnews'
 */
export function defaultCacheDir(): string {
  const env = process.env.ZHNEWS_CACHE_DIR;
  if (env) return resolve(env);
  let dir = process.cwd();
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'node_modules'))) return join(dir, 'node_modules', '.cache', 'zhnews');
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'zhnews');
}

/** One dictionary file: `label` names it in diagnostics (`label:line: reason`). */
export interface DictionarySource {
  /** Where to read the file. */
  readonly path: string;
  /** How diagnostics name it (`label:line: reason`). */
  readonly label: string;
}

/** What {@link loadDictionaryLayer} did. */
export interface LoadedLayer {
  /** The compiled layer, or null when a file has errors (see `diagnostics`) or no entries. */
  readonly dictionary: CompiledDictionary | null;
  /** Errors (then `dictionary` is null) and warnings; warnings are kept in the snapshot too. */
  readonly diagnostics: readonly DictionaryDiagnostic[];
  /** `hit`: loaded from the snapshot; `written`: compiled and cached; `compiled`: compiled, not cached. */
  readonly cache: 'hit' | 'written' | 'compiled';
  /** The snapshot file, when caching applies. */
  readonly cacheFile?: string;
  /** Milliseconds spent compiling, or loading the snapshot. */
  readonly ms: number;
}

/** Everything that changes how text becomes a compiled layer; part of the cache key. */
// scripts: 1 = traditional keys also compiled in simplified (#19); snapshots from before lack them.
const COMPILE_KEY = JSON.stringify({ snapshot: SNAPSHOT_VERSION, parser: 1, scripts: 1, subtypes: KNOWN_SUBTYPES });

/**
 * Reads dictionary files (in layer order), checks them and compiles them into one layer, using
 * the snapshot cache when enabled: the key is a SHA-256 of the format version, each file's path
 * and its bytes, so an edited file is never served stale. Snapshots are written atomically
 * (temporary file + rename); an unreadable or damaged snapshot is ignored and rebuilt; an
 * unusable cache folder only means no caching (at once, with a `dict/cache` warning), and a
 * snapshot whose recorded source key is not this one (copied under another name) is ignored. Writing a new snapshot for the same list of
 * files deletes the older ones.
 *
 * `validate` runs the cross-row checks of a user layer (see `validateLayer`); parse errors are
 * always reported.
 *
 * @example
 * const layer = loadDictionaryLayer([{ path: 'orgs.tsv', label: 'orgs.tsv' }], { cache: { dir: '/tmp/zhnews-cache' } });
 * layer.cache //=> 'written' the first time, 'hit' afterwards
 */
export function loadDictionaryLayer(
  sources: readonly DictionarySource[],
  options: { readonly cache?: DictionaryCacheOptions | false; readonly validate?: boolean } = {},
): LoadedLayer {
  const t0 = performance.now();
  const diagnostics: DictionaryDiagnostic[] = [];
  const texts: Buffer[] = [];
  for (const s of sources) {
    try {
      texts.push(readFileSync(s.path));
    } catch (error) {
      diagnostics.push({ file: s.label, line: 0, severity: 'error', code: 'dict/io', message: `cannot read: ${(error as Error).message}` });
      texts.push(Buffer.alloc(0));
    }
  }
  const cache = options.cache === false ? null : (options.cache ?? {});
  const total = texts.reduce((n, b) => n + b.byteLength, 0);
  let cacheFile: string | undefined;
  let sourceKey = '';
  if (cache && diagnostics.length === 0 && total >= (cache.minBytes ?? DEFAULT_CACHE_MIN_BYTES)) {
    const dir = cache.dir !== undefined ? resolve(cache.dir) : defaultCacheDir();
    const who = createHash('sha256');
    const key = createHash('sha256').update(COMPILE_KEY).update(options.validate === false ? 'raw' : 'checked');
    sources.forEach((s, i) => {
      const bytes = texts[i] as Buffer;
      const id = `${resolve(s.path)}\0${s.label}\0`;
      who.update(id);
      key.update(`\0${id}${bytes.byteLength}\0`).update(bytes);
    });
    const prefix = who.digest('hex').slice(0, 16);
    sourceKey = key.digest('hex');
    cacheFile = join(dir, `${prefix}-${sourceKey.slice(0, 32)}.zhdict`);
    const hit = readSnapshot(cacheFile, sourceKey);
    if (hit) return { ...hit, cache: 'hit', cacheFile, ms: performance.now() - t0 };
  }
  const entries: ParsedEntry[] = [];
  sources.forEach((s, i) => {
    if (diagnostics.some((d) => d.file === s.label && d.code === 'dict/io')) return;
    const parsed = parseEntityDictionary((texts[i] as Buffer).toString('utf8'), s.label);
    for (const e of parsed.entries) entries.push(e);
    for (const d of parsed.diagnostics) diagnostics.push(d);
  });
  texts.length = 0;
  // Compile first (also when some rows had errors: every problem is reported at once): the trie build finds every name or alias shared by two keys, and only the
  // rows involved can have cross-row problems, so the checks run on them alone (the same
  // diagnostics as checking every row, without Maps of a million names).
  const compiled = entries.length > 0 ? compileWithCollisions(entries) : null;
  if (compiled && options.validate !== false) {
    const involved: ParsedEntry[] = [];
    for (let i = 0; i < entries.length; i++) if (compiled.colliding[i] === 1) involved.push(entries[i] as ParsedEntry);
    for (const d of validateLayer(involved)) diagnostics.push(d);
  }
  entries.length = 0;
  if (diagnostics.some((d) => d.severity === 'error')) return { dictionary: null, diagnostics, cache: 'compiled', ms: performance.now() - t0 };
  const dictionary = compiled ? compiled.dictionary : null;
  if (cacheFile && dictionary) {
    // the full key goes inside: a snapshot copied under another name is recognised as foreign
    const problem = writeSnapshot(cacheFile, encodeSnapshot(dictionary, { warnings: diagnostics, sourceKey }));
    if (problem === null) return { dictionary, diagnostics, cache: 'written', cacheFile, ms: performance.now() - t0 };
    const warning: DictionaryDiagnostic = {
      file: sources[0]?.label ?? '',
      line: 0,
      severity: 'warning',
      code: 'dict/cache',
      message: `cache folder ${dirname(cacheFile)} cannot be used (${problem}); compiled without caching (set ZHNEWS_CACHE_DIR to a writable folder)`,
    };
    return { dictionary, diagnostics: [...diagnostics, warning], cache: 'compiled', cacheFile, ms: performance.now() - t0 };
  }
  return { dictionary, diagnostics, cache: 'compiled', ...(cacheFile ? { cacheFile } : {}), ms: performance.now() - t0 };
}

function readSnapshot(file: string, sourceKey: string): { dictionary: CompiledDictionary; diagnostics: DictionaryDiagnostic[] } | null {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return null;
  }
  try {
    const { dictionary, extra } = decodeSnapshot(buf);
    const meta = extra as { warnings?: unknown; sourceKey?: unknown } | null;
    const warnings = meta?.warnings;
    // compiled from other files (copied or renamed into place): not this dictionary
    if (!Array.isArray(warnings) || meta?.sourceKey !== sourceKey) return null;
    return { dictionary, diagnostics: warnings as DictionaryDiagnostic[] };
  } catch {
    // damaged, truncated or of another version: rebuilt (and overwritten) by the caller
    return null;
  }
}

/**
 * Creates a folder and its missing parents one level at a time. Node 20's recursive
 * `mkdirSync` never returns for some unusable paths (`/proc/nope`); one level at a time, every
 * failure is an immediate error.
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) {
    if (dirname(d) === d) break;
    missing.unshift(d);
  }
  for (const d of missing) mkdirSync(d);
}

/** Writes a snapshot atomically; returns null, or why the cache folder cannot be used. */
function writeSnapshot(file: string, data: Buffer): string | null {
  const dir = dirname(file);
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    makeFolders(dir);
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
  // older snapshots of the same list of files are stale now
  const base = file.slice(dir.length + 1);
  const prefix = base.slice(0, base.indexOf('-') + 1);
  try {
    for (const f of readdirSync(dir)) {
      if (f !== base && f.startsWith(prefix) && f.endsWith('.zhdict')) {
        try {
          unlinkSync(join(dir, f));
        } catch {
          // another process may have removed it
        }
      }
    }
  } catch {
    // the folder cannot be listed: leave it
  }
  return null;
}
