/**
 * Numeric statements against ../shared/gold (seed article, work-report sentences and news
 * sentences), scored
 * with the rules of gold/README.md. Set ZHNEWS_EVAL_VERBOSE=1 to list every miss.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Statement } from '../src/core/types.js';
import { createAnalyzerSync, type Analyzer } from '../src/pipeline/createAnalyzer.js';
import { fmt, prf, sharedDir } from './shared.js';

interface GoldStatement {
  start: number;
  end: number;
  text: string;
  kind: string;
  comparator: string;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  change: string | null;
  metric: string;
  subject?: string | null;
  horizon: { text: string; from?: number; to?: number } | null;
}

interface GoldRegion {
  doc: string;
  date: string | null;
  start: number;
  end: number;
  statements: GoldStatement[];
}

type Scored = Pick<Statement, 'start' | 'end' | 'text' | 'kind' | 'comparator' | 'value' | 'min' | 'max' | 'unit' | 'change' | 'metric' | 'subject' | 'horizon'>;

const close = (a: number | null, b: number | null): boolean =>
  a !== null && b !== null && (a === b || Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b)));

/** Same number and unit, overlapping spans (gold/README.md). */
function sameValue(p: Scored, g: GoldStatement): boolean {
  if (p.unit !== g.unit || p.start >= g.end || g.start >= p.end) return false;
  if (g.value !== null) return close(p.value, g.value);
  return close(p.min, g.min) && close(p.max, g.max);
}

/** Character-overlap F1 between two strings, as multisets of characters. */
function charF1(a: string, b: string): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const ch of b) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let overlap = 0;
  for (const ch of a) {
    const n = counts.get(ch) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(ch, n - 1);
    }
  }
  return prf(overlap, [...a].length, [...b].length).f1;
}

function match(preds: Scored[], golds: GoldStatement[], ok: (p: Scored, g: GoldStatement) => boolean): [Scored, GoldStatement][] {
  const used = new Set<number>();
  const pairs: [Scored, GoldStatement][] = [];
  for (const g of golds) {
    const i = preds.findIndex((p, k) => !used.has(k) && ok(p, g));
    if (i >= 0) {
      used.add(i);
      pairs.push([preds[i]!, g]);
    }
  }
  return pairs;
}

interface Totals {
  gold: number;
  pred: number;
  value: number;
  typed: number;
  goldTargets: number;
  predTargets: number;
  target: number;
  pairs: [Scored, GoldStatement][];
  misses: string[];
}

