/**
 * The flags `analyze` and `render` share (segmenter, date, id, encoding), checked once,
 * and the one-document input path behind them (`analyzeDocumentFile`).
 */
import type { Command } from 'commander';
import type { Analysis, AnalyzeOptions } from '../core/types.js';
import { parseEncodingChoice, type EncodingChoice } from '../io/decode.js';
import { dateProblem, normalizeDate } from '../io/date.js';
import { readDocument } from '../io/readDocument.js';
import { createAnalyzer } from '../pipeline/createAnalyzer.js';
import type { SegmenterChoice } from '../segment/index.js';
import { dictAnalyzerOptions } from './commands/dict/options.js';
import { UsageError } from './usageError.js';

/** The segmenter names the CLI accepts. */
export const SEGMENTERS = ['auto', 'jieba', 'nodejieba', 'node-rs', 'none'] as const;

/** What `--encoding` accepts, for help texts. */
export const ENCODINGS_HELP = 'auto, utf8, gb18030 (gbk), utf16, utf16le, utf16be';

/** The shared flags as commander parses them. */
export interface DocumentFlags {
  readonly segmenter: string;
  readonly date?: string;
  readonly id?: string;
  readonly encoding: string;
}

/**
 * Checks `--segmenter`, throwing a usage error for an unknown name.
 *
 * @example
 * segmenterFlag('node-rs') //=> 'node-rs'
 */
export function segmenterFlag(value: string): SegmenterChoice {
  if (!(SEGMENTERS as readonly string[]).includes(value)) throw new UsageError(`--segmenter must be one of ${SEGMENTERS.join(', ')}, got ${value}`);
  return value as SegmenterChoice;
}

/**
 * Checks `--encoding`, throwing a usage error for an unknown name.
 *
 * @example
 * encodingFlag('GBK') //=> 'gb18030'
 */
export function encodingFlag(value: string): EncodingChoice {
  const encoding = parseEncodingChoice(value);
  if (encoding === null) throw new UsageError(`--encoding must be one of ${ENCODINGS_HELP}, got ${value}`);
  return encoding;
}

/**
 * The per-document options of the flags: the date normalised like `batch` does (`2020/4/14`
 * → `2020-04-14`), an impossible date refused with the message `analyze()` gives.
 *
 * @example
 * analyzeOptionsOf({ segmenter: 'auto', encoding: 'auto', date: '2020年4月14日' }) //=> { date: '2020-04-14' }
 */
export function analyzeOptionsOf(flags: DocumentFlags): AnalyzeOptions {
  let date: string | undefined;
  if (flags.date !== undefined) {
    date = normalizeDate(flags.date) ?? undefined;
    if (date === undefined) throw new UsageError(`--date: ${dateProblem(flags.date)}`);
  }
  return { ...(date !== undefined ? { date } : {}), ...(flags.id !== undefined ? { id: flags.id } : {}) };
}

/**
 * Adds the shared flags to a one-document command.
 *
 * @example
 * addDocumentFlags(program.command('analyze'));
 */
export function addDocumentFlags(command: Command): Command {
  return command
    .option('--segmenter <name>', `word segmenter: ${SEGMENTERS.join(', ')}`, 'auto')
    .option('--date <date>', 'article date (YYYY-MM-DD, YYYY-MM, YYYY; 2020/4/14 and 2020年4月14日 work too), to resolve 今年/去年')
    .option('--encoding <name>', `input encoding: ${ENCODINGS_HELP}`, 'auto');
}

/**
 * The one-document input path of `analyze` and `render`: every flag is checked before the file
 * is read (a bad `--date` fails fast), then the file is decoded and analysed with the user
 * dictionaries of `--dict`.
 *
 * @example
 * const doc = await analyzeDocumentFile('news.txt', { segmenter: 'auto', encoding: 'auto', dict: [] });
 */
export async function analyzeDocumentFile(file: string, flags: DocumentFlags & { readonly dict?: readonly string[] }): Promise<Analysis> {
  const segmenter = segmenterFlag(flags.segmenter);
  const encoding = encodingFlag(flags.encoding);
  const options = analyzeOptionsOf(flags);
  const text = await readDocument(file, encoding);
  const analyzer = await createAnalyzer({ segmenter, ...dictAnalyzerOptions(flags.dict) });
  return analyzer.analyze(text, options);
}
