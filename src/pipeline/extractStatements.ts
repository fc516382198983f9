import type { Statement } from '../core/types.js';
import type { SegmenterChoice } from '../segment/index.js';
import { createAnalyzerSync, type Analyzer } from './createAnalyzer.js';

/** Options for {@link extractStatements}. */
export interface ExtractStatementsOptions {
  /** The article date (`YYYY-MM-DD`), to resolve 今年/去年. */
  readonly date?: string;
  /** Segmenter for a one-off analyzer (default `'auto'`). */
  readonly segmenter?: SegmenterChoice;
}

// One read-only default analyzer per segmenter choice, made on first use: repeated calls do not
// reload dictionaries. It holds no per-call state, so callers cannot affect each other.
const defaults = new Map<SegmenterChoice, Analyzer>();

/**
 * The numeric statements of a text, for callers who want only these. Uses a shared default
 * analyzer (built-in dictionaries); create your own with `createAnalyzer` for user dictionaries.
 *
 * @example
 * import { extractStatements } from 'zhnews';
 * extractStatements('今年，开发区力争实现网上可办率达到95%以上。', { date: '2020-04-14' })[0];
 * //=> { kind: 'target', comparator: 'gte', value: 95, unit: '%', metric: '网上可办率', horizon: { text: '今年', from: 2020, to: 2020 }, … }
 */
export function extractStatements(text: string, options: ExtractStatementsOptions = {}): Statement[] {
  const choice = options.segmenter ?? 'auto';
  let analyzer = defaults.get(choice);
  if (!analyzer) {
    analyzer = createAnalyzerSync({ segmenter: choice });
    if (typeof choice === 'string') defaults.set(choice, analyzer);
  }
  return [...analyzer.analyze(text, options.date !== undefined ? { date: options.date } : {}).statements];
}