function score(analyzer: Analyzer, shared: string, file: string): Totals {
  const regions = readFileSync(join(shared, 'gold', file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldRegion);
  const docs = new Map<string, Statement[]>();
  const t: Totals = { gold: 0, pred: 0, value: 0, typed: 0, goldTargets: 0, predTargets: 0, target: 0, pairs: [], misses: [] };
  for (const region of regions) {
    const key = `${region.doc}|${region.date}`;
    let statements = docs.get(key);
    if (!statements) {
      const text = readFileSync(join(shared, region.doc), 'utf8');
      statements = [...analyzer.analyze(text, region.date ? { date: region.date } : {}).statements];
      docs.set(key, statements);
    }
    const preds = statements.filter((s) => s.start >= region.start && s.end <= region.end);
    const golds = region.statements;
    t.gold += golds.length;
    t.pred += preds.length;
    const pairs = match(preds, golds, sameValue);
    t.value += pairs.length;
    t.typed += match(preds, golds, (p, g) => sameValue(p, g) && p.kind === g.kind).length;
    const pt = preds.filter((p) => p.kind === 'target');
    const gt = golds.filter((g) => g.kind === 'target');
    t.goldTargets += gt.length;
    t.predTargets += pt.length;
    t.target += match(pt, gt, sameValue).length;
    t.pairs.push(...pairs);
    const describe = (s: Scored | GoldStatement) => `${s.text} ${s.kind} ${s.comparator} ${s.value ?? `${s.min}-${s.max}`} ${s.unit} ${s.change ?? ''} m=${s.metric} h=${s.horizon ? `${s.horizon.text}:${s.horizon.from}-${s.horizon.to}` : 'null'}`;
    for (const g of golds) if (!pairs.some(([, pg]) => pg === g)) t.misses.push(`MISSED  ${describe(g)}   @${region.start}`);
    for (const p of preds) if (!pairs.some(([pp]) => pp === p)) t.misses.push(`EXTRA   ${describe(p)}   @${region.start}`);
    for (const [p, g] of pairs) {
      const diffs: string[] = [];
      if (p.kind !== g.kind) diffs.push(`kind ${p.kind}≠${g.kind}`);
      if (p.comparator !== g.comparator) diffs.push(`cmp ${p.comparator}≠${g.comparator}`);
      if ((p.change ?? null) !== (g.change ?? null)) diffs.push(`change ${p.change}≠${g.change}`);
      if (p.horizon?.from !== g.horizon?.from || p.horizon?.to !== g.horizon?.to) diffs.push(`horizon ${p.horizon?.text}:${p.horizon?.from}-${p.horizon?.to}≠${g.horizon?.text}:${g.horizon?.from}-${g.horizon?.to}`);
      if (charF1(p.metric, g.metric) < 0.5) diffs.push(`metric ${p.metric}≠${g.metric}`);
      if (typeof g.subject === 'string' && charF1(p.subject ?? '', g.subject) < 0.5) diffs.push(`subject ${p.subject}≠${g.subject}`);
      if (diffs.length) t.misses.push(`DIFF    ${g.text}: ${diffs.join('; ')}`);
    }
  }
  return t;
}

function report(name: string, t: Totals): void {
  const v = prf(t.value, t.pred, t.gold);
  const k = prf(t.typed, t.pred, t.gold);
  const g = prf(t.target, t.predTargets, t.goldTargets);
  const acc = (f: (p: Scored, g: GoldStatement) => boolean) => (t.pairs.length ? t.pairs.filter(([p, gg]) => f(p, gg)).length / t.pairs.length : NaN);
  const comparator = acc((p, gg) => p.comparator === gg.comparator);
  const change = acc((p, gg) => (p.change ?? null) === (gg.change ?? null));
  const horizon = acc((p, gg) => p.horizon?.from === gg.horizon?.from && p.horizon?.to === gg.horizon?.to);
  const metric = t.pairs.length ? t.pairs.reduce((s, [p, gg]) => s + charF1(p.metric, gg.metric), 0) / t.pairs.length : NaN;
  // Subject: mean character F1 over matched pairs whose gold names one (null gold subjects are not scored).
  const withSubject = t.pairs.filter(([, gg]) => typeof gg.subject === 'string');
  const subject = withSubject.length ? withSubject.reduce((s, [p, gg]) => s + charF1(p.subject ?? '', gg.subject as string), 0) / withSubject.length : NaN;
  console.log(`| ${name} | ${t.gold} | ${t.pred} | ${fmt(v.p)} / ${fmt(v.r)} / ${fmt(v.f1)} | ${fmt(k.p)} / ${fmt(k.r)} / ${fmt(k.f1)} | ${fmt(g.p)} / ${fmt(g.r)} / ${fmt(g.f1)} | ${fmt(comparator)} | ${fmt(change)} | ${fmt(horizon)} | ${fmt(metric)} | ${fmt(subject)} |`);
}

export async function run(): Promise<void> {
  const shared = sharedDir();
  if (!shared) return;
  const analyzer = createAnalyzerSync();
  console.log(`segmenter: ${analyzer.segmenter}`);
  console.log('| gold file | gold | predicted | value P / R / F1 | typed P / R / F1 | target P / R / F1 | comparator | change | horizon | metric overlap | subject |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  const results: [string, Totals][] = [];
  for (const file of ['seed-statements.jsonl', 'dev-statements.jsonl', 'news-dev-statements.jsonl']) {
    const t = score(analyzer, shared, file);
    report(file, t);
    results.push([file, t]);
  }
  if (process.env.ZHNEWS_EVAL_VERBOSE) {
    for (const [file, t] of results) console.log(`\n### ${file}\n${t.misses.join('\n')}`);
  }
}
