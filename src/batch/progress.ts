/**
 * Progress and summary on standard error: a cli-progress bar when stderr is a terminal
 * (documents done, docs/s, errors, and the time left once it is known), plain lines every few
 * seconds otherwise,
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
 * A duration for people: `42s`, `3m05s`, `1h02m`.
 *
 * @example
 * formatDuration(185) //=> '3m05s'
 */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * The time left, by documents done (not bytes read: reading runs ahead of analysis), or null
 * while it is not known yet: no total, or too little done (fewer than 3 documents or 2 %, or
 * less than 2 s) for the rate to mean anything.
 *
 * @example
 * etaSeconds(50, 200, 10) //=> 30
 * etaSeconds(1, 200, 10) //=> null
 */
export function etaSeconds(done: number, total: number | null, elapsedSeconds: number): number | null {
  if (total === null || done <= 0 || done < Math.min(3, total) || done < total * 0.02 || elapsedSeconds < 2) return null;
  return Math.max(0, total - done) * (elapsedSeconds / done);
}

/**
 * Starts a progress display on `stream` (standard error). `totalDocuments` is the number of
 * documents when it is known before reading (only `.txt` files: one document each), else null;
 * the bar then shows documents done and, once known, the time left.
 *
 * @example
 * const progress = startProgress('plain', process.stderr, { totalDocuments: 120 });
 * progress.update(counts); progress.stop();
 */
export function startProgress(
  mode: ProgressMode,
  stream: NodeJS.WritableStream,
  options: { readonly totalDocuments: number | null; readonly intervalMs?: number },
): Progress {
  const started = performance.now();
  const elapsed = (): number => (performance.now() - started) / 1000;
  const rate = (n: number): string => (n / Math.max(1e-3, elapsed())).toFixed(0);
  const total = options.totalDocuments;
  const eta = (done: number): string => {
    const left = etaSeconds(done, total, elapsed());
    return left === null ? '' : `ETA ${formatDuration(left)}`;
  };
  if (mode === 'none') return { update() {}, log: (line) => void stream.write(`${line}\n`), stop() {} };
  if (mode === 'plain') {
    let last: BatchCounts | null = null;
    const timer = setInterval(() => {
      if (!last) return;
      const docs = total !== null ? `${last.read}/${total} documents` : `${last.read} documents`;
      const left = eta(last.read);
      stream.write(`zhnews: ${docs}, ${mb(last.bytes)} MB, ${rate(last.read)} docs/s, ${last.failed} errors${left ? `, ${left}` : ''}\n`);
    }, options.intervalMs ?? 10_000);
    timer.unref();
    return {
      update: (counts) => void (last = counts),
      log: (line) => void stream.write(`${line}\n`),
      stop: () => clearInterval(timer),
    };
  }
  const multi = new MultiBar(
    {
      stream,
      format: total !== null
        ? '{bar} {percentage}% | {docs}/{total} docs | {rate} docs/s | {errors} errors {eta}'
        : '{docs} docs | {mb} MB | {rate} docs/s | {errors} errors',
      hideCursor: true,
      clearOnComplete: false,
      fps: 5,
    },
    Presets.shades_classic,
  );
  const bar: SingleBar = multi.create(Math.max(total ?? 1, 1), 0, { docs: 0, mb: '0.0', rate: '0', errors: 0, eta: '' });
  return {
    update: (counts) =>
      bar.update(Math.min(counts.read, Math.max(total ?? 1, 1)), { docs: counts.read, mb: mb(counts.bytes), rate: rate(counts.read), errors: counts.failed, eta: eta(counts.read) }),
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
