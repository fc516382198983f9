import { readFile } from 'node:fs/promises';

/** Reads a file path, or standard input for `-`, as UTF-8 text (a leading BOM is kept; analysis drops it). */
export async function readTextInput(path: string): Promise<string> {
  if (path !== '-') return readFile(path, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
