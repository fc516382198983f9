/**
 * `npx tsx bench/entitiesSnapshot.ts write|check FILE`: the entities of `analyze()` (pure
 * TypeScript jieba, everything on) over the throughput corpora (../shared/data/throughput/
 * {gov,news}.txt), both as documents of 20 lines and as one document, written as JSON or compared
 * with a file written before. Used before landing a speed change to the entity stage: the output
 * must stay identical.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../eval/shared.js';
import { createAnalyzerSync } from '../src/pipeline/createAnalyzer.js';

const [mode, file] = process.argv.slice(2);
const shared = sharedDir();
if (!shared || !file || (mode !== 'write' && mode !== 'check')) {
  console.error('usage: tsx bench/entitiesSnapshot.ts write|check FILE (needs ../shared)');
  process.exit(2);
}
const analyzer = createAnalyzerSync({ segmenter: 'jieba' });
const now: Record<string, string[]> = {};
for (const f of ['gov.txt', 'news.txt']) {
  const text = readFileSync(join(shared, 'data/throughput', f), 'utf8');
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  // One line per entity (with its document's number), so that a difference prints as the
  // entities that changed.
  const docs: string[] = [];
  for (let i = 0; i < lines.length; i += 20) {
    const doc = i / 20;
    for (const e of analyzer.analyze(lines.slice(i, i + 20).join('\n')).entities) docs.push(`${doc} ${JSON.stringify(e)}`);
  }
  now[`${f} (documents of 20 lines)`] = docs;
  now[`${f} (one document)`] = analyzer.analyze(text).entities.map((e) => JSON.stringify(e));
}
if (mode === 'write') {
  writeFileSync(file, JSON.stringify(now));
  console.log(`wrote ${Object.entries(now).map(([f, es]) => `${f}: ${es.length}`).join(', ')}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
  let diffs = 0;
  for (const [f, es] of Object.entries(now)) {
    const was = before[f] ?? [];
    const old = new Set(was);
    const cur = new Set(es);
    for (const e of was) if (!cur.has(e) && diffs++ < 20) console.log(`${f} - ${e}`);
    for (const e of es) if (!old.has(e) && diffs++ < 20) console.log(`${f} + ${e}`);
    if (was.length !== es.length) diffs++;
    else for (let i = 0; i < es.length; i++) if (es[i] !== was[i] && diffs++ < 20) console.log(`${f} order differs at ${i}`);
  }
  console.log(diffs === 0 ? 'identical' : `${diffs} differences`);
  process.exit(diffs === 0 ? 0 : 1);
}
