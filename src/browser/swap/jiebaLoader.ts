// Browser build of segment/jieba/nodeLoader.ts: the dictionary comes from the loaded package files.
import { JiebaDictionary } from '../../segment/jieba/dictionary.js';
import { JIEBA_FILE, packageFile } from '../packageData.js';

let bundled: JiebaDictionary | undefined;

/** No file system: there is no path. */
export function bundledJiebaPath(): string | null {
  return null;
}

/** The jieba dictionary of the loaded package files (an error saying how to load it when missing). */
export function loadBundledJieba(): JiebaDictionary {
  bundled ??= JiebaDictionary.fromBytes(packageFile(JIEBA_FILE));
  return bundled;
}
