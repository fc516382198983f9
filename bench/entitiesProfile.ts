/**
 * `node --cpu-prof --import tsx bench/entitiesProfile.ts [rounds]`: analyze() (pure TypeScript
 * jieba, everything on) over news.txt as documents of 20 lines, for a CPU profile of the whole
 * pipeline; prints the CPU milliseconds of the entity stage alone (the tagger on the same
 * tokens) beside those of analyze().
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../eval/shared.js';
import { createEntityTagger } from '../src/entities/index.js';
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
for (let r = 0; r < rounds; r++) {
  let c = cpu();
  for (const d of docs) analyzer.analyze(d);
  const whole = cpu() - c;
  c = cpu();
  for (const { text, table } of inputs) tagger.tag(text, table.toArray());
  const ent = cpu() - c;
  console.log(`round ${r}: analyze() ${whole.toFixed(0)} ms CPU, entity stage ${ent.toFixed(0)} ms CPU (${((ent / whole) * 100).toFixed(1)} %)`);
}
