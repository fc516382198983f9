/**
 * Input discovery: files, directories (recursive), glob patterns and `-` for standard input,
 * each resolved to a format (txt, jsonl, csv; optionally gzip-compressed).
 */
import { readdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** How a file's content is split into documents. */
export type InputFormat = 'txt' | 'jsonl' | 'csv';

/** One input to read, in reading order. */
export type InputSource =
  | {
      readonly kind: 'file';
      /** Absolute path. */
      readonly path: string;
      /** The path as shown in records (`source`): relative to the working directory when inside it. */
      readonly source: string;
      /** The document id of a `.txt` file: its path relative to the directory argument, or `source`. */
      readonly id: string;
      readonly format: InputFormat;
      readonly gzip: boolean;
      /** Size on disk in bytes (compressed size for `.gz`). */
      readonly size: number;
      /** Device and inode: the file whatever path (link, symbolic link) reached it. */
      readonly identity: string;
      /** Found inside a directory argument (not named, nor matched by a glob). */
      readonly inDirectory: boolean;
    }
  | { readonly kind: 'stdin'; readonly source: '-'; readonly id: '-' }
  /** A path inside a directory argument that cannot be read (a subdirectory that cannot be listed, a broken link): one error record. */
  | { readonly kind: 'unreadable'; readonly source: string; readonly id: string; readonly message: string };

/** Thrown for inputs that name nothing: the CLI turns it into a usage error. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

const KNOWN = /\.(txt|jsonl|ndjson|csv)(\.gz)?$/i;

/**
 * The format of a file by its name: `.jsonl`/`.ndjson`, `.csv`, else text; a `.gz` suffix means
 * gzip around it.
 *
 * @example
 * formatOf('2020/news.jsonl.gz') //=> { format: 'jsonl', gzip: true }
 * formatOf('notes.md') //=> { format: 'txt', gzip: false }
 */
export function formatOf(name: string): { format: InputFormat; gzip: boolean } {
  const gzip = /\.gz$/i.test(name);
  const inner = gzip ? name.slice(0, -3) : name;
  const format: InputFormat = /\.(jsonl|ndjson)$/i.test(inner) ? 'jsonl' : /\.csv$/i.test(inner) ? 'csv' : 'txt';
  return { format, gzip };
}

function posix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function display(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? posix(rel) : posix(abs);
}

const identityOf = (info: Stats): string => `${info.dev}:${info.ino}`;

/** What a directory walk finds: files to read, and paths that cannot be read (with why). */
type Found = { readonly path: string; readonly info: Stats } | { readonly path: string; readonly problem: string };

function problemOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code && !String(e.message).startsWith(e.code) ? `${e.code}: ${e.message}` : String(e.message ?? error);
}

/**
 * Walks a directory in name order. Symbolic links are followed (to files and to folders), a
 * folder reached again through a link loop is walked once, and what cannot be read (a folder
 * that cannot be listed, a broken link) is found as a problem instead of ending the run.
 */
async function walk(dir: string, out: Found[], visited: Set<string>): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.push({ path: dir, problem: `cannot list the folder: ${problemOf(error)}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (!entry.isSymbolicLink() && !entry.isDirectory() && !entry.isFile()) continue; // sockets, devices, pipes
    let info: Stats;
    try {
      info = await stat(path);
    } catch (error) {
      // a link to nothing named like a document is a document that cannot be read
      if (entry.isDirectory() || KNOWN.test(entry.name)) {
        out.push({ path, problem: `${entry.isSymbolicLink() ? 'broken symbolic link' : 'cannot read'}: ${problemOf(error)}` });
      }
      continue;
    }
    if (info.isDirectory()) {
      const id = identityOf(info);
      if (visited.has(id)) continue; // a link loop, or a folder reached twice
      visited.add(id);
      await walk(path, out, visited);
    } else if (info.isFile() && KNOWN.test(entry.name)) out.push({ path, info });
  }
}

/**
 * Resolves the command-line inputs, in the order given (directory contents and glob matches
 * sorted by path). Directories contribute only `.txt`, `.jsonl`, `.ndjson` and `.csv` files
 * (and their `.gz`) and skip hidden entries; a file named explicitly is read whatever its name
 * (unknown extensions as text). Symbolic links are followed; a file reached twice (by links, or
 * a glob through a link loop) is read once; a subfolder that cannot be listed or a broken link
 * becomes an `unreadable` source (one error record). Throws {@link InputError}
 * for a path that does not exist, a glob that matches nothing, or no inputs at all.
 *
 * @example
 * const inputs = await discoverInputs(['archive/', 'extra/*.jsonl', '-']);
 * inputs.map((i) => i.source) //=> ['archive/a.txt', 'archive/b/c.jsonl.gz', 'extra/x.jsonl', '-']
 */
export async function discoverInputs(inputs: readonly string[], cwd = process.cwd()): Promise<InputSource[]> {
  if (inputs.length === 0) throw new InputError('no inputs: name files, directories, glob patterns or - for standard input');
  const out: InputSource[] = [];
  const seen = new Set<string>();
  let stdin = false;
  // keyed by device and inode: a file reached by two paths (links, a glob through a link loop) is read once
  const add = async (abs: string, id: string, inDirectory: boolean, known?: Stats): Promise<void> => {
    const info = known ?? (await stat(abs));
    const identity = identityOf(info);
    if (seen.has(identity)) return;
    seen.add(identity);
    out.push({ kind: 'file', path: abs, source: display(abs, cwd), id, ...formatOf(abs), size: info.size, identity, inDirectory });
  };
  for (const input of inputs) {
    if (input === '-') {
      if (stdin) throw new InputError('- (standard input) may be named only once');
      stdin = true;
      out.push({ kind: 'stdin', source: '-', id: '-' });
      continue;
    }
    const abs = resolve(cwd, input);
    const info = await stat(abs).catch(() => null);
    if (info?.isDirectory()) {
      const found: Found[] = [];
      await walk(abs, found, new Set([identityOf(info)]));
      for (const f of found) {
        const id = posix(relative(abs, f.path)) || posix(basename(abs));
        if ('problem' in f) out.push({ kind: 'unreadable', source: display(f.path, cwd), id, message: f.problem });
        else await add(f.path, id, true, f.info);
      }
    } else if (info?.isFile()) {
      await add(abs, display(abs, cwd), false, info);
    } else if (!info && isDynamicPattern(input)) {
      const matches = await glob(input, { cwd, absolute: true, onlyFiles: true, expandDirectories: false });
      if (matches.length === 0) throw new InputError(`no files match ${input}`);
      matches.sort();
      for (const match of matches) await add(resolve(match), display(resolve(match), cwd), false);
    } else if (info) {
      throw new InputError(`not a file or directory: ${input}`);
    } else {
      throw new InputError(`no such file or directory: ${input}`);
    }
  }
  return out;
}
