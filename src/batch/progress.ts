/**
 * Progress and summary on standard error: a cli-progress bar when stderr is a terminal
 * (documents, MB, docs/s, ETA by bytes, errors), plain lines every few seconds otherwise,
 * and a final summary that accounts for every document read.
 */
import { MultiBar, Presets, type SingleBar } from 'cli-progress';

/** Running counts of a batch run. */
export interface BatchCounts {
  /** Documents read: analysed + failed + skipped. */
  read: number;
  analysed: number;
  failed: number;
  /** Documents skipped by `--resume` (already in the output). */
  skipped: number;
  /** Raw input bytes consumed (compressed bytes for gzip). */
  bytes: number;
}

/** A progress display. `log()` prints a line without breaking the bar. */
export interface Progress {
  update(counts: BatchCounts): void;
  log(line: string): void;
  stop(): void;
}

/** `bar`: cli-progress; `plain`: a line every `intervalMs`; `none`: nothing until the summary. */
export type ProgressMode = 'bar' | 'plain' | 'none';

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);

/**
 * Starts a progress display on `stream` (standard error).
 *
 * @example
 * const progress = startProgress('plain', process.stderr, { totalBytes: 5e6 });
 * progress.update(counts); progress.stop();
 */
export function startProgress(
  mode: ProgressMode,
  stream: NodeJS.WritableStream,
  options: { readonly totalBytes: number | null; readonly intervalMs?: number },
): Progress {
  const started = performance.now();
  const rate = (n: number): string => (n / Math.max(1e-3, (performance.now() - started) / 1000)).toFixed(0);
  if (mode === 'none') return { update() {}, log: (line) => void stream.write(`${line}\n`), stop() {} };
  if (mode === 'plain') {
    let last: BatchCounts | null = null;
    const timer = setInterval(() => {
      if (last) stream.write(`zhnews: ${last.read} documents, ${mb(last.bytes)} MB, ${rate(last.read)} docs/s, ${last.failed} errors\n`);
    }, options.intervalMs ?? 10_000);
    timer.unref();
    return {
      update: (counts) => void (last = counts),
      log: (line) => void stream.write(`${line}\n`),
      stop: () => clearInterval(timer),
    };
  }
  const total = options.totalBytes ?? 0;
  const multi = new MultiBar(
    {
      stream,
      format: total > 0
        ? '{bar} {percentage}% | {docs} docs | {mb} MB | {rate} docs/s | ETA {eta_formatted} | {errors} errors'
        : '{docs} docs | {mb} MB | {rate} docs/s | {errors} errors',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
      fps: 5,
    },
    Presets.shades_classic,
  );
  const bar: SingleBar = multi.create(Math.max(total, 1), 0, { docs: 0, mb: '0.0', rate: '0', errors: 0 });
  return {
    update: (counts) => bar.update(Math.min(counts.bytes, Math.max(total, 1)), { docs: counts.read, mb: mb(counts.bytes), rate: rate(counts.read), errors: counts.failed }),
    log: (line) => multi.log(`${line}\n`),
    stop: () => multi.stop(),
  };
}

/**
 * The closing summary: every document read is analysed, failed or skipped.
 *
 * @example
 * summaryLine({ read: 10, analysed: 8, failed: 2, skipped: 0, bytes: 2e6 }, 4, { errors: 'errors.jsonl', interrupted: false })
 * //=> 'zhnews: 10 documents read: 8 analysed, 2 failed (in errors.jsonl), in 4.0 s (2.5 docs/s, 0.50 MB/s)'
 */
export function summaryLine(
  counts: BatchCounts,
  seconds: number,
  options: { readonly errors: string | null; readonly interrupted: boolean },
): string {
  const parts = [`${counts.analysed} analysed`, `${counts.failed} failed${counts.failed > 0 ? ` (${options.errors ? `in ${options.errors}` : 'above'})` : ''}`];
  if (counts.skipped > 0) parts.push(`${counts.skipped} skipped (already in the output)`);
  const speed = `${(counts.read / Math.max(seconds, 1e-3)).toFixed(1)} docs/s, ${(counts.bytes / 1e6 / Math.max(seconds, 1e-3)).toFixed(2)} MB/s`;
  const head = options.interrupted ? 'zhnews: interrupted; ' : 'zhnews: ';
  return `${head}${counts.read} document${counts.read === 1 ? '' : 's'} read: ${parts.join(', ')}, in ${seconds.toFixed(1)} s (${speed})`;
}
