import type { Command } from 'commander';
import { defaultWorkers } from '../../batch/pool.js';
import type { SegmenterChoice } from '../../segment/index.js';
import { startServer, type RunningServer } from '../../serve/server.js';
import { packageVersion } from '../../serve/version.js';
import { UsageError } from '../usageError.js';
import { dictAnalyzerOptions, dictOption } from './dict/options.js';

const SEGMENTERS = ['auto', 'jieba', 'nodejieba', 'node-rs', 'none'];

/** The parsed flags of `zhnews serve`. */
export interface ServeFlags {
  host: string;
  port: string;
  workers?: string;
  segmenter: string;
  dict: string[];
  maxBody: string;
  timeout: string;
}

/** A whole number of at least `min` from a flag, else a usage error naming the flag. */
function wholeNumber(value: string, flag: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= min && n <= max)) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got ${value}`);
  return n;
}

/**
 * Stops the server on SIGTERM or SIGINT: requests in flight finish first; a second signal
 * exits at once.
 */
function stopOnSignals(running: RunningServer): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(1);
    stopping = true;
    process.stderr.write(`zhnews serve: ${signal}, finishing requests in flight\n`);
    void running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

/**
 * `zhnews serve`: the HTTP API and the playground page. Prints the URL (with the real port for
 * `--port 0`) on standard output once it listens.
 *
 * @example
 * registerServe(program);
 * // zhnews serve --port 0 --workers 2
 * // http://127.0.0.1:41873/
 */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (POST /v1/analyze, /v1/analyze-many, /v1/render) and a playground page at /')
    .option('--host <address>', 'interface to listen on (0.0.0.0 exposes it: there is no authentication, see docs/serve.md)', '127.0.0.1')
    .option('--port <n>', 'port; 0 picks a free one', '8080')
    .option('--workers <n>', `worker threads analysing documents (default: number of CPUs, here ${defaultWorkers()})`)
    .option('--segmenter <name>', `word segmenter: ${SEGMENTERS.join(', ')}`, 'jieba')
    .addOption(dictOption())
    .option('--max-body <bytes>', 'largest request body (and line of analyze-many) in bytes', '5000000')
    .option('--timeout <seconds>', 'time limit per request (and per analyze-many line)', '30')
    .action(async (flags: ServeFlags) => {
      if (!SEGMENTERS.includes(flags.segmenter)) throw new UsageError(`--segmenter must be one of ${SEGMENTERS.join(', ')}`);
      const workers = flags.workers === undefined ? defaultWorkers() : wholeNumber(flags.workers, '--workers', 1, 256);
      const running = await startServer({
        host: flags.host,
        port: wholeNumber(flags.port, '--port', 0, 65535),
        workers,
        analyzer: { segmenter: flags.segmenter as SegmenterChoice, ...dictAnalyzerOptions(flags.dict) },
        maxBodyBytes: wholeNumber(flags.maxBody, '--max-body', 1),
        timeoutMs: wholeNumber(flags.timeout, '--timeout', 1, 86_400) * 1000,
        version: packageVersion(),
      });
      stopOnSignals(running);
      process.stderr.write(`zhnews serve: listening on ${running.url} with ${workers} worker${workers === 1 ? '' : 's'} (playground at /, API at /v1/openapi.json)\n`);
      // The URL alone on standard output, last, for scripts that wait for it.
      process.stdout.write(`${running.url}\n`);
    });
}
