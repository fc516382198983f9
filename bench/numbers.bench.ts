/**
 * `npx tsx bench/index.ts numbers`: extractQuantities throughput (MB/s of UTF-8 input) on
 * ../shared/data/throughput/{gov,news}.txt, and Microsoft Recognizers-Text (number and
 * number-with-unit models, zh-cn) on a 20 KB slice in the same process, with the ratio.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { sharedDir } from '../eval/shared.js';
import { extractQuantities } from '../src/numbers/index.js';
import { mbPerSecond, time } from './measure.js';

interface Recognizers {
  recognizeNumber(text: string, culture: string): unknown[];
  recognizeCurrency(text: string, culture: string): unknown[];
  recognizeDimension(text: string, culture: string): unknown[];
  recognizePercentage(text: string, culture: string): unknown[];
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** The first `size` UTF-16 units of `text`, cut at a line end. */
function slice(text: string, size: number): string {
  const end = text.indexOf('\n', size);
  return end < 0 ? text : text.slice(0, end);
}

export async function run(): Promise<void> {
  const shared = sharedDir();
  if (!shared) return;
  const texts = ['gov.txt', 'news.txt'].map((f) => ({ f, text: readFileSync(join(shared, 'data/throughput', f), 'utf8') }));
  const ours: number[] = [];
  for (const { f, text } of texts) {
    let count = 0;
    // CPU time is printed beside wall time: on a shared 2-core machine the wall clock
    // swings with other people's jobs, CPU time much less.
    const cpu0 = process.cpuUsage();
    const t = time(() => (count = extractQuantities(text).length), 2000, 5);
    const cpu = process.cpuUsage(cpu0);
    const mb = mbPerSecond(bytes(text), t);
    const cpuMb = mbPerSecond(bytes(text), { ms: (cpu.user + cpu.system) / 1000 / (t.runs + 1), runs: t.runs + 1 });
    ours.push(mb);
    console.log(
      `extractQuantities  ${f.padEnd(9)} ${(bytes(text) / 1e6).toFixed(2)} MB  ${mb.toFixed(1)} MB/s wall, ` +
        `${cpuMb.toFixed(1)} MB/s CPU  (${count} quantities, ${t.runs} runs)`,
    );
  }
  const require = createRequire(import.meta.url);
  const rt = require('@microsoft/recognizers-text-suite') as Recognizers;
  // About 20 KB of UTF-8: Recognizers-Text needs seconds for it.
  const sample = slice(texts[0]?.text ?? '', 6_500);
  const kb = (bytes(sample) / 1e3).toFixed(0);
  const timeOnce = (fn: () => number): { mb: number; found: number } => {
    const t0 = performance.now();
    const found = fn();
    return { mb: mbPerSecond(bytes(sample), { ms: performance.now() - t0, runs: 1 }), found };
  };
  // Warm up (Recognizers builds its regular expressions lazily) so that only the work is timed.
  const warm = '今年投入至少1.8亿元，增长5%，建设4万亩。';
  rt.recognizeNumber(warm, 'zh-cn');
  rt.recognizeCurrency(warm, 'zh-cn');
  rt.recognizeDimension(warm, 'zh-cn');
  rt.recognizePercentage(warm, 'zh-cn');
  const num = timeOnce(() => rt.recognizeNumber(sample, 'zh-cn').length);
  console.log(`Recognizers-Text   gov.txt   first ${kb} KB  ${num.mb.toFixed(4)} MB/s  recognizeNumber (${num.found} results, 1 run)`);
  const units = timeOnce(
    () =>
      rt.recognizeNumber(sample, 'zh-cn').length +
      rt.recognizeCurrency(sample, 'zh-cn').length +
      rt.recognizeDimension(sample, 'zh-cn').length +
      rt.recognizePercentage(sample, 'zh-cn').length,
  );
  console.log(
    `Recognizers-Text   gov.txt   first ${kb} KB  ${units.mb.toFixed(4)} MB/s  number+currency+dimension+percentage (${units.found} results, 1 run)`,
  );
  const worst = Math.min(...ours);
  console.log(
    `ratio, slowest of ours / Recognizers: ${(worst / num.mb).toFixed(0)}x against recognizeNumber, ` +
      `${(worst / units.mb).toFixed(0)}x against the four models (targets: ≥ 20 MB/s and ≥ 1000x)`,
  );
}
