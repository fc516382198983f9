/**
 * Segmentation P/R/F1 on the SIGHAN 2005 PKU test gold, for each backend through `analyze()`
 * and for the bare backend `cut`, scored on word spans.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createAnalyzerSync } from '../src/pipeline/createAnalyzer.js';
import { fmt, prf, sharedDir } from './shared.js';

const require = createRequire(import.meta.url);

function spansOf(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  let pos = 0;
  for (const w of words) {
    out.add(`${pos}:${pos + w.length}`);
    pos += w.length;
  }
  return out;
}

function score(lines: readonly string[][], cut: (text: string) => Set<string>): { p: number; r: number; f1: number } {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const words of lines) {
    const g = spansOf(words);
    const p = cut(words.join(''));
    gold += g.size;
    predicted += p.size;
    for (const s of p) if (g.has(s)) tp++;
  }
  return prf(tp, predicted, gold);
}

export async function run(): Promise<void> {
  const shared = sharedDir();
  if (!shared) return;
  const lines = readFileSync(join(shared, 'data/sighan2005/pku_test_gold.utf8'), 'utf8')
    .split('\n')
    .map((l) => l.split(/\s+/).filter(Boolean))
    .filter((w) => w.length > 0);
  console.log(`SIGHAN 2005 PKU test gold: ${lines.length} lines, ${lines.reduce((n, l) => n + l.length, 0)} words`);
  console.log('| segmentation | P | R | F1 |\n|---|---|---|---|');
  const row = (name: string, r: { p: number; r: number; f1: number }) => console.log(`| ${name} | ${fmt(r.p)} | ${fmt(r.r)} | ${fmt(r.f1)} |`);

  const nodejieba = require('nodejieba') as { cut(s: string): string[] };
  row('bare nodejieba cut', score(lines, (t) => spansOf(nodejieba.cut(t))));
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): { cut(s: string, hmm?: boolean): string[] } } };
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  const rs = Jieba.withDict(dict);
  row('bare @node-rs/jieba cut', score(lines, (t) => spansOf(rs.cut(t, true))));
  for (const backend of ['nodejieba', 'node-rs'] as const) {
    const analyzer = createAnalyzerSync({ segmenter: backend });
    row(`zhnews analyze() on ${backend}`, score(lines, (t) => new Set(analyzer.analyze(t).tokens.map((k) => `${k.start}:${k.end}`))));
  }
}
