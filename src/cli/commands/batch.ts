import { Option, type Command } from 'commander';
import { BATCH_SEGMENTER } from '../../batch/analyzeMany.js';
import { InputError } from '../../batch/discover.js';
import { defaultWorkers } from '../../batch/pool.js';
import { ResumeError } from '../../batch/resume.js';
import { runBatch } from '../../batch/runBatch.js';
import { parseShard, ShardError } from '../../batch/shard.js';
import { ANALYSIS_FIELDS } from '../../batch/task.js';
import { checkDistinctOutputs, countFlag, readerOptions, recordFieldsFlag, secondsFlag } from '../archiveFlags.js';
import { encodingFlag, SEGMENTERS, segmenterFlag } from '../documentFlags.js';
import { onInterrupt } from '../interrupt.js';
import { errorLine } from '../messages.js';
import { UsageError } from '../usageError.js';
import { dictAnalyzerOptions, dictOption } from './dict/options.js';

/** Default of `--max-seconds-per-document`: far above any real article (a 2 MB document takes a few seconds). */
const DEFAULT_MAX_SECONDS = 300;
const RECORD_FIELDS = ['id', 'source', 'line', 'date', ...ANALYSIS_FIELDS, 'keywords'];

interface BatchFlags {
  output?: string;
  errors?: string;
  format: string;
  workers?: string;
  resume?: boolean;
  fields?: string;
  textField: string;
  idField: string;
  dateField: string;
  encoding: string;
  keywords: string;
  keywordsWarmup: string;
  segmenter: string;
  dict: string[];
  progress: boolean;
  quiet?: boolean;
  maxDocumentMb: string;
  maxSecondsPerDocument: string;
  shard?: string;
}

const HELP = `
Inputs: files, directories (recursive: .txt .jsonl .ndjson .csv, optionally .gz), glob
patterns, and - for standard input (JSON Lines when it starts with '{', else one text).
  .txt          one document per file; id = path relative to the directory argument
  .jsonl        one {id?, text, date?} object per line; id defaults to <file>:<line>
  .csv          a header row with a text column; one document per record
An empty .txt file is a document with empty text; blank JSONL lines are no documents.

Output: one JSON line per document ({id, source, line, date, entities, quantities,
statements} by default; --fields picks, id is always written), in input order. With
--format csv: one row per statement (a document without statements gets one row with
empty statement columns), cells with line breaks are quoted and keep them, UTF-8 with a BOM in files.

Failures: a document that cannot be read, decoded or analysed becomes one record
{id, source, line?, error: {code, message}} in --errors (standard error without it) and
the run goes on. The summary counts read = analysed + failed + skipped.

Keywords (--keywords N): top N terms by TF-IDF over the analysis tokens (no punctuation,
numbers, single characters or stop words). Document frequencies are learned from the
archive as it streams: the first --keywords-warmup documents wait until all of them have
been counted; each later document uses the counts up to and including itself.

Time limit: a document whose analysis takes longer than --max-seconds-per-document (on
worker threads) has its worker stopped and becomes a {code: "timeout"} error record.

Exit status: 0 all analysed, 2 some failed, 1 usage error, 130 interrupted (Ctrl-C: the
documents in flight are finished and written; --resume continues later).`;

/**
 * Registers `zhnews batch <inputs...>`: analyses archives on worker threads, streaming.
 *
 * @example
 * registerBatch(program);
 * // zhnews batch archive/ -o out.jsonl --errors errors.jsonl --keywords 5
 */
