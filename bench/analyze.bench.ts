/**
 * `analyze()` throughput against bare `nodejieba.cut` on the same text in the same process,
 * as a ratio (the foundation target is at least 0.8 for tokens only).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createAnalyzerSync } from '../src/pipeline/createAnalyzer.js';
import { sharedDir } from '../eval/shared.js';
import { mbPerSecond, time } from './measure.js';

const require = createRequire(import.meta.url);

export async function run(): Promise<void> {
  const shared = sharedDir();
  if (!shared) return;
  const text = readFileSync(join(shared, 'data/throughput/news.txt'), 'utf8');
  const bytes = Buffer.byteLength(text);
  const nodejieba = require('nodejieba') as { cut(s: string): string[] };
  const base = time(() => nodejieba.cut(text));
  const baseMb = mbPerSecond(bytes, base);
  console.log(`news.txt: ${(bytes / 1e6).toFixed(2)} MB`);
  console.log('| run | MB/s | ratio to bare nodejieba.cut |\n|---|---|---|');
  console.log(`| bare nodejieba.cut | ${baseMb.toFixed(2)} | 1.00 |`);
  for (const backend of ['nodejieba', 'node-rs'] as const) {
    const analyzer = createAnalyzerSync({ segmenter: backend });
    const t = time(() => analyzer.analyze(text));
    const mb = mbPerSecond(bytes, t);
    console.log(`| analyze() on ${backend} | ${mb.toFixed(2)} | ${(mb / baseMb).toFixed(2)} |`);
  }
}
