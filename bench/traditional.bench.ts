/**
 * Cost of script handling (issue #19), as ratios in one process on the same analyzer:
 * - `auto` against `script: 'simplified'` on simplified text: the price of detection alone
 *   (the bar: no slower than before, i.e. a ratio of about 1.00);
 * - the same text converted to traditional (opencc-js `cn` → `hk`, `cn` → `tw`) with `auto`
 *   against the simplified original with `auto` (the bar: at most 1.3× the time).
 * Time is this process's CPU time (user + system), not wall-clock, and the rows alternate within
 * each round (each round starting at another row), so load from other processes on a shared
 * machine tilts every row of a round alike.
 * After a warm-up round, ROUNDS rounds count: each row prints its best and median time, the ratio
 * of the bests and the median of its per-round ratios (the steadier figure under load), and the
 * section prints the load average before and after. Rows marked `part` time detection and
 * conversion alone, as shares of analysing the simplified text. Corpus: the first 3,000 lines of
 * data/throughput/news.txt, one document per line, and the seed article as one document (20 times
 * a round).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import type { AnalyzeOptions } from '../src/core/types.js';
import { detectScript } from '../src/normalize/detectScript.js';
import { toSimplified } from '../src/normalize/toSimplified.js';
import { createAnalyzerSync } from '../src/pipeline/createAnalyzer.js';
import { sharedDir } from '../eval/shared.js';

interface Row {
  readonly name: string;
  readonly run: () => void;
}

const ROUNDS = 7;

/** CPU milliseconds (user + system) that `fn` takes in this process. */
function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

export async function run(): Promise<void> {
  const shared = sharedDir();
  if (!shared) return;
  const lines = readFileSync(join(shared, 'data/throughput/news.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, 3000);
  const seed = readFileSync(join(shared, 'seeds/000_6f12cfffa2f3de6d.txt'), 'utf8');
  const hk: (text: string) => string = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const tw: (text: string) => string = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const analyzer = createAnalyzerSync();
  const corpora = [
    { name: `news.txt, ${lines.length} lines as documents`, docs: lines },
    { name: 'seed article, one document, 20 times', docs: Array<string>(20).fill(seed) },
  ];
  const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`load average (1, 5, 15 min) before: ${load()}; ${ROUNDS} rounds after a warm-up\n`);
  console.log('| corpus | run | CPU ms best | median | ratio of bests | median of round ratios |\n|---|---|---|---|---|---|');
  for (const corpus of corpora) {
    const analyze = (docs: readonly string[], options: AnalyzeOptions) => (): void => docs.forEach((d) => analyzer.analyze(d, options));
    const hkDocs = corpus.docs.map(hk);
    const rows: Row[] = [
      { name: 'simplified text, `script: simplified` (no detection)', run: analyze(corpus.docs, { script: 'simplified' }) },
      { name: 'simplified text, `auto`', run: analyze(corpus.docs, {}) },
      { name: 'traditional (hk) text, `auto`', run: analyze(hkDocs, {}) },
      { name: 'traditional (tw) text, `auto`', run: analyze(corpus.docs.map(tw), {}) },
      // The parts alone, as shares of the first row: steadier than a difference of two totals.
      { name: 'part: detectScript alone, simplified text', run: () => corpus.docs.forEach((d) => detectScript(d)) },
      { name: 'part: detectScript alone, traditional (hk) text', run: () => hkDocs.forEach((d) => detectScript(d)) },
      { name: 'part: toSimplified alone, traditional (hk) text', run: () => hkDocs.forEach((d) => toSimplified(d)) },
    ];
    const times = rows.map((): number[] => []);
    for (let round = 0; round <= ROUNDS; round++) {
      // Each round starts at another row, so no row always runs first (after the other corpus).
      for (let k = 0; k < rows.length; k++) {
        const i = (round + k) % rows.length;
        const row = rows[i]!;
        const ms = cpuMs(row.run);
        if (round > 0) times[i]!.push(ms); // round 0 warms up
      }
    }
    const best = times.map((t) => Math.min(...t));
    rows.forEach((row, i) => {
      const ratios = times[i]!.map((ms, round) => ms / times[0]![round]!);
      const cells = [best[i]!.toFixed(1), median(times[i]!).toFixed(1), (best[i]! / best[0]!).toFixed(3), median(ratios).toFixed(3)];
      console.log(`| ${corpus.name} | ${row.name} | ${cells.join(' | ')} |`);
    });
  }
  console.log(`\nload average after: ${load()}`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
