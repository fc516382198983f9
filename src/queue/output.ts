/**
 * The per-job output files: JSON Lines records as `zhnews batch` writes them, each opened by
 * the record's index in its input (`{"index":12,"id":…}`) so that `collect` can check that
 * every record is there exactly once. Files are written whole under a temporary name and
 * renamed, so a reader sees the old file or the new one, never half of one.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Opens a record line written by zhnews (`{"id":…}` plus newline) with its index.
 *
 * @example
 * indexedLine(12, '{"id":"a","statements":[]}\n') //=> '{"index":12,"id":"a","statements":[]}\n'
 */
export function indexedLine(index: number, line: string): string {
  return `{"index":${index},${line.slice(1)}`;
}

/**
 * Splits an indexed line back into the index and the line as `zhnews batch` writes it; null
 * for a line that does not start with an index.
 *
 * @example
 * splitIndexedLine('{"index":12,"id":"a"}') //=> { index: 12, line: '{"id":"a"}' }
 * splitIndexedLine('{"id":"a"}') //=> null
 */
export function splitIndexedLine(line: string): { index: number; line: string } | null {
  const m = /^\{"index":(\d{1,15}),/.exec(line);
  if (!m) return null;
  return { index: Number(m[1]), line: `{${line.slice(m[0].length)}` };
}

/** Whether a file name is a temporary file of {@link writeFileAtomic} (left behind by a killed worker). */
export function isTemporaryFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

/**
 * Writes a file atomically: to a unique temporary name in the same directory, flushed to disk,
 * then renamed over the target. Two workers writing the same job at once both write whole
 * files; the last rename wins.
 *
 * @example
 * await writeFileAtomic('out/news.jsonl-28ef8e0ea31c-0.jsonl', lines.join(''));
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    // on disk before the rename makes it visible: a machine crash leaves the old file, not an empty one
    await handle.datasync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
