/**
 * zhnews for browsers, web workers and other runtimes without Node's file system (the `browser`
 * condition of the root entry, and `zhnews/browser`). The same library as the Node build, except:
 * the package's data files are fetched through `createAnalyzer({ load })`, user dictionaries are
 * given as entries, and `analyzeMany` (worker threads) is Node only.
 *
 * @example
 * import { createAnalyzer } from 'zhnews/browser';
 * const analyzer = await createAnalyzer({ load: async (path) => (await fetch(`/zhnews/${path}`)).arrayBuffer() });
 * const doc = analyzer.analyze('今年，廊坊开发区将投入至少1.8亿元。', { date: '2020-04-14' });
 */
export * from './portable.js';
export { createAnalyzer, type BrowserAnalyzerOptions } from './browser/createAnalyzer.js';
export { createAnalyzerSync, type Analyzer, type AnalyzerOptions } from './pipeline/createAnalyzer.js';
export { type PackageFileLoader } from './browser/packageData.js';
