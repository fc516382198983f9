/**
 * The exports every build of zhnews has (Node and browser): types, numbers, statements,
 * segmenters, rendering. `index.ts` (Node) and `browser.ts` add their own createAnalyzer.
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
export { detectScript } from './normalize/detectScript.js';
