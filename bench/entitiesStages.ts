/**
 * `npx tsx bench/entitiesStages.ts [rounds]`: CPU milliseconds of each step of the entity stage
 * over news.txt as documents of 20 lines (pure TypeScript jieba tokens made once, outside the
 * timing), best of `rounds` (default 7), beside the whole tagger and the bare jieba cut of the
 * same documents. The recogniser's steps get the suffix matches and token index the tagger
 * hands them. On a shared machine the best round is the figure that means something.
 * `STEPS=<regular expression>` keeps only the matching steps (and the bare cut).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../src/core/types.js';
import { sharedDir } from '../eval/shared.js';
import { loadRuleData } from '../src/entities/builtinRules.js';
import { selectCandidates, type Candidate } from '../src/entities/candidate.js';
import { dropInsideTitles, keepInContext } from '../src/entities/contextFilters.js';
import { dictionaryCandidates } from '../src/entities/dictionaryMatch.js';
import { findDocumentAliases, resolveShortMentions } from '../src/entities/docAliases.js';
import { createEntityTagger } from '../src/entities/index.js';
import { tagTokenArrays } from '../src/entities/tagger.js';
import { extractFeatures, FEATURES_PER_CHAR } from '../src/entities/learned/features.js';
import { loadOrgModel } from '../src/entities/learned/load.js';
import { mergeLearned } from '../src/entities/learned/merge.js';
import { decode, type LearnedSpan } from '../src/entities/learned/model.js';
import { recogniseSpans } from '../src/entities/learned/recognise.js';
import { plausibleWindows } from '../src/entities/learned/windows.js';
import { composeNested } from '../src/entities/nestedNames.js';
import { findRuleCandidates } from '../src/entities/rules.js';
import { suffixMatches } from '../src/entities/suffixMatches.js';
import { indexTokens, type TokenIndex } from '../src/entities/tokenIndex.js';
import { loadBuiltinDictionary } from '../src/dictionary/files.js';
import { normalize } from '../src/normalize/normalize.js';
import { createSegmenter } from '../src/segment/index.js';
import { appendTokens, tagSetOf } from '../src/segment/tokenize.js';
import { TokenTable } from '../src/segment/tokenTable.js';
import { splitSentences } from '../src/sentences/splitSentences.js';

const shared = sharedDir();
if (!shared) process.exit(2);
const rounds = Number(process.argv[2] ?? 7);
const lines = readFileSync(join(shared, 'data/throughput/news.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
const raw: string[] = [];
for (let i = 0; i < lines.length; i += 20) raw.push(lines.slice(i, i + 20).join('\n'));
const segmenter = createSegmenter('jieba');
const tagger = createEntityTagger();
const rules = loadRuleData();
const model = loadOrgModel();
const layers = [{ dict: loadBuiltinDictionary(), hidden: null }];
if (!model) process.exit(2);

interface Doc {
  text: string;
  table: TokenTable;
  ix: TokenIndex;
  cands: Candidate[];
  chosen: Candidate[];
  ruled: Entity[];
  windows: number[];
  learned: LearnedSpan[];
  /** What the tagger hands the recogniser: the suffix matches and the token covering each character. */
  suffixAt: Int32Array;
}
const docs: Doc[] = raw.map((d) => {
  const text = normalize(d).text;
  const table = new TokenTable(text, tagSetOf(segmenter), text.length >> 1);
  for (const r of splitSentences(text)) appendTokens(segmenter, text, r.start, r.end, table);
  const tokens = table.toArray();
  const ix = indexTokens(text, table) as TokenIndex;
  const cands = dropInsideTitles(text, [...keepInContext(text, dictionaryCandidates(text, ix, layers), rules), ...findRuleCandidates(text, ix, rules)]);
  const chosen = selectCandidates(cands);
  const ruled = createEntityTagger({ learned: false }).tag(text, tokens);
  const suffixAt = suffixMatches(text, rules);
  const at = ix.at.slice(0, text.length);
  const windows = plausibleWindows(text, tokens, ruled, rules, at);
  const learned = recogniseSpans(model, text, tokens, ruled, rules, suffixAt, at);
  return { text, table, ix: { ...ix, at }, cands, chosen, ruled, windows, learned, suffixAt };
});
let rows = new Int32Array(1 << 16);
const steps: [string, (d: Doc) => unknown][] = [
  ['bare jieba cut', (d) => segmenter.cut(d.text)],
  ['whole tagger (token objects)', (d) => tagger.tag(d.text, d.table.toArray())],
  ['whole tagger (token arrays)', (d) => tagTokenArrays(tagger, d.text, d.table)],
  ['indexTokens', (d) => indexTokens(d.text, d.table)],
  ['dictionaryCandidates', (d) => dictionaryCandidates(d.text, d.ix, layers)],
  ['findRuleCandidates', (d) => findRuleCandidates(d.text, d.ix, rules)],
  ['keepInContext', (d) => keepInContext(d.text, d.cands, rules)],
  ['selectCandidates', (d) => selectCandidates(d.cands)],
  ['findDocumentAliases', (d) => findDocumentAliases(d.text, d.chosen, d.ix, rules)],
  ['resolveShortMentions', (d) => resolveShortMentions(d.chosen)],
  ['composeNested', (d) => composeNested(d.text, d.table, d.ruled, rules)],
  ['suffixMatches', (d) => suffixMatches(d.text, rules)],
  ['plausibleWindows', (d) => plausibleWindows(d.text, d.table, d.ruled, rules, d.ix.at)],
  [
    'extractFeatures (windows)',
    (d) => {
      for (let w = 0; w < d.windows.length; w += 2) {
        const n = (d.windows[w + 1] as number) - (d.windows[w] as number);
        if (rows.length < n * FEATURES_PER_CHAR) rows = new Int32Array(n * FEATURES_PER_CHAR * 2);
        extractFeatures({ text: d.text, tokens: d.table, ruleEntities: d.ruled, rules, suffixAt: d.suffixAt, tokenAt: d.ix.at }, model.bits, rows, d.windows[w], d.windows[w + 1]);
      }
    },
  ],
  [
    'features + decode (windows)',
    (d) => {
      for (let w = 0; w < d.windows.length; w += 2) {
        const n = (d.windows[w + 1] as number) - (d.windows[w] as number);
        if (rows.length < n * FEATURES_PER_CHAR) rows = new Int32Array(n * FEATURES_PER_CHAR * 2);
        extractFeatures({ text: d.text, tokens: d.table, ruleEntities: d.ruled, rules, suffixAt: d.suffixAt, tokenAt: d.ix.at }, model.bits, rows, d.windows[w], d.windows[w + 1]);
        decode(model, rows, n, d.text, d.windows[w]);
      }
    },
  ],
  ['recogniseSpans', (d) => recogniseSpans(model, d.text, d.table, d.ruled, rules, d.suffixAt, d.ix.at)],
  ['mergeLearned', (d) => mergeLearned(d.text, d.ruled, d.learned, rules, d.table)],
];
// `STEPS=<regular expression>` keeps only the matching steps (for a CPU profile of one of them)
const only = new RegExp(process.env.STEPS ?? '');
for (let i = steps.length - 1; i >= 0; i--) if (i > 0 && !only.test((steps[i] as [string, unknown])[0])) steps.splice(i, 1);
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const best = new Map<string, number>();
for (let r = 0; r < rounds; r++) {
  for (const [name, f] of steps) {
    const c = cpu();
    for (const d of docs) f(d);
    const ms = cpu() - c;
    best.set(name, Math.min(best.get(name) ?? Infinity, ms));
  }
}
const cut = best.get('bare jieba cut') as number;
console.log(`news.txt, ${docs.length} documents of 20 lines, best of ${rounds} rounds (CPU ms; × bare jieba cut)`);
for (const [name] of steps) console.log(`${name.padEnd(30)} ${(best.get(name) as number).toFixed(1).padStart(7)}  ${((best.get(name) as number) / cut).toFixed(2)}`);
