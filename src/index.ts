/**
 * zhnews: facts out of Chinese news text. Explicit named re-exports only.
 *
 * @example
 * import { createAnalyzer } from 'zhnews';
 * const analyzer = await createAnalyzer();
 * const doc = analyzer.analyze('今年，廊坊开发区将投入至少1.8亿元。', { date: '2020-04-14' });
 */
export type {
  Analysis,
  AnalyzeOptions,
  Change,
  Comparator,
  Cue,
  Entity,
  EntitySubtype,
  EntityType,
  Horizon,
  Quantity,
  QuantityFields,
  RangeValue,
  Script,
  Sentence,
  SingleValue,
  Span,
  Statement,
  StatementFields,
  StatementKind,
  TextSpan,
  Token,
  ValueBounds,
  UnitKind,
} from './core/types.js';
export { createAnalyzer, createAnalyzerSync, type Analyzer, type AnalyzerOptions } from './pipeline/createAnalyzer.js';
export { parseNumber, extractQuantities } from './numbers/index.js';
export {
  DictionaryError,
  formatDiagnostic,
  KNOWN_SUBTYPES,
  type DictionaryCacheOptions,
  type DictionaryDiagnostic,
  type DictionaryEntryInput,
} from './entities/index.js';
export { extractStatements, type ExtractStatementsOptions } from './pipeline/extractStatements.js';
export {
  createSegmenter,
  JiebaDictionary,
  JiebaDictionaryError,
  SegmenterUnavailableError,
  type JiebaOptions,
  type JiebaUserWord,
  type Segmenter,
  type SegmenterChoice,
  type TaggedWord,
} from './segment/index.js';
export { renderHtml, type RenderOptions } from './render/index.js';
export { analyzeMany } from './batch/analyzeMany.js';
export { detectScript } from './normalize/detectScript.js';
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
