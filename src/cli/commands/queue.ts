import type { Command } from 'commander';
import { collectOutputs, formatCollect } from '../../queue/collect.js';
import { enqueueInputs } from '../../queue/enqueue.js';
import { openQueue, type OpenQueue } from '../../queue/open.js';
import { formatStatus, queueStatus } from '../../queue/status.js';
import { checkDistinctOutputs, countFlag, readerOptions, type ReaderFlags } from '../archiveFlags.js';
import { encodingFlag } from '../documentFlags.js';
import { UsageError } from '../usageError.js';
import { asUsageErrorAsync, queueLocation, queueLocationOptions, type QueueFlags } from './queueOptions.js';

interface AddFlags extends QueueFlags, ReaderFlags {
  chunk: string;
  maxDocumentMb: string;
  attempts: string;
  backoffMs: string;
}

interface CollectFlags extends QueueFlags {
  output?: string;
  errors?: string;
}

const HELP = `
A queue spreads the analysis of an archive over any number of worker processes on any
number of machines (BullMQ on Redis; needs: npm install bullmq ioredis).

  zhnews queue add archive/ --redis redis://queue-host:6379      # enqueue, in chunks
  zhnews worker --redis redis://queue-host:6379 --out /shared/out  # on every machine
  zhnews queue status --redis redis://queue-host:6379
  zhnews queue collect /shared/out -o all.jsonl --errors errors.jsonl --redis …

Jobs have stable ids (input path + record index): adding the same archive again adds
nothing. A worker that dies loses nothing: its jobs go to another worker once their lock
runs out. See docs/scale-out.md.`;

async function withQueue<T>(flags: QueueFlags, fn: (q: OpenQueue) => Promise<T>): Promise<T> {
  const { url, name } = queueLocation(flags);
  const q = await asUsageErrorAsync(() => openQueue(url, name, { persistent: false }));
  try {
    return await asUsageErrorAsync(() => fn(q));
  } finally {
    await q.close();
  }
}

/**
 * Registers `zhnews queue add|status|collect|retry|remove`.
 *
 * @example
 * registerQueue(program);
 * // zhnews queue add archive/ --redis redis://127.0.0.1:6379 --chunk 100
 */
export function registerQueue(program: Command): void {
  const queue = program
    .command('queue')
    .description('a distributed queue of documents on Redis (BullMQ): add, status, collect, retry, remove')
    .addHelpText('after', HELP);

  const add = queue
    .command('add')
    .description('enqueue the documents of files, directories or globs as jobs of --chunk records')
    .argument('<inputs...>', 'files, directories or glob patterns (as zhnews batch; not standard input)')
    .option('--chunk <n>', 'records per job (a .txt file is one job)', '100')
    .option('--max-document-mb <n>', 'larger documents are error records', '2')
    .option('--attempts <n>', 'tries per job before it is listed as failed', '3')
    .option('--backoff-ms <n>', 'delay before the first retry (doubles each time)', '1000');
  for (const option of [...readerOptions(), ...queueLocationOptions()]) add.addOption(option);
  add.action(async (inputs: string[], flags: AddFlags) => {
    const encoding = encodingFlag(flags.encoding);
    const chunk = countFlag(flags.chunk, '--chunk', 1);
    const maxDocumentBytes = countFlag(flags.maxDocumentMb, '--max-document-mb', 1) * 1e6;
    const attempts = countFlag(flags.attempts, '--attempts', 1);
    const backoffMs = countFlag(flags.backoffMs, '--backoff-ms', 0);
    const s = await withQueue(flags, (q) =>
      enqueueInputs(q, {
        inputs,
        chunk,
        attempts,
        backoffMs,
        read: { encoding, fields: { text: flags.textField, id: flags.idField, date: flags.dateField }, maxDocumentBytes },
        warn: (message) => process.stderr.write(`zhnews: ${message}\n`),
      }),
    );
    process.stderr.write(
      `${s.inputs} inputs: enqueued ${s.jobs} jobs (${s.records} records)` +
        `${s.existingJobs > 0 ? `; ${s.existingJobs} jobs (${s.existingRecords} records) were already on the queue` : ''}\n`,
    );
  });

  const status = queue
    .command('status')
    .description('jobs waiting, delayed, active, stalled, done and failed')
    .option('--json', 'print the status as one JSON object');
  for (const option of queueLocationOptions()) status.addOption(option);
  status.action(async (flags: QueueFlags & { json?: boolean }) => {
    const s = await withQueue(flags, (q) => queueStatus(q));
    process.stdout.write(flags.json ? `${JSON.stringify(s)}\n` : formatStatus(s));
  });

  const collect = queue
    .command('collect')
    .description('merge the workers\' output in input order and check that no document is missing')
    .argument('<dir>', 'the --out directory of the workers')
    .option('-o, --output <file>', 'write results to this file (default: standard output)')
    .option('--errors <file>', 'write error records to this file (default: standard error)')
    .addHelpText('after', '\nExit status: 0 every document analysed, 2 error records or missing documents, 1 usage error.');
  for (const option of queueLocationOptions()) collect.addOption(option);
  collect.action(async (dir: string, flags: CollectFlags) => {
    checkDistinctOutputs(flags.output, flags.errors);
    const s = await withQueue(flags, (q) =>
      collectOutputs(q, { dir, output: flags.output ?? null, errors: flags.errors ?? null, stderr: process.stderr }),
    );
    process.stderr.write(formatCollect(s, flags.errors ?? null));
    process.exitCode = s.exitCode;
  });

  const retry = queue.command('retry').description('put the failed jobs back on the queue for another round of attempts');
  for (const option of queueLocationOptions()) retry.addOption(option);
  retry.action(async (flags: QueueFlags) => {
    const n = await withQueue(flags, async (q) => {
      const failed = await q.queue.getJobCountByTypes('failed');
      await q.queue.retryJobs({ state: 'failed' });
      return failed;
    });
    process.stderr.write(`${n} failed jobs put back on the queue\n`);
  });

  const remove = queue
    .command('remove')
    .description('delete the queue, its jobs and its manifest from Redis (the output files stay)')
    .option('--yes', 'really delete');
  for (const option of queueLocationOptions()) remove.addOption(option);
  remove.action(async (flags: QueueFlags & { yes?: boolean }) => {
    if (!flags.yes) throw new UsageError('queue remove deletes every job of the queue; add --yes to confirm');
    await withQueue(flags, async (q) => {
      await q.queue.obliterate({ force: true });
      await q.manifest.remove();
    });
    process.stderr.write(`queue ${flags.queue} removed\n`);
  });
}
