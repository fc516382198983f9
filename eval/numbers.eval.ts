/**
 * `npx tsx eval/index.ts numbers`: pass rates of zhnews/numbers on Recognizers-Text's Chinese
 * specs and cn2an's tests, read from ../shared (see eval/numbers-conformance.ts for the mapping).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cn2anCase, ConformanceException, RecognizersCase } from './numbers-conformance.js';
import { RECOGNIZERS_FILES, parseJson, runCn2an, runRecognizers } from './numbers-conformance.js';
import { extractQuantities } from '../src/numbers/index.js';
import { fmt, repoRoot, sharedDir } from './shared.js';

export async function run(): Promise<void> {
  const shared = sharedDir();
  if (!shared) return;
  const exceptions = parseJson<ConformanceException[]>(
    readFileSync(join(repoRoot, 'fixtures/numbers/recognizers-exceptions.json'), 'utf8'),
  );
  const verbose = process.env.ZHNEWS_VERBOSE === '1';
  let total = 0;
  let excepted = 0;
  console.log('| file | cases | exceptions | passed | rate | target |');
  console.log('|---|---|---|---|---|---|');
  for (const { file, kind, target } of RECOGNIZERS_FILES) {
    const cases = parseJson<RecognizersCase[]>(readFileSync(join(shared, 'data/recognizers-text-zh', file), 'utf8'));
    const r = runRecognizers(file, kind, cases, exceptions);
    total += r.total;
    excepted += r.excepted;
    const mark = target === undefined ? '' : r.rate >= target ? `≥ ${target} ✓` : `≥ ${target} ✗`;
    console.log(`| ${file} | ${r.total} | ${r.excepted} | ${r.passed} | ${fmt(r.rate)} | ${mark} |`);
    if (verbose) for (const f of r.failures) console.log(`    fail: ${f}`);
  }
  const cn = runCn2an(parseJson<Cn2anCase[]>(readFileSync(join(shared, 'data/cn2an/cn2an_cases.json'), 'utf8')));
  console.log(`| ${cn.file} (applicable) | ${cn.total} | 0 | ${cn.passed} | ${fmt(cn.rate)} | ≥ 0.95 ${cn.rate >= 0.95 ? '✓' : '✗'} |`);
  if (verbose) for (const f of cn.failures) console.log(`    fail: ${f}`);
  console.log(`\nexceptions: ${excepted} of ${total} Recognizers cases (${fmt(excepted / total)}; limit 0.05)`);
  goldAgreement(shared, verbose);
}

interface GoldStatement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly unit: string;
  readonly comparator: string;
}

/**
 * How well quantity spans carry the gold statements of ../shared/gold: for each gold
 * statement, the first unused quantity overlapping it must have the same unit, value (or
 * min/max) and comparator; "exact span" also needs the same start and end. Quantities that
 * match no statement are listed with ZHNEWS_VERBOSE=1 (many are horizons or non-statements).
 */
function goldAgreement(shared: string, verbose: boolean): void {
  let gold = 0;
  let typed = 0;
  let exact = 0;
  let unmatched = 0;
  for (const file of ['gold/seed-statements.jsonl', 'gold/dev-statements.jsonl']) {
    for (const line of readFileSync(join(shared, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const region = JSON.parse(line) as { doc: string; start: number; end: number; statements: GoldStatement[] };
      const doc = readFileSync(join(shared, region.doc), 'utf8');
      const qs = extractQuantities(doc.slice(region.start, region.end));
      const used = new Set<number>();
      for (const g of region.statements) {
        gold++;
        const k = qs.findIndex((q, idx) => !used.has(idx) && q.start + region.start < g.end && g.start < q.end + region.start);
        const q = qs[k];
        if (k >= 0) used.add(k);
        const ok =
          q !== undefined &&
          q.unit === g.unit &&
          q.value === g.value &&
          q.min === g.min &&
          q.max === g.max &&
          q.comparator === g.comparator;
        if (ok) typed++;
        if (ok && q.start + region.start === g.start && q.end + region.start === g.end) exact++;
        else if (verbose) console.log(`    gold ${g.text} ${g.value} ${g.unit} ${g.comparator} → ${q ? `${q.text} ${q.value} ${q.unit} ${q.comparator}` : 'none'}`);
      }
      unmatched += qs.length - used.size;
    }
  }
  console.log(`\ngold statements (../shared/gold, seed + dev): ${gold}`);
  console.log(`  carried by a quantity with the same unit, value and comparator: ${typed} (${fmt(typed / gold)})`);
  console.log(`  … and the exact statement span: ${exact} (${fmt(exact / gold)})`);
  console.log(`  quantities in the gold regions that are no statement: ${unmatched}`);
}
