/**
 * Whether an output path is one of the inputs: the same file by device and inode, so `./x`,
 * absolute paths, symbolic links and hard links are all caught. Writing there would destroy
 * the input before it is read.
 */
import { statSync } from 'node:fs';

/** Device and inode of an existing file, or null (no such file, or unreadable). */
export function fileIdentity(path: string): string | null {
  try {
    const info = statSync(path, { bigint: true });
    return `${info.dev}:${info.ino}`;
  } catch {
    return null;
  }
}

/**
 * True when both paths name the same existing file.
 *
 * @example
 * sameFile('news.txt', './news.txt') //=> true
 * sameFile('news.txt', 'news.html') //=> false (when news.html does not exist or is another file)
 */
export function sameFile(a: string, b: string): boolean {
  const x = fileIdentity(a);
  return x !== null && x === fileIdentity(b);
}
