/**
 * Traditional Chinese (issue #19): the seed and every news-dev text converted to traditional
 * characters with opencc-js (`cn` → `hk` and `cn` → `tw`) must give the same statements (start,
 * end, kind, comparator, value, unit) and entity spans as the simplified originals for ≥ 95 % of
 * items. Set ZHNEWS_EVAL_VERBOSE=1 to list every difference.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { createAnalyzerSync } from '../src/pipeline/createAnalyzer.js';
import { fmt, sharedDir } from './shared.js';
import { agreement } from './traditionalAgreement.js';

interface Doc {
  readonly name: string;
  readonly text: string;
  readonly date?: string;
}

/** The news-dev texts with their dates from SOURCE.md (`| file | source | date | …`). */
function newsDev(shared: string): Doc[] {
  const dir = join(shared, 'data/news-dev');
  const dates = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'SOURCE.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells[1]?.endsWith('.txt') && /^\d{4}-\d{2}-\d{2}$/.test(cells[3] ?? '')) dates.set(cells[1], cells[3]!);
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8'), ...(dates.has(f) ? { date: dates.get(f)! } : {}) }));
}

export async function run(): Promise<void> {
  const shared = sharedDir();
  if (!shared) return;
  const verbose = process.env.ZHNEWS_EVAL_VERBOSE === '1';
  const seed: Doc = { name: 'seed', text: readFileSync(join(shared, 'seeds/000_6f12cfffa2f3de6d.txt'), 'utf8'), date: '2020-04-14' };
  const corpora = [
    { name: 'seed', docs: [seed] },
    { name: 'news-dev', docs: newsDev(shared) },
  ];
  const analyzer = createAnalyzerSync();
  console.log('| texts | variant | originals detected simplified | conversions detected traditional | items | same | missing | extra | agreement |\n|---|---|---|---|---|---|---|---|---|');
  for (const corpus of corpora) {
    const originals = corpus.docs.map((d) => analyzer.analyze(d.text, d.date !== undefined ? { date: d.date } : {}));
    const simplified = originals.filter((o) => o.script === 'simplified').length;
    for (const variant of ['hk', 'tw'] as const) {
      const convert = OpenCC.Converter({ from: 'cn', to: variant });
      let items = 0;
      let same = 0;
      let missing = 0;
      let extra = 0;
      let detected = 0;
      corpus.docs.forEach((d, i) => {
        const converted = convert(d.text);
        if (converted.length !== d.text.length) throw new Error(`${d.name}: conversion changed the length; spans would not compare`);
        const doc = analyzer.analyze(converted, d.date !== undefined ? { date: d.date } : {});
        if (doc.script === 'traditional') detected++;
        const a = agreement(originals[i]!, doc);
        items += a.items;
        same += a.same;
        missing += a.missing.length;
        extra += a.extra.length;
        if (verbose) for (const k of [...a.missing.map((m) => `- ${m}`), ...a.extra.map((e) => `+ ${e}`)]) console.log(`  ${variant} ${d.name} ${k}`);
      });
      console.log(`| ${corpus.name} | ${variant} | ${simplified}/${corpus.docs.length} | ${detected}/${corpus.docs.length} | ${items} | ${same} | ${missing} | ${extra} | ${fmt(items === 0 ? 1 : same / items)} |`);
    }
  }
}
