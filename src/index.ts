/**
 * zhnews: facts out of Chinese news text (Node build). Explicit named re-exports only; what
 * every build shares is listed in `portable.ts`, the browser build's entry is `browser.ts`.
 *
 * @example
 * import { createAnalyzer } from 'zhnews';
 * const analyzer = await createAnalyzer();
 * const doc = analyzer.analyze('今年，廊坊开发区将投入至少1.8亿元。', { date: '2020-04-14' });
 */
export * from './portable.js';
export { createAnalyzer, createAnalyzerSync, type Analyzer, type AnalyzerOptions } from './pipeline/createAnalyzer.js';
export { analyzeMany } from './batch/analyzeMany.js';
export type {
  AnalyzeManyOptions,
  BatchDocument,
  BatchErrorCode,
  BatchErrorInfo,
  BatchFailure,
  BatchInput,
  BatchOutcome,
  BatchResult,
  Keyword,
  KeywordOptions,
} from './batch/types.js';
