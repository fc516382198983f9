/**
 * Input discovery: files, directories (recursive), glob patterns and `-` for standard input,
 * each resolved to a format (txt, jsonl, csv; optionally gzip-compressed).
 */
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
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
    }
  | { readonly kind: 'stdin'; readonly source: '-'; readonly id: '-' };

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

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile() && KNOWN.test(entry.name)) out.push(path);
  }
}

/**
 * Resolves the command-line inputs, in the order given (directory contents and glob matches
 * sorted by path). Directories contribute only `.txt`, `.jsonl`, `.ndjson` and `.csv` files
 * (and their `.gz`) and skip hidden entries; a file named explicitly is read whatever its name
 * (unknown extensions as text). A file reached twice is read once. Throws {@link InputError}
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
  const add = async (abs: string, id: string): Promise<void> => {
    if (seen.has(abs)) return;
    seen.add(abs);
    const info = await stat(abs);
    out.push({ kind: 'file', path: abs, source: display(abs, cwd), id, ...formatOf(abs), size: info.size });
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
      const files: string[] = [];
      await walk(abs, files);
      for (const file of files) await add(file, posix(relative(abs, file)));
    } else if (info?.isFile()) {
      await add(abs, display(abs, cwd));
    } else if (!info && isDynamicPattern(input)) {
      const matches = await glob(input, { cwd, absolute: true, onlyFiles: true, expandDirectories: false });
      if (matches.length === 0) throw new InputError(`no files match ${input}`);
      matches.sort();
      for (const match of matches) await add(resolve(match), display(resolve(match), cwd));
    } else if (info) {
      throw new InputError(`not a file or directory: ${input}`);
    } else {
      throw new InputError(`no such file or directory: ${input}`);
    }
  }
  return out;
}
