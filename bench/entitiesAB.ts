/**
 * `npx tsx bench/entitiesAB.ts OLD_TREE [NEW_TREE] [rounds]`: CPU milliseconds of the entity
 * stage and of `analyze()` of two source trees loaded in one process (NEW_TREE defaults to this
 * one), over news.txt as documents of 20 lines, old and new alternating so that load on a shared
 * machine hits both alike. OLD_TREE is a clone of an older commit with `node_modules` linked and
 * `npx tsx scripts/build-jieba.ts` run in it.
 *
 * Three figures per round: the entity stage with warm caches (the tagger alone, documents in
 * chunks), with cold caches (each document cut by jieba, untimed, right before it is tagged, as
 * in `analyze()`, where the other stages evict the tagger's tables), and `analyze()`. Printed:
 * best and median of each tree, and the median of the per-round ratios new/old.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sharedDir } from '../eval/shared.js';

const [oldArg, newArg, roundsArg] = process.argv.slice(2);
const shared = sharedDir();
if (!oldArg || !shared) {
  console.error('usage: tsx bench/entitiesAB.ts OLD_TREE [NEW_TREE] [rounds] (needs ../shared)');
  process.exit(2);
}
const trees = { old: resolve(oldArg), new: resolve(newArg ?? '.') };
const rounds = Number(roundsArg ?? 7);
const lines = readFileSync(join(shared, 'data/throughput/news.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
const raw: string[] = [];
for (let i = 0; i < lines.length; i += 20) raw.push(lines.slice(i, i + 20).join('\n'));

/** One tree's steps over documents `[lo, hi)` (or document `i`). */
interface Steps {
  tag(lo: number, hi: number): void;
  cut(i: number): void;
  analyze(lo: number, hi: number): void;
}
const steps: Record<'old' | 'new', Steps> = {} as Record<'old' | 'new', Steps>;
for (const [name, root] of Object.entries(trees) as ['old' | 'new', string][]) {
  // each tree's own modules (its segmenter makes its token tables)
  const { createEntityTagger } = await import(join(root, 'src/entities/index.ts'));
  const { tagTokenArrays } = await import(join(root, 'src/entities/tagger.ts'));
  const { normalize } = await import(join(root, 'src/normalize/normalize.ts'));
  const { createSegmenter } = await import(join(root, 'src/segment/index.ts'));
  const { appendTokens, tagSetOf } = await import(join(root, 'src/segment/tokenize.ts'));
  const { TokenTable } = await import(join(root, 'src/segment/tokenTable.ts'));
  const { splitSentences } = await import(join(root, 'src/sentences/splitSentences.ts'));
  const { createAnalyzerSync } = await import(join(root, 'src/pipeline/createAnalyzer.ts'));
  const segmenter = createSegmenter('jieba');
  const tagger = createEntityTagger();
  const analyzer = createAnalyzerSync({ segmenter: 'jieba' });
  const tableOf = (text: string): unknown => {
    const table = new TokenTable(text, tagSetOf(segmenter), text.length >> 1);
    for (const r of splitSentences(text)) appendTokens(segmenter, text, r.start, r.end, table);
    return table;
  };
  const inputs = raw.map((d) => {
    const text = normalize(d).text as string;
    return { text, table: tableOf(text) };
  });
  steps[name] = {
    tag: (lo, hi) => {
      for (let i = lo; i < hi; i++) tagTokenArrays(tagger, (inputs[i] as { text: string }).text, (inputs[i] as { table: unknown }).table);
    },
    cut: (i) => void tableOf((inputs[i] as { text: string }).text),
    analyze: (lo, hi) => {
      for (let i = lo; i < hi; i++) analyzer.analyze(raw[i] as string);
    },
  };
}

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const order = (k: number): ('old' | 'new')[] => (k % 2 === 0 ? ['old', 'new'] : ['new', 'old']);
const CHUNKS = 8;
const chunk = (c: number): [number, number] => [Math.floor((c * raw.length) / CHUNKS), Math.floor(((c + 1) * raw.length) / CHUNKS)];
/** One round over the documents in chunks, old and new alternating per chunk: CPU ms of each. */
const chunked =
  (run: (t: 'old' | 'new', lo: number, hi: number) => void) =>
  (r: number): Record<'old' | 'new', number> => {
    const ms = { old: 0, new: 0 };
    for (let c = 0; c < CHUNKS; c++) {
      for (const t of order(r + c)) {
        const t0 = cpu();
        run(t, ...chunk(c));
        ms[t] += cpu() - t0;
      }
    }
    return ms;
  };
/** One round of a measurement: CPU ms of old and new. */
const measures: Record<string, (r: number) => Record<'old' | 'new', number>> = {
  'entity stage, warm': chunked((t, lo, hi) => steps[t].tag(lo, hi)),
  'entity stage, cold': (r) => {
    const ms = { old: 0, new: 0 };
    for (let i = 0; i < raw.length; i++) {
      for (const t of order(r + i)) {
        steps[t].cut(i);
        const t0 = cpu();
        steps[t].tag(i, i + 1);
        ms[t] += cpu() - t0;
      }
    }
    return ms;
  },
  'analyze()': chunked((t, lo, hi) => steps[t].analyze(lo, hi)),
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
console.log(`news.txt, ${raw.length} documents of 20 lines, ${rounds} rounds after one warm-up (CPU ms)\nold ${trees.old}\nnew ${trees.new}`);
for (const [name, measure] of Object.entries(measures)) {
  measure(-1);
  const old: number[] = [];
  const cur: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const ms = measure(r);
    old.push(ms.old);
    cur.push(ms.new);
  }
  const ratio = median(cur.map((v, i) => v / (old[i] as number)));
  console.log(
    `${name.padEnd(20)} old best ${Math.min(...old).toFixed(1)} median ${median(old).toFixed(1)} | new best ${Math.min(...cur).toFixed(1)} median ${median(cur).toFixed(1)} | new/old per round (median) ${ratio.toFixed(3)}`,
  );
}
