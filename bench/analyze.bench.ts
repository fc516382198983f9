/**
 * Segmentation and full `analyze()` against bare `nodejieba.cut` on the news corpus, in the
 * same process, as ratios. Two shapes: the corpus as one document, and documents of 20 lines
 * (an archive of short items). Each row runs in ≥ 5 rounds, every round timing the baseline
 * right before the candidate, so a busy machine slows both; the table gives the best and the
 * median ratio. "tokens only" runs the first stages alone (normalise, sentences, tokens with
 * offsets and tags); "bare jieba.cut" is the segmenter's own cut() returning strings.
 *
 * `BENCH_ROUNDS=n` changes the number of rounds; `BENCH_ROWS=<regular expression>` keeps only the
 * rows whose name matches (e.g. `BENCH_ROWS='analyze\(\) on jieba'`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { normalize } from '../src/normalize/normalize.js';
import { createAnalyzerSync } from '../src/pipeline/createAnalyzer.js';
import { createSegmenter, type Segmenter } from '../src/segment/index.js';
import { appendTokens, tagSetOf } from '../src/segment/tokenize.js';
import { TokenTable } from '../src/segment/tokenTable.js';
import { splitSentences } from '../src/sentences/splitSentences.js';
import { sharedDir } from '../eval/shared.js';
import { mbPerSecond, time } from './measure.js';

const require = createRequire(import.meta.url);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
const ROWS = new RegExp(process.env.BENCH_ROWS ?? '');

export async function run(): Promise<void> {
  const shared = sharedDir();
  if (!shared) return;
  const text = readFileSync(join(shared, 'data/throughput/news.txt'), 'utf8');
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const docs: string[] = [];
  for (let i = 0; i < lines.length; i += 20) docs.push(lines.slice(i, i + 20).join('\n'));
  const bytes = Buffer.byteLength(text);
  const nodejieba = require('nodejieba') as { cut(s: string, hmm?: boolean): string[] };
  const jieba = createSegmenter('jieba');
  const jiebaHmm = createSegmenter('jieba', { hmm: true });
  const analyzers = {
    jieba: createAnalyzerSync({ segmenter: 'jieba' }),
    nodejieba: createAnalyzerSync({ segmenter: 'nodejieba' }),
    'node-rs': createAnalyzerSync({ segmenter: 'node-rs' }),
  };
  console.log(`news.txt: ${(bytes / 1e6).toFixed(2)} MB, ${lines.length} lines, ${docs.length} documents of 20 lines; ${ROUNDS} rounds`);
  console.log('| shape | run | MB/s (median) | ratio to bare nodejieba.cut, best | median |\n|---|---|---|---|---|');
  const shapes = [
    { name: 'one document', each: (f: (s: string) => unknown) => f(text) },
    { name: 'documents of 20 lines', each: (f: (s: string) => unknown) => docs.forEach((d) => f(d)) },
  ];
  for (const shape of shapes) {
    const base = (): number => mbPerSecond(bytes, time(() => shape.each((s) => nodejieba.cut(s)), 400, 1));
    const rows: [string, (s: string) => unknown, number][] = [
      ['bare jieba.cut (HMM off)', (s) => jieba.cut(s), ROUNDS],
      ['bare jieba.cut (HMM on) vs nodejieba.cut(s, true)', (s) => jiebaHmm.cut(s), ROUNDS],
      ['tokens only on jieba', (s) => tokensOnly(jieba, s), ROUNDS],
      ['analyze() on jieba', (s) => analyzers.jieba.analyze(s), ROUNDS],
      ['tokens only on nodejieba', (s) => tokensOnly(createSegmenter('nodejieba'), s), 1],
      ['analyze() on nodejieba', (s) => analyzers.nodejieba.analyze(s), 1],
      ['analyze() on node-rs', (s) => analyzers['node-rs'].analyze(s), 1],
    ];
    for (const [name, fn, rounds] of rows) {
      if (!ROWS.test(name)) continue;
      const hmmRow = name.includes('HMM on');
      const baseline = hmmRow ? (): number => mbPerSecond(bytes, time(() => shape.each((s) => nodejieba.cut(s, true)), 400, 1)) : base;
      const ratios: number[] = [];
      const speeds: number[] = [];
      for (let r = 0; r < rounds; r++) {
        const b = baseline();
        const mb = mbPerSecond(bytes, time(() => shape.each(fn), 400, 1));
        ratios.push(mb / b);
        speeds.push(mb);
      }
      const best = Math.max(...ratios);
      console.log(`| ${shape.name} | ${name} | ${median(speeds).toFixed(2)} | ${best.toFixed(2)} | ${median(ratios).toFixed(2)} |`);
    }
  }
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

// As analyze() does it: one token table per document, then the token objects a reader gets.
function tokensOnly(segmenter: Segmenter, original: string): number {
  const { text } = normalize(original);
  const table = new TokenTable(text, tagSetOf(segmenter), text.length >> 1);
  for (const r of splitSentences(text)) appendTokens(segmenter, text, r.start, r.end, table);
  return table.toArray().length;
}
