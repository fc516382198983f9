/**
 * `npx tsx bench/analyzeSnapshot.ts write|check FILE`: the JSON of `analyze()` (default
 * analyzer, tokens included) over news.txt in documents of 20 lines and gov.txt as one
 * document (../shared/data/throughput/), one hash per document, written to FILE or compared
 * with a file written before. Used before landing a speed change: the output must stay
 * byte-identical. A difference prints the documents that changed and their first differing
 * characters (set `ZHNEWS_SNAPSHOT_FULL=1` to store whole JSON texts instead of hashes).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../eval/shared.js';
import { createAnalyzerSync } from '../src/pipeline/createAnalyzer.js';

const [mode, file] = process.argv.slice(2);
const shared = sharedDir();
if (!shared || !file || (mode !== 'write' && mode !== 'check')) {
  console.error('usage: tsx bench/analyzeSnapshot.ts write|check FILE (needs ../shared)');
  process.exit(2);
}
const full = process.env.ZHNEWS_SNAPSHOT_FULL === '1';
const read = (f: string): string => readFileSync(join(shared, 'data/throughput', f), 'utf8');
const lines = read('news.txt').split('\n').filter((l) => l.trim() !== '');
const docs: [string, string][] = [];
for (let i = 0; i < lines.length; i += 20) docs.push([`news.txt:${i + 1}`, lines.slice(i, i + 20).join('\n')]);
docs.push(['gov.txt', read('gov.txt')]);

const analyzer = createAnalyzerSync();
const now: Record<string, string> = {};
for (const [name, text] of docs) {
  const json = JSON.stringify(analyzer.analyze(text, { date: '2020-04-14' }));
  now[name] = full ? json : createHash('sha256').update(json).digest('hex');
}
const all = createHash('sha256').update(Object.values(now).join('\n')).digest('hex');

if (mode === 'write') {
  writeFileSync(file, JSON.stringify(now));
  console.log(`wrote ${docs.length} documents, digest ${all.slice(0, 16)}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  let diffs = 0;
  for (const [name, value] of Object.entries(now)) {
    if (before[name] === value) continue;
    if (diffs++ >= 20) continue;
    const old = before[name] ?? '';
    let i = 0;
    while (i < old.length && i < value.length && old[i] === value[i]) i++;
    console.log(full ? `${name} at ${i}: - ${old.slice(i, i + 120)}\n  + ${value.slice(i, i + 120)}` : `${name} differs`);
  }
  if (Object.keys(before).length !== docs.length) diffs++;
  console.log(diffs === 0 ? `identical (digest ${all.slice(0, 16)})` : `${diffs} differences`);
  process.exit(diffs === 0 ? 0 : 1);
}
