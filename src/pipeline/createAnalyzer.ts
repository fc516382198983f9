import type { Analysis, AnalyzeOptions, Sentence, Token } from '../core/types.js';
import { normalize, toOriginalSpan, type Normalized } from '../normalize/normalize.js';
import { splitSentences } from '../sentences/splitSentences.js';
import { createSegmenter, tokenizeRange, type RawToken, type Segmenter, type SegmenterChoice } from '../segment/index.js';
import { checkText, checkAnalyzeOptions } from './validate.js';

/** Options for {@link createAnalyzer}. */
export interface AnalyzerOptions {
  /** Word segmenter: `'auto'` (default: nodejieba, else @node-rs/jieba), a backend name, `'none'`, or your own. */
  readonly segmenter?: SegmenterChoice;
}

/** An analyzer: an immutable value holding its own segmenter and dictionaries. */
export interface Analyzer {
  /** Name of the segmenter in use (`'nodejieba'`, `'node-rs'`, `'none'` or yours). */
  readonly segmenter: string;
  /**
   * Analyses one document. Throws a TypeError when `text` is not a string.
   *
   * @example
   * const doc = analyzer.analyze('今年将投入至少1.8亿元。', { date: '2020-04-14' });
   * doc.tokens.map((t) => t.text) //=> ['今年', '将', '投入', '至少', '1.8亿', '元', '。']
   */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
}

/**
 * Creates an analyzer. Each analyzer is independent: nothing one does changes another.
 *
 * @example
 * import { createAnalyzer } from 'zhnews';
 * const analyzer = await createAnalyzer({ segmenter: 'auto' });
 * const doc = analyzer.analyze(text, { date: '2020-04-14' });
 * doc.sentences.length //=> 3
 */
export async function createAnalyzer(options: AnalyzerOptions = {}): Promise<Analyzer> {
  return createAnalyzerSync(options);
}

/** The synchronous form of {@link createAnalyzer}, for scripts and worker threads. */
export function createAnalyzerSync(options: AnalyzerOptions = {}): Analyzer {
  if (typeof options !== 'object' || options === null) throw new TypeError('createAnalyzer() expects an options object');
  const segmenter = createSegmenter(options.segmenter ?? 'auto');
  const analyzer: Analyzer = {
    segmenter: segmenter.name,
    analyze(text, analyzeOptions = {}) {
      checkText(text, 'analyze()');
      checkAnalyzeOptions(analyzeOptions);
      return analyzeDocument(segmenter, text, analyzeOptions);
    },
  };
  return Object.freeze(analyzer);
}

function analyzeDocument(segmenter: Segmenter, original: string, options: AnalyzeOptions): Analysis {
  const norm = normalize(original);
  const ranges = splitSentences(norm.text);
  const rawTokens: RawToken[] = [];
  for (const r of ranges) rawTokens.push(...tokenizeRange(segmenter, norm.text, r.start, r.end));

  const sentences: Sentence[] = ranges.map((r) => ({
    ...mapSpan(norm, r.start, r.end),
    paragraph: r.paragraph,
    heading: r.heading,
  }));
  const tokens: Token[] = [];
  for (const t of rawTokens) {
    if (isBlank(norm.text, t.start, t.end)) continue;
    const start = norm.origin[t.start]!;
    const end = norm.origin[t.end - 1]! + 1;
    tokens.push({ start, end, text: original.slice(start, end), pos: t.pos });
  }
  return {
    ...(options.id !== undefined ? { id: options.id } : {}),
    ...(options.date !== undefined ? { date: options.date } : {}),
    text: original,
    sentences,
    tokens,
    entities: [],
    quantities: [],
    statements: [],
  };
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a) return false;
  }
  return true;
}

function mapSpan(norm: Normalized, start: number, end: number): { start: number; end: number; text: string } {
  const span = toOriginalSpan(norm, start, end);
  return { start: span.start, end: span.end, text: norm.original.slice(span.start, span.end) };
}
