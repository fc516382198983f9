import { createAnalyzerSync, type Analyzer, type AnalyzerOptions } from '../pipeline/createAnalyzer.js';
import { BUILTIN_FILES, JIEBA_FILE, loadPackageFiles, MODEL_FILE, RULE_FILES, type PackageFileLoader } from './packageData.js';

/** Options of the browser {@link createAnalyzer}: those of Node's, without files on disk, plus `load`. */
export interface BrowserAnalyzerOptions extends Omit<AnalyzerOptions, 'dictionaries' | 'dictionaryCache'> {
  /**
   * Fetches the package's data files by their path inside the package (`dist/jieba.dict`,
   * `dict/entities/*.tsv`, `dict/model/orgs.bin`): called once per file and page, only for files
   * not loaded yet. Needed by the first analyzer of a page.
   */
  readonly load?: PackageFileLoader;
}

/**
 * Creates an analyzer in a browser, a web worker or any runtime without Node's file system: the
 * package's data files are fetched through `options.load` (once per page), then everything runs
 * as in Node. User dictionaries are given as `entries` (there are no files to read).
 *
 * @example
 * import { createAnalyzer } from 'zhnews/browser';
 * const analyzer = await createAnalyzer({ load: async (path) => (await fetch(`/zhnews/${path}`)).arrayBuffer() });
 * analyzer.analyze('今年，廊坊开发区将投入至少1.8亿元。').statements[0]?.value; //=> 180000000
 */
export async function createAnalyzer(options: BrowserAnalyzerOptions = {}): Promise<Analyzer> {
  if (typeof options !== 'object' || options === null) throw new TypeError('createAnalyzer() expects an options object');
  const { load, ...rest } = options;
  if (load !== undefined) {
    // the jieba dictionary also gives other segmenters' tokens their part-of-speech tags
    const files = [JIEBA_FILE, ...RULE_FILES];
    if (rest.builtins !== false) files.push(...BUILTIN_FILES);
    if (rest.learned !== false) files.push(MODEL_FILE);
    await loadPackageFiles(load, files);
  }
  return createAnalyzerSync(rest);
}
