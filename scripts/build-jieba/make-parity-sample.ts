/**
 * `tsx scripts/build-jieba/make-parity-sample.ts`: records what nodejieba.cut gives for every
 * line of fixtures/jieba/texts.txt, HMM off and on, into fixtures/jieba/parity-sample.json.
 * The parity test checks the pure-TypeScript jieba against this file on machines without
 * nodejieba (and against nodejieba itself where it is installed).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const nodejieba = createRequire(import.meta.url)('nodejieba') as { cut(s: string, hmm?: boolean): string[] };
const texts = readFileSync(join(root, 'fixtures/jieba/texts.txt'), 'utf8').split('\n').filter((l) => l !== '');
const sample = {
  source: 'nodejieba 3.5.8 cut(text, false) and cut(text, true) on fixtures/jieba/texts.txt',
  cases: texts.map((text) => ({ text, hmmOff: nodejieba.cut(text, false), hmmOn: nodejieba.cut(text, true) })),
};
// one case per line: small diffs when nodejieba or the texts change
const body = sample.cases.map((c) => `  ${JSON.stringify(c)}`).join(',\n');
writeFileSync(join(root, 'fixtures/jieba/parity-sample.json'), `{\n "source": ${JSON.stringify(sample.source)},\n "cases": [\n${body}\n ]\n}\n`);
console.log(`${sample.cases.length} texts recorded`);
