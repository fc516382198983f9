/**
 * `npx tsx bench/numbersSnapshot.ts write|check FILE`: extractQuantities over the throughput
 * corpora (../shared/data/throughput/{gov,news}.txt), written as JSON or compared with a file
 * written before. Used before landing a speed change: the output must stay identical.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../eval/shared.js';
import { extractQuantities } from '../src/numbers/index.js';

const [mode, file] = process.argv.slice(2);
const shared = sharedDir();
if (!shared || !file || (mode !== 'write' && mode !== 'check')) {
  console.error('usage: tsx bench/numbersSnapshot.ts write|check FILE (needs ../shared)');
  process.exit(2);
}
const now: Record<string, string[]> = {};
for (const f of ['gov.txt', 'news.txt']) {
  const text = readFileSync(join(shared, 'data/throughput', f), 'utf8');
  // One line per quantity, so that a difference prints as the quantities that changed.
  now[f] = extractQuantities(text).map((q) => JSON.stringify(q));
}
if (mode === 'write') {
  writeFileSync(file, JSON.stringify(now));
  console.log(`wrote ${Object.entries(now).map(([f, qs]) => `${f}: ${qs.length}`).join(', ')}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
  let diffs = 0;
  for (const [f, qs] of Object.entries(now)) {
    const old = new Set(before[f] ?? []);
    const cur = new Set(qs);
    for (const q of before[f] ?? []) if (!cur.has(q) && diffs++ < 20) console.log(`${f} - ${q}`);
    for (const q of qs) if (!old.has(q) && diffs++ < 20) console.log(`${f} + ${q}`);
    if ((before[f] ?? []).length !== qs.length) diffs++;
  }
  console.log(diffs === 0 ? 'identical' : `${diffs} differences`);
  process.exit(diffs === 0 ? 0 : 1);
}
