/**
 * Entity evaluation: the seed article's gold mentions (strict and partial, typed),
 * CLUENER2020 train (company → enterprise; government, organization → institution), per class,
 * and People's Daily 1998 dev ORG (untyped: the corpus has one ORG class).
 * Mentions come from the full pipeline (`createAnalyzer()`, default segmenter), as users get them.
 * The learned recogniser is TRAINED on CLUENER train and PD dev, so their figures with it are
 * optimistic: each corpus is also scored with `learned: false` (rules and dictionaries alone), and
 * the honest held-out figure comes from `npx tsx scripts/train-orgs.ts --holdout`.
 * Run: `npx tsx eval/index.ts entities`; ZHNEWS_EVAL_VERBOSE=1 lists the seed's misses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../src/core/types.js';
import { createAnalyzerSync } from '../src/pipeline/createAnalyzer.js';
import { loadPeoplesDaily } from './entitiesCorpora.js';
import { fmt, prf, sharedDir } from './shared.js';

interface GoldEntity {
  start: number;
  end: number;
  text: string;
  type: string;
}
interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Counts matches, each gold item matched at most once. */
function score(pred: readonly Entity[], gold: readonly (Span & { type: string })[], strict: boolean, typed: boolean): number {
  const used = new Set<number>();
  let tp = 0;
  for (const p of pred) {
    const k = gold.findIndex(
      (g, i) => !used.has(i) && (strict ? g.start === p.start && g.end === p.end : overlaps(g, p)) && (!typed || g.type === p.type),
    );
    if (k >= 0) {
      used.add(k);
      tp++;
    }
  }
  return tp;
}

export async function run(): Promise<void> {
  const shared = sharedDir();
  if (!shared) return;
  const t0 = performance.now();
  const withModel = createAnalyzerSync();
  console.log(`analyzer (${withModel.segmenter}) created in ${(performance.now() - t0).toFixed(0)} ms (segmenter, built-in dictionary and model load)`);
  const rulesOnly = createAnalyzerSync({ learned: false });
  for (const [title, analyzer] of [['with the learned recogniser (default)', withModel], ['rules and dictionaries alone (learned: false)', rulesOnly]] as const) {
    console.log(`\n==== ${title} ====`);
    runCorpora(shared, (text: string): readonly Entity[] => analyzer.analyze(text).entities);
  }
}

