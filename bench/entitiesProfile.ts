/**
 * `node --cpu-prof --import tsx bench/entitiesProfile.ts [rounds]`: analyze() (pure TypeScript
 * jieba, everything on) over news.txt as documents of 20 lines, for a CPU profile of the whole
 * pipeline; prints the CPU milliseconds of the entity stage alone (the tagger on the same
 * tokens) beside those of analyze() and of bare `nodejieba.cut`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sharedDir } from '../eval/shared.js';
import { createEntityTagger } from '../src/entities/index.js';
import { tagTokenArrays } from '../src/entities/tagger.js';
import { normalize } from '../src/normalize/normalize.js';
import { createAnalyzerSync } from '../src/pipeline/createAnalyzer.js';
import { createSegmenter } from '../src/segment/index.js';
import { appendTokens, tagSetOf } from '../src/segment/tokenize.js';
import { TokenTable } from '../src/segment/tokenTable.js';
import { splitSentences } from '../src/sentences/splitSentences.js';

const shared = sharedDir();
if (!shared) process.exit(2);
const rounds = Number(process.argv[2] ?? 3);
const lines = readFileSync(join(shared, 'data/throughput/news.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
const docs: string[] = [];
for (let i = 0; i < lines.length; i += 20) docs.push(lines.slice(i, i + 20).join('\n'));
const analyzer = createAnalyzerSync({ segmenter: 'jieba' });
const segmenter = createSegmenter('jieba');
const tagger = createEntityTagger();
// the entity stage's input, made once outside the timed loop
const inputs = docs.map((d) => {
  const text = normalize(d).text;
  const table = new TokenTable(text, tagSetOf(segmenter), text.length >> 1);
  for (const r of splitSentences(text)) appendTokens(segmenter, text, r.start, r.end, table);
  return { text, table };
});
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const nodejieba = createRequire(import.meta.url)('nodejieba') as { cut(s: string): string[] };
for (let r = 0; r < rounds; r++) {
  let c = cpu();
  for (const d of docs) nodejieba.cut(d);
  const base = cpu() - c;
  c = cpu();
  for (const d of docs) analyzer.analyze(d);
  const whole = cpu() - c;
  c = cpu();
  for (const { text, table } of inputs) tagTokenArrays(tagger, text, table);
  const ent = cpu() - c;
  console.log(
    `round ${r}: bare nodejieba.cut ${base.toFixed(0)} ms CPU, analyze() ${whole.toFixed(0)} ms (${(base / whole).toFixed(2)}×), entity stage ${ent.toFixed(0)} ms (${(ent / base).toFixed(2)} of the cut, ${((ent / whole) * 100).toFixed(1)} % of analyze())`,
  );
}
