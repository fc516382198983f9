/**
 * Trains the learned organisation recogniser (`src/entities/learned/`) on public annotated news:
 * CLUENER2020 train and People's Daily 1998 dev from `../shared/data` (research use; only the
 * learned weights ship, not the texts). Features include the rule tagger's own answers, so the
 * rules and dictionaries must be in their final state before training.
 *
 *   npx tsx scripts/train-orgs.ts                 # all data → dict/model/orgs.bin
 *   npx tsx scripts/train-orgs.ts --holdout       # trains on 9/10, scores the other 1/10, writes nothing
 *
 * Options: --epochs N (default 8), --bits B (feature buckets 2^B, default 16).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Entity, Token } from '../src/core/types.js';
import { loadRuleData } from '../src/entities/builtinRules.js';
import { extractFeatures, FEATURES_PER_CHAR } from '../src/entities/learned/features.js';
import { orgModelPath } from '../src/entities/learned/load.js';
import { mergeLearned } from '../src/entities/learned/merge.js';
import { composeNested } from '../src/entities/nestedNames.js';
import { decode, decodeModel, encodeModel, labelsOf, LABELS, type OrgModel } from '../src/entities/learned/model.js';
import { recogniseSpans } from '../src/entities/learned/recognise.js';
import { createEntityTagger } from '../src/entities/index.js';
import { foldWidth } from '../src/normalize/foldWidth.js';
import { createSegmenter, tokenizeRange } from '../src/segment/index.js';
import { loadCluener, loadPeoplesDaily, type Corpus, type GoldSpan } from '../eval/entitiesCorpora.js';
import { fmt, prf, sharedDir } from '../eval/shared.js';

const arg = (name: string, def: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
};
const holdout = process.argv.includes('--holdout');
const epochs = arg('--epochs', 8);
const bits = arg('--bits', 16);

interface Example {
  corpus: number;
  text: string;
  tokens: Token[];
  rule: Entity[];
  gold: GoldSpan[];
  rows: Int32Array;
  y: Uint8Array;
}

const shared = sharedDir();
if (!shared) process.exit(1);
const corpora: Corpus[] = [loadCluener(shared), loadPeoplesDaily(shared)];
const segmenter = createSegmenter('auto');
const tagger = createEntityTagger({ learned: false });
const rules = loadRuleData();
const train: Example[] = [];
const test: Example[] = [];
const t0 = performance.now();
corpora.forEach((c, ci) => {
  c.sentences.forEach((s, si) => {
    // the tagger sees normalised text; width folding keeps offsets
    const text = foldWidth(s.text);
    if (text.length !== s.text.length || text.length === 0) return;
    const tokens = tokenizeRange(segmenter, text, 0, text.length);
    // the rules' answers as the tagger gives them to the recogniser (nested names composed)
    const rule = tagger.tag(text, tokens);
    const rows = extractFeatures({ text, tokens, ruleEntities: rule, rules }, bits);
    const ex: Example = { corpus: ci, text, tokens, rule, gold: s.gold, rows, y: labelsOf(s.gold, text.length) };
    (holdout && si % 10 === 9 ? test : train).push(ex);
  });
});
console.log(`features of ${train.length} training and ${test.length} held-out sentences in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// averaged perceptron: w are the live weights, u the running sums of (time × update)
const size = (1 << bits) * LABELS;
const w = new Float32Array(size);
const u = new Float64Array(size);
const tr = new Float32Array(LABELS * LABELS);
const trU = new Float64Array(LABELS * LABELS);
const st = new Float32Array(LABELS);
const stU = new Float64Array(LABELS);
const live: OrgModel = { bits, weights: w, scale: 1, transitions: tr, start: st };
let time = 1;
let seed = 12345;
const rand = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const order = train.map((_, i) => i);
for (let epoch = 1; epoch <= epochs; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  let wrong = 0;
  let chars = 0;
  for (const k of order) {
    const ex = train[k] as Example;
    const n = ex.text.length;
    const pred = decode(live, ex.rows, n, ex.text);
    chars += n;
    let differs = false;
    for (let i = 0; i < n; i++) if (pred[i] !== ex.y[i]) (differs = true), wrong++;
    if (differs) {
      const add = (label: number, i: number, delta: number): void => {
        const r = i * FEATURES_PER_CHAR;
        for (let f = 0; f < FEATURES_PER_CHAR; f++) {
          const b = (ex.rows[r + f] as number) * LABELS + label;
          w[b] = (w[b] as number) + delta;
          u[b] = (u[b] as number) + time * delta;
        }
      };
      for (let i = 0; i < n; i++) {
        const g = ex.y[i] as number;
        const p = pred[i] as number;
        if (g !== p) {
          add(g, i, 1);
          add(p, i, -1);
        }
        const gp = i > 0 ? (ex.y[i - 1] as number) : -1;
        const pp = i > 0 ? (pred[i - 1] as number) : -1;
        if (g !== p || gp !== pp) {
          if (i === 0) {
            st[g] = (st[g] as number) + 1;
            stU[g] = (stU[g] as number) + time;
            st[p] = (st[p] as number) - 1;
            stU[p] = (stU[p] as number) - time;
          } else {
            tr[gp * LABELS + g] = (tr[gp * LABELS + g] as number) + 1;
            trU[gp * LABELS + g] = (trU[gp * LABELS + g] as number) + time;
            tr[pp * LABELS + p] = (tr[pp * LABELS + p] as number) - 1;
            trU[pp * LABELS + p] = (trU[pp * LABELS + p] as number) - time;
          }
        }
      }
    }
    time++;
  }
  console.log(`epoch ${epoch}: ${((wrong / chars) * 100).toFixed(2)} % characters wrong`);
}
const avg = (live: Float32Array, sums: Float64Array): Float32Array => live.map((v, i) => v - (sums[i] as number) / time);
const averaged: OrgModel = { bits, weights: avg(w, u), scale: 1, transitions: avg(tr, trU), start: avg(st, stU) };
// score what ships: the int16 weights
const model = decodeModel(encodeModel(averaged));

/** Strict scores of the rules alone, the model alone, and the merged output, per corpus. */
function report(examples: readonly Example[], title: string): void {
  console.log(title);
  corpora.forEach((c, ci) => {
    const counts: Record<string, [number, number]> = { rules: [0, 0], model: [0, 0], merged: [0, 0], hybrid: [0, 0], rulesFirst: [0, 0] };
    let gold = 0;
    for (const ex of examples) {
      if (ex.corpus !== ci) continue;
      // as the tagger runs it: only in the windows where a name is plausible
      const spans = recogniseSpans(model, ex.text, ex.tokens, ex.rule, rules);
      const merged = mergeLearned(ex.text, ex.rule, spans, rules, ex.tokens, 'model');
      const hybrid = composeNested(ex.text, ex.tokens, mergeLearned(ex.text, ex.rule, spans, rules, ex.tokens, 'hybrid'), rules);
      const rulesFirst = mergeLearned(ex.text, ex.rule, spans, rules, ex.tokens, 'rules');
      gold += ex.gold.length;
      if (process.env.ZHNEWS_TRAIN_VERBOSE) {
        for (const e of hybrid) {
          if (e.source === 'rule' && !merged.includes(e) && !ex.gold.some((g) => g.start === e.start && g.end === e.end)) console.log(`    rule kept, not gold: ${e.text} (${ex.text.slice(Math.max(0, e.start - 8), e.end + 4)})`);
        }
      }
      const hit = (p: { start: number; end: number; type: string }): boolean => ex.gold.some((g) => g.start === p.start && g.end === p.end && (!c.typed || g.type === p.type));
      for (const [key, list] of [['rules', ex.rule], ['model', spans], ['merged', merged], ['hybrid', hybrid], ['rulesFirst', rulesFirst]] as const) {
        (counts[key] as [number, number])[0] += list.filter(hit).length;
        (counts[key] as [number, number])[1] += list.length;
      }
    }
    for (const [key, [tp, pred]] of Object.entries(counts)) {
      const s = prf(tp as number, pred as number, gold);
      console.log(`  ${c.name} ${c.typed ? 'typed' : 'untyped'} strict, ${key.padEnd(10)}: P ${fmt(s.p)} R ${fmt(s.r)} F1 ${fmt(s.f1)}`);
    }
  });
}
if (holdout) report(test, 'held-out tenth (never trained on):');
else {
  const bytes = encodeModel(model);
  const path = orgModelPath();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  console.log(`wrote ${path} (${(bytes.length / 1e6).toFixed(2)} MB)`);
  report(train, 'training data (optimistic):');
}