function runCorpora(shared: string, entitiesOf: (text: string) => readonly Entity[]): void {
  // ---- seed ----
  for (const line of readFileSync(join(shared, 'gold', 'seed-entities.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const region = JSON.parse(line) as { doc: string; start: number; end: number; entities: GoldEntity[]; ignore?: Span[] };
    const text = readFileSync(join(shared, region.doc), 'utf8');
    const all = entitiesOf(text);
    const pred = all.filter((p) => p.start >= region.start && p.end <= region.end && !(region.ignore ?? []).some((s) => overlaps(s, p)));
    console.log(`seed ${region.doc}: ${region.entities.length} gold, ${pred.length} predicted (after ignore spans)`);
    for (const [label, strict, typed] of [
      ['strict typed', true, true],
      ['strict untyped', true, false],
      ['partial typed', false, true],
    ] as const) {
      const s = prf(score(pred, region.entities, strict, typed), pred.length, region.entities.length);
      console.log(`  ${label.padEnd(15)} P ${fmt(s.p)}  R ${fmt(s.r)}  F1 ${fmt(s.f1)}`);
    }
    if (process.env.ZHNEWS_EVAL_VERBOSE) {
      const key = (x: Span & { type: string }): string => `${x.start}:${x.end}:${x.type}`;
      const g = new Set(region.entities.map(key));
      const pset = new Set(pred.map(key));
      for (const p of pred) if (!g.has(key(p))) console.log(`    FP ${p.start}-${p.end} ${p.text} ${p.type}/${p.subtype} (${p.source})`);
      for (const x of region.entities) if (!pset.has(key(x))) console.log(`    FN ${x.start}-${x.end} ${x.text} ${x.type}`);
    }
  }

  // ---- CLUENER ----
  const map: Record<string, 'enterprise' | 'institution'> = { company: 'enterprise', government: 'institution', organization: 'institution' };
  const classes = ['enterprise', 'institution'] as const;
  const counts = Object.fromEntries(classes.map((c) => [c, { tp: 0, pred: 0, gold: 0 }])) as Record<(typeof classes)[number], { tp: number; pred: number; gold: number }>;
  let untypedTp = 0;
  let nPred = 0;
  let nGold = 0;
  const byLabel: Record<string, { gold: number; found: number }> = {};
  const lines = readFileSync(join(shared, 'data', 'cluener', 'train.json'), 'utf8').split('\n').filter((l) => l.trim());
  const t1 = performance.now();
  for (const line of lines) {
    const row = JSON.parse(line) as { text: string; label?: Record<string, Record<string, [number, number][]>> };
    const text = row.text;
    const gold: (GoldEntity & { label: string })[] = [];
    for (const [label, ents] of Object.entries(row.label ?? {})) {
      const type = map[label];
      if (!type) continue;
      for (const [name, spans] of Object.entries(ents)) for (const [s, e] of spans) gold.push({ start: s, end: e + 1, text: name, type, label });
    }
    const pred = entitiesOf(text);
    nPred += pred.length;
    nGold += gold.length;
    untypedTp += score(pred, gold, true, false);
    for (const c of classes) {
      const pc = pred.filter((p) => p.type === c);
      const gc = gold.filter((g) => g.type === c);
      const k = counts[c];
      k.tp += score(pc, gc, true, true);
      k.pred += pc.length;
      k.gold += gc.length;
    }
    for (const g of gold) {
      const b = (byLabel[g.label] ??= { gold: 0, found: 0 });
      b.gold++;
      if (pred.some((p) => p.start === g.start && p.end === g.end && p.type === g.type)) b.found++;
    }
  }
  console.log(`\nCLUENER2020 train: ${lines.length} sentences, ${nGold} gold mentions, ${nPred} predicted (${((performance.now() - t1) / 1000).toFixed(1)} s full pipeline)`);
  let tp = 0;
  for (const c of classes) {
    const k = counts[c];
    tp += k.tp;
    const s = prf(k.tp, k.pred, k.gold);
    console.log(`  ${c.padEnd(12)} P ${fmt(s.p)}  R ${fmt(s.r)}  F1 ${fmt(s.f1)}   (tp ${k.tp}, predicted ${k.pred}, gold ${k.gold})`);
  }
  const all = prf(tp, nPred, nGold);
  console.log(`  ${'all typed'.padEnd(12)} P ${fmt(all.p)}  R ${fmt(all.r)}  F1 ${fmt(all.f1)}`);
  const un = prf(untypedTp, nPred, nGold);
  console.log(`  ${'all untyped'.padEnd(12)} P ${fmt(un.p)}  R ${fmt(un.r)}  F1 ${fmt(un.f1)}`);
  for (const [label, b] of Object.entries(byLabel)) console.log(`  recall of CLUENER ${label}: ${fmt(b.found / b.gold)} (${b.found}/${b.gold})`);

  // ---- People's Daily 1998 dev, ORG ----
  // Convention: PD labels 韩国政府 / 中国政府 as a country (LOC) and no ORG; for our users a
  // government is an institution, so zhnews tags it and such mentions count as false positives here.
  const pd = loadPeoplesDaily(shared);
  let pdTp = 0;
  let pdPred = 0;
  let pdGold = 0;
  let governments = 0;
  for (const s of pd.sentences) {
    const pred = entitiesOf(s.text);
    pdPred += pred.length;
    pdGold += s.gold.length;
    pdTp += score(pred, s.gold, true, false);
    for (const p of pred) if (/政府$/.test(p.text) && !s.gold.some((g) => g.start === p.start && g.end === p.end)) governments++;
  }
  const pds = prf(pdTp, pdPred, pdGold);
  console.log(`\nPeople's Daily 1998 dev: ${pd.sentences.length} sentences, ${pdGold} gold ORG, ${pdPred} predicted`);
  console.log(`  ORG strict untyped P ${fmt(pds.p)}  R ${fmt(pds.r)}  F1 ${fmt(pds.f1)}   (${governments} predicted …政府 not ORG in PD's convention)`);
}