export function registerBatch(program: Command): void {
  const command = program
    .command('batch')
    .description('analyse many documents (files, directories, globs, JSONL, CSV, gzip) on worker threads')
    .argument('<inputs...>', "files, directories, glob patterns, or '-' for standard input")
    .option('-o, --output <file>', "write results to this file ('-' or none: standard output)")
    .option('--errors <file>', 'write error records to this JSON Lines file (default: standard error)')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'))
    .option('--workers <n>', `worker threads (default: one per 8 MB of input, at most the CPUs, here ${defaultWorkers()}; 0 = main thread)`)
    .option('--resume', 'skip documents whose id is already in the output file, and append')
    .option('--fields <list>', `comma-separated record fields: ${RECORD_FIELDS.join(', ')}`);
  for (const option of readerOptions()) command.addOption(option);
  command
    .option('--keywords <n>', 'add the top N keywords of each document (TF-IDF over the archive)', '0')
    .option('--keywords-warmup <n>', 'documents counted before the first keywords are given', '1000')
    .option('--segmenter <name>', `word segmenter: ${SEGMENTERS.join(', ')} (default jieba)`, BATCH_SEGMENTER)
    .addOption(dictOption())
    .option('--no-progress', 'no progress display (the summary is still printed)')
    .option('-q, --quiet', 'no progress display and no summary (error records are still written)')
    .option('--max-document-mb <n>', 'larger documents are error records (each worker gets heap for this size)', '2')
    .option('--max-seconds-per-document <s>', 'a longer analysis stops and becomes a timeout error record (worker threads only)', String(DEFAULT_MAX_SECONDS))
    .option('--shard <i/n>', 'only this run\'s share of the input files: run i (from 0) of n (see docs/scale-out.md)')
    .addHelpText('after', HELP)
    .action(async (inputs: string[], flags: BatchFlags) => {
      // `-o -` is standard output, so that `zhnews batch - -o -` reads as the filter it is
      if (flags.output === '-') delete flags.output;
      let shard;
      try {
        shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
      } catch (error) {
        if (error instanceof ShardError) throw new UsageError(error.message);
        throw error;
      }
      const segmenter = segmenterFlag(flags.segmenter);
      const encoding = encodingFlag(flags.encoding);
      const format = flags.format as 'jsonl' | 'csv';
      // without --workers, runBatch sizes the pool from the files it finds (directories and globs too)
      let workers = flags.workers === undefined ? undefined : countFlag(flags.workers, '--workers', 0);
      if (workers !== undefined && workers > defaultWorkers()) {
        // more threads than cores only add memory (each holds an analyzer) and switching
        process.stderr.write(errorLine(`warning: --workers ${workers} is more than the ${defaultWorkers()} this machine can run at once; using ${defaultWorkers()}`));
        workers = defaultWorkers();
      }
      const maxSecondsPerDocument = secondsFlag(flags.maxSecondsPerDocument, '--max-seconds-per-document');
      const keywords = countFlag(flags.keywords, '--keywords', 0);
      const keywordsWarmup = countFlag(flags.keywordsWarmup, '--keywords-warmup', 0);
      const maxDocumentBytes = countFlag(flags.maxDocumentMb, '--max-document-mb', 1) * 1e6;
      if (flags.resume && flags.output === undefined) throw new UsageError('--resume needs --output FILE');
      if (flags.fields !== undefined && format === 'csv') throw new UsageError('--fields applies to --format jsonl; CSV has fixed columns');
      const fields = recordFieldsFlag(flags.fields, RECORD_FIELDS);
      if (fields.includes('keywords') && keywords === 0) throw new UsageError('--fields keywords needs --keywords N');
      checkDistinctOutputs(flags.output, flags.errors);
      const interrupt = onInterrupt('zhnews: interrupted; finishing the documents in flight');
      try {
        const summary = await runBatch({
          inputs,
          output: flags.output ?? null,
          errors: flags.errors ?? null,
          format,
          ...(workers !== undefined ? { workers } : {}),
          resume: flags.resume === true,
          fields,
          fieldNames: { text: flags.textField, id: flags.idField, date: flags.dateField },
          encoding,
          keywords,
          keywordsWarmup,
          analyzer: { segmenter, ...dictAnalyzerOptions(flags.dict) },
          progress: !flags.progress || flags.quiet ? 'none' : process.stderr.isTTY ? 'bar' : 'plain',
          quiet: flags.quiet === true,
          maxDocumentBytes,
          maxSecondsPerDocument,
          stderr: process.stderr,
          signal: interrupt.signal,
          ...(shard ? { shard } : {}),
        });
        process.exitCode = summary.exitCode;
      } catch (error) {
        if (error instanceof InputError || error instanceof ResumeError) throw new UsageError(error.message);
        throw error;
      } finally {
        interrupt.dispose();
      }
    });
}
