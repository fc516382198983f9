/**
 * Segmentation P/R/F1 on the SIGHAN 2005 PKU test gold, for each backend through `analyze()`
 * and for the bare backend `cut`, scored on word spans.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createAnalyzerSync } from '../src/pipeline/createAnalyzer.js';
import { createSegmenter } from '../src/segment/index.js';
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

  const nodejieba = require('nodejieba') as { cut(s: string, hmm?: boolean): string[] };
  row('bare nodejieba cut', score(lines, (t) => spansOf(nodejieba.cut(t))));
  const jieba = createSegmenter('jieba');
  row('bare zhnews jieba cut', score(lines, (t) => spansOf(jieba.cut(t))));
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): { cut(s: string, hmm?: boolean): string[] } } };
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  const rs = Jieba.withDict(dict);
  row('bare @node-rs/jieba cut', score(lines, (t) => spansOf(rs.cut(t, true))));
  for (const backend of ['jieba', 'nodejieba', 'node-rs'] as const) {
    const analyzer = createAnalyzerSync({ segmenter: backend });
    row(`zhnews analyze() on ${backend}`, score(lines, (t) => new Set(analyzer.analyze(t).tokens.map((k) => `${k.start}:${k.end}`))));
  }
  parity(shared, nodejieba);
}

/**
 * Parity of the pure-TypeScript jieba with nodejieba.cut, HMM off and on, line by line over the
 * PKU test text and the throughput corpora: the count of lines whose words are identical.
 */
export function parity(shared: string, nodejieba: { cut(s: string, hmm?: boolean): string[] }): void {
  const corpora = [
    ['SIGHAN PKU test', readFileSync(join(shared, 'data/sighan2005/pku_test_gold.utf8'), 'utf8').replace(/ +/g, '')],
    ['throughput news', readFileSync(join(shared, 'data/throughput/news.txt'), 'utf8')],
    ['throughput gov', readFileSync(join(shared, 'data/throughput/gov.txt'), 'utf8')],
  ] as const;
  console.log('| parity with nodejieba.cut | HMM | identical lines | identical words |\n|---|---|---|---|');
  for (const hmm of [false, true]) {
    const jieba = createSegmenter('jieba', { hmm });
    for (const [name, text] of corpora) {
      const lines = text.split('\n');
      let same = 0;
      let words = 0;
      let sameWords = 0;
      for (const line of lines) {
        const a = jieba.cut(line);
        const b = nodejieba.cut(line, hmm);
        words += b.length;
        if (a.length === b.length && a.every((w, i) => w === b[i])) {
          same++;
          sameWords += b.length;
        }
      }
      console.log(`| ${name} | ${hmm ? 'on' : 'off'} | ${same} / ${lines.length} | ${sameWords} / ${words} |`);
    }
  }
}
