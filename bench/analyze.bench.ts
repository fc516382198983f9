/**
 * Full `analyze()` (tokens, entities, quantities, statements) against bare `nodejieba.cut` on
 * the news corpus, in the same process, as a ratio. Two shapes: the corpus as one document, and
 * one document per line (an archive of short items). The "tokens only" rows run the first
 * stages of the pipeline alone (normalise, sentences, tokens with offsets and tags).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { normalize } from '../src/normalize/normalize.js';
import { createAnalyzerSync } from '../src/pipeline/createAnalyzer.js';
import { createSegmenter, tokenizeRange, type Segmenter } from '../src/segment/index.js';
import { splitSentences } from '../src/sentences/splitSentences.js';
import { sharedDir } from '../eval/shared.js';
import { mbPerSecond, time } from './measure.js';

const require = createRequire(import.meta.url);

export async function run(): Promise<void> {
  const shared = sharedDir();
  if (!shared) return;
  const text = readFileSync(join(shared, 'data/throughput/news.txt'), 'utf8');
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const bytes = Buffer.byteLength(text);
  const nodejieba = require('nodejieba') as { cut(s: string): string[] };
  const analyzers = (['nodejieba', 'node-rs'] as const).map((b) => createAnalyzerSync({ segmenter: b }));
  console.log(`news.txt: ${(bytes / 1e6).toFixed(2)} MB, ${lines.length} lines`);
  console.log('| shape | run | MB/s | ratio to bare nodejieba.cut |\n|---|---|---|---|');
  const shapes = [
    { name: 'one document', each: (f: (s: string) => unknown) => f(text) },
    { name: 'a document per line', each: (f: (s: string) => unknown) => lines.forEach((l) => f(l)) },
  ];
  for (const shape of shapes) {
    const base = mbPerSecond(bytes, time(() => shape.each((s) => nodejieba.cut(s))));
    console.log(`| ${shape.name} | bare nodejieba.cut | ${base.toFixed(2)} | 1.00 |`);
    for (const name of ['nodejieba', 'node-rs'] as const) {
      const segmenter = createSegmenter(name);
      const mb = mbPerSecond(bytes, time(() => shape.each((s) => tokensOnly(segmenter, s))));
      console.log(`| ${shape.name} | tokens only on ${name} | ${mb.toFixed(2)} | ${(mb / base).toFixed(2)} |`);
    }
    for (const analyzer of analyzers) {
      const mb = mbPerSecond(bytes, time(() => shape.each((s) => analyzer.analyze(s))));
      console.log(`| ${shape.name} | analyze() on ${analyzer.segmenter} | ${mb.toFixed(2)} | ${(mb / base).toFixed(2)} |`);
    }
  }
}

function tokensOnly(segmenter: Segmenter, original: string): number {
  const { text } = normalize(original);
  let n = 0;
  for (const r of splitSentences(text)) n += tokenizeRange(segmenter, text, r.start, r.end).length;
  return n;
}
