import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JiebaDictionary } from './dictionary.js';

// Node only: the analyzer's default dictionary is the file `npm run build` compiles beside the
// bundles (dist/jieba.dict). From the sources (tests, tsx) it is the same file under dist/.
let bundled: JiebaDictionary | undefined;

/** Where the bundled dictionary file is (ZHNEWS_JIEBA_DICT overrides), or null when missing. */
export function bundledJiebaPath(): string | null {
  const override = process.env.ZHNEWS_JIEBA_DICT;
  if (override) return override;
  for (const rel of ['./jieba.dict', '../jieba.dict', '../../../dist/jieba.dict']) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) return path;
  }
  return null;
}

/**
 * The bundled jieba dictionary, read once per process (one file read, then one linear expansion).
 *
 * @example
 * const dict = loadBundledJieba();
 */
export function loadBundledJieba(): JiebaDictionary {
  if (bundled) return bundled;
  const path = bundledJiebaPath();
  if (path === null) throw new Error("zhnews: the compiled jieba dictionary (dist/jieba.dict) is missing; run 'npm run build'");
  const buf = readFileSync(path);
  bundled = JiebaDictionary.fromBytes(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
  return bundled;
}
