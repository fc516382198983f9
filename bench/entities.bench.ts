/**
 * Entity tagging throughput and the memory of the compiled built-in dictionary.
 * Tokens are computed once with the node-rs segmenter OUTSIDE the timed loop and passed in, so the
 * figure is the tagger alone (dictionary scan, rules, aliases), as the pipeline calls it.
 * A second figure passes `[]` tokens (the 'none' segmenter path: character heuristics). A third
 * runs the rules and dictionaries alone (`learned: false`), and the difference is set against
 * the CPU time of `analyze()` on the same lines: the learned recogniser's share of it.
 * Run: `npx tsx bench/index.ts entities` (add `node --expose-gc` via NODE_OPTIONS for exact heap).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Token } from '../src/core/types.js';
import { createSegmenter, tokenizeRange } from '../src/segment/index.js';
import { createEntityTagger, loadBuiltinDictionary } from '../src/entities/index.js';
import { foldWidth } from '../src/normalize/foldWidth.js';
import { createAnalyzerSync } from '../src/pipeline/createAnalyzer.js';
import { sharedDir } from '../eval/shared.js';
import { heapUsedMb, mbPerSecond, time } from './measure.js';

export async function run(): Promise<void> {
  const heap0 = heapUsedMb();
  const t0 = performance.now();
  const dict = loadBuiltinDictionary();
  const loadMs = performance.now() - t0;
  const heap1 = heapUsedMb();
  const t1 = performance.now();
  const tagger = createEntityTagger();
  const rulesMs = performance.now() - t1;
  console.log(`built-in dictionary: ${dict.names.length} names, ${dict.trie.size} keys (names + aliases)`);
  console.log(`  load + compile ${loadMs.toFixed(0)} ms; rule data ${rulesMs.toFixed(0)} ms`);
  console.log(`  heap ${(heap1 - heap0).toFixed(1)} MB (trie typed arrays ${(dict.trie.byteLength / 1e6).toFixed(1)} MB)${(globalThis as { gc?: unknown }).gc ? '' : ' [approximate: run with --expose-gc]'}`);

  const shared = sharedDir();
  if (!shared) return;
  const lines = readFileSync(join(shared, 'data', 'throughput', 'news.txt'), 'utf8')
    .split('\n')
    .map((l) => foldWidth(l))
    .filter((l) => l.length > 0);
  const bytes = Buffer.byteLength(lines.join('\n'), 'utf8');
  const segmenter = createSegmenter('node-rs');
  const tokens: Token[][] = lines.map((text) => tokenizeRange(segmenter, text, 0, text.length));
  let found = 0;
  // CPU time beside wall time: on a shared machine the wall-clock figure mostly measures the
  // other processes; user+system CPU seconds of this process are steadier.
  const cpuMs = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let c0 = cpuMs();
  let runs = 0;
  const withTokens = time(() => {
    found = 0;
    runs++;
    for (let i = 0; i < lines.length; i++) found += tagger.tag(lines[i] as string, tokens[i] as Token[]).length;
  });
  const cpuWith = (cpuMs() - c0) / runs;
  console.log(`news.txt: ${(bytes / 1e6).toFixed(2)} MB UTF-8, ${lines.length} lines, ${found} entities`);
  console.log(
    `  tag with pre-computed tokens: ${mbPerSecond(bytes, withTokens).toFixed(1)} MB/s wall (${withTokens.ms.toFixed(0)} ms/run, ${withTokens.runs} runs); ${(bytes / 1e6 / (cpuWith / 1000)).toFixed(1)} MB/s per CPU second`,
  );
  c0 = cpuMs();
  runs = 0;
  const noTokens = time(() => {
    runs++;
    for (const line of lines) tagger.tag(line, []);
  });
  const cpuNo = (cpuMs() - c0) / runs;
  console.log(
    `  tag with [] tokens:           ${mbPerSecond(bytes, noTokens).toFixed(1)} MB/s wall (${noTokens.ms.toFixed(0)} ms/run); ${(bytes / 1e6 / (cpuNo / 1000)).toFixed(1)} MB/s per CPU second`,
  );
  // the learned recogniser's share: tagging with it minus without it, against full analyze()
  const rulesOnly = createEntityTagger({ learned: false });
  c0 = cpuMs();
  runs = 0;
  const withoutModel = time(() => {
    runs++;
    for (let i = 0; i < lines.length; i++) rulesOnly.tag(lines[i] as string, tokens[i] as Token[]);
  });
  const cpuRules = (cpuMs() - c0) / runs;
  console.log(
    `  rules and dictionaries alone (learned: false): ${mbPerSecond(bytes, withoutModel).toFixed(1)} MB/s wall; ${(bytes / 1e6 / (cpuRules / 1000)).toFixed(1)} MB/s per CPU second`,
  );
  const analyzer = createAnalyzerSync({ segmenter: 'node-rs' });
  c0 = cpuMs();
  runs = 0;
  time(() => {
    runs++;
    for (const line of lines) analyzer.analyze(line);
  });
  const cpuAnalyze = (cpuMs() - c0) / runs;
  console.log(
    `  analyze() per line (node-rs, learned on): ${(bytes / 1e6 / (cpuAnalyze / 1000)).toFixed(1)} MB/s per CPU second; the learned recogniser costs ${(((cpuWith - cpuRules) / cpuAnalyze) * 100).toFixed(1)} % of analyze() time`,
  );
  console.log(`  (machine load average ${(await import('node:os')).loadavg()[0]?.toFixed(1)} on ${(await import('node:os')).cpus().length} CPUs)`);
}
