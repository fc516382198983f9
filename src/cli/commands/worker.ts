import type { Command } from 'commander';
import { BATCH_SEGMENTER } from '../../batch/analyzeMany.js';
import { defaultWorkers } from '../../batch/pool.js';
import { ANALYSIS_FIELDS } from '../../batch/task.js';
import { runQueueWorker } from '../../queue/runWorker.js';
import { SEGMENTERS, segmenterFlag } from '../documentFlags.js';
import { countFlag, recordFieldsFlag, secondsFlag } from '../archiveFlags.js';
import { onInterrupt } from '../interrupt.js';
import { dictAnalyzerOptions, dictOption } from './dict/options.js';
import { asUsageErrorAsync, queueLocation, queueLocationOptions, type QueueFlags } from './queueOptions.js';

const RECORD_FIELDS = ['id', 'source', 'line', 'date', ...ANALYSIS_FIELDS];

interface WorkerFlags extends QueueFlags {
  out: string;
  concurrency?: string;
  fields?: string;
  segmenter: string;
  dict: string[];
  maxDocumentMb: string;
  maxHeapMb?: string;
  maxSecondsPerDocument: string;
  lockMs: string;
  stalledIntervalMs: string;
  maxStalled: string;
  untilEmpty?: boolean;
}

const HELP = `
Takes jobs from the queue (see zhnews queue --help), analyses their documents with the
same code as zhnews batch, and writes per job <out>/<job id>.jsonl (results) and
<out>/<job id>.errors.jsonl (error records), each written whole and renamed into place.
Run as many workers as you like, on any machines that share (or later merge) --out.

A worker killed at any moment loses nothing: its jobs stay locked for --lock-ms, then
the stalled-job check of any worker puts them back on the queue. Ctrl-C (SIGINT) or
SIGTERM finishes the jobs in hand first; a second Ctrl-C stops at once.`;

/**
 * Registers `zhnews worker`: a queue worker that runs until stopped.
 *
 * @example
 * registerWorker(program);
 * // zhnews worker --redis redis://queue-host:6379 --out /shared/out --concurrency 4
 */
export function registerWorker(program: Command): void {
  const command = program
    .command('worker')
    .description('take jobs from a queue (zhnews queue add) and write their results; run any number of them')
    .requiredOption('--out <dir>', 'directory for the per-job result and error files')
    .option('--concurrency <n>', `analysis threads (default: number of CPUs, here ${defaultWorkers()})`)
    .option('--fields <list>', `comma-separated record fields: ${RECORD_FIELDS.join(', ')}`)
    .option('--segmenter <name>', `word segmenter: ${SEGMENTERS.join(', ')}`, BATCH_SEGMENTER)
    .addOption(dictOption())
    .option('--max-document-mb <n>', 'larger documents are error records', '2')
    .option('--max-heap-mb <n>', 'heap of each analysis thread (default: sized for --max-document-mb)')
    .option('--max-seconds-per-document <s>', 'a longer analysis stops and becomes a timeout error record', '300')
    .option('--lock-ms <n>', 'a job whose worker stops answering goes back to the queue after this long', '30000')
    .option('--stalled-interval-ms <n>', 'how often to look for such jobs', '15000')
    .option('--max-stalled <n>', 'times a job may be taken back from a dead worker before it fails', '2')
    .option('--until-empty', 'stop once no job is waiting, delayed or active')
    .addHelpText('after', HELP);
  for (const option of queueLocationOptions()) command.addOption(option);
  command.action(async (flags: WorkerFlags) => {
    const { url, name } = queueLocation(flags);
    const segmenter = segmenterFlag(flags.segmenter);
    const threads = flags.concurrency === undefined ? defaultWorkers() : countFlag(flags.concurrency, '--concurrency', 1);
    const fields = recordFieldsFlag(flags.fields, RECORD_FIELDS);
    const maxDocumentBytes = countFlag(flags.maxDocumentMb, '--max-document-mb', 1) * 1e6;
    const maxHeapMb = flags.maxHeapMb === undefined ? undefined : countFlag(flags.maxHeapMb, '--max-heap-mb', 32);
    const maxTaskMs = secondsFlag(flags.maxSecondsPerDocument, '--max-seconds-per-document') * 1000;
    const lockMs = countFlag(flags.lockMs, '--lock-ms', 1000);
    const stalledIntervalMs = countFlag(flags.stalledIntervalMs, '--stalled-interval-ms', 100);
    const maxStalledCount = countFlag(flags.maxStalled, '--max-stalled', 0);
    const interrupt = onInterrupt('zhnews worker: stopping; finishing the jobs in hand', ['SIGINT', 'SIGTERM']);
    try {
      const s = await asUsageErrorAsync(() =>
        runQueueWorker({
          redis: url,
          queue: name,
          out: flags.out,
          threads,
          analyzer: { segmenter, ...dictAnalyzerOptions(flags.dict) },
          fields,
          maxDocumentBytes,
          ...(maxHeapMb !== undefined ? { maxHeapMb } : {}),
          maxTaskMs,
          lockMs,
          stalledIntervalMs,
          maxStalledCount,
          untilEmpty: flags.untilEmpty === true,
          stderr: process.stderr,
          signal: interrupt.signal,
        }),
      );
      process.stderr.write(
        `zhnews worker: ${s.jobs} jobs (${s.analysed} documents analysed, ${s.failed} error records) in ${s.seconds.toFixed(1)} s` +
          `${s.jobErrors > 0 ? `; ${s.jobErrors} job attempts failed` : ''}\n`,
      );
      process.exitCode = interrupt.interrupted() ? 130 : 0;
    } finally {
      interrupt.dispose();
    }
  });
}
