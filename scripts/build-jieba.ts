/**
 * `tsx scripts/build-jieba.ts [out] [--force]`: compiles jieba's dictionary and HMM model into the binary
 * file the pure-TypeScript segmenter loads (default `dist/jieba.dict`, run by `npm run build`).
 *
 * Source: the dictionary files of cppjieba as shipped in the nodejieba package
 * (`submodules/cppjieba/dict/`: jieba.dict.utf8, user.dict.utf8, hmm_model.utf8), MIT licence,
 * copyright (c) 2013 Yanyi Wu; the data originates from jieba (fxsjy/jieba, MIT).
 *
 * Weights follow cppjieba's DictTrie: weight = ln(freq / Σfreq) over the main dictionary; a
 * user word without a frequency weighs the median weight; a later line for the same word wins.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeJiebaData, encodeJiebaData, interleaveTrie, type JiebaMeta, type JiebaTables } from '../src/segment/jieba/binaryFormat.js';
import { buildDoubleArray } from './build-jieba/doubleArray.js';
import { parseHmmModel } from './build-jieba/hmmModel.js';

const MIN_DOUBLE = -3.14e100;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dictDir = join(dirname(require.resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict');
const out = resolve(root, process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist/jieba.dict');

// The compiled file depends only on the source files and this compiler: reuse it when neither
// changed (tsup's clean empties dist/ on every build; compiling takes several seconds).
const sources = ['jieba.dict.utf8', 'user.dict.utf8', 'hmm_model.utf8'].map((f) => join(dictDir, f));
const compilerDir = join(root, 'scripts', 'build-jieba');
const compiler = [join(root, 'scripts', 'build-jieba.ts'), join(root, 'src', 'segment', 'jieba', 'binaryFormat.ts')].concat(
  readdirSync(compilerDir).map((f) => join(compilerDir, f)),
);
const hash = createHash('sha256');
for (const f of [...sources, ...compiler]) hash.update(readFileSync(f));
const cached = join(root, 'node_modules', '.cache', 'zhnews', `jieba-${hash.digest('hex').slice(0, 16)}.dict`);
if (existsSync(cached) && !process.argv.includes('--force')) {
  mkdirSync(dirname(out), { recursive: true });
  copyFileSync(cached, out);
  console.error(`jieba dictionary: ${out} (cached)`);
  process.exit(0);
}

interface Entry {
  weight: number;
  tag: string;
}

const started = performance.now();
const words = new Map<string, Entry>();
// Main dictionary: "word freq tag", every line.
const mainLines = readFileSync(join(dictDir, 'jieba.dict.utf8'), 'utf8').split('\n');
const freqs: { word: string; freq: number; tag: string }[] = [];
for (const line of mainLines) {
  if (line === '') continue;
  const cols = line.split(' ');
  if (cols.length !== 3) throw new Error(`jieba.dict.utf8: bad line ${JSON.stringify(line)}`);
  freqs.push({ word: cols[0]!, freq: Number.parseFloat(cols[1]!), tag: cols[2]! });
}
let freqSum = 0;
for (const f of freqs) freqSum += f.freq;
const mainWeights: number[] = [];
for (const f of freqs) {
  const weight = Math.log(f.freq / freqSum);
  mainWeights.push(weight);
  words.set(f.word, { weight, tag: f.tag });
}
const sorted = [...mainWeights].sort((a, b) => a - b);
const minWeight = sorted[0]!;
const medianWeight = sorted[sorted.length >> 1]!;
// User dictionary (nodejieba loads cppjieba's by default): "word", "word tag" or "word freq tag".
for (const line of readFileSync(join(dictDir, 'user.dict.utf8'), 'utf8').split('\n')) {
  const cols = line.replace(/\r$/, '').split(' ');
  if (cols[0] === '' || cols.length > 3) continue;
  if (cols.length === 3) words.set(cols[0]!, { weight: Math.log(Number.parseInt(cols[1]!, 10) / freqSum), tag: cols[2]! });
  else words.set(cols[0]!, { weight: medianWeight, tag: cols[1] ?? '' });
}

// Dense alphabet: frequent units get small codes, which keeps the double array compact.
const unitCount = new Map<number, number>();
for (const w of words.keys()) for (let i = 0; i < w.length; i++) unitCount.set(w.charCodeAt(i), (unitCount.get(w.charCodeAt(i)) ?? 0) + 1);
const alphabet = new Uint16Array(65536);
[...unitCount.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).forEach(([unit], i) => (alphabet[unit] = i + 1));
const maxCode = unitCount.size;

const keyed = [...words.keys()].map((w) => {
  let k = '';
  for (let i = 0; i < w.length; i++) k += String.fromCharCode(alphabet[w.charCodeAt(i)]!);
  return { w, k };
});
keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
const da = buildDoubleArray(keyed.map((x) => x.k));

const tags = [''];
const tagId = new Map<string, number>([['', 0]]);
const weightList: number[] = [];
const weightId = new Map<number, number>();
const size = da.base.length + maxCode + 1; // padding: base[s] + code never reads past the end
const base = new Int32Array(size);
base.set(da.base);
const check = new Int32Array(size).fill(-1);
check.set(da.check);
const info = new Uint32Array(size);
keyed.forEach(({ w }, i) => {
  const entry = words.get(w)!;
  let t = tagId.get(entry.tag);
  if (t === undefined) {
    t = tags.length;
    tags.push(entry.tag);
    tagId.set(entry.tag, t);
  }
  let wi = weightId.get(entry.weight);
  if (wi === undefined) {
    wi = weightList.length + 1; // 0 means "no word"
    weightList.push(entry.weight);
    weightId.set(entry.weight, wi);
  }
  if (t > 255 || wi >= 1 << 24) throw new Error('too many tags or weights for the info packing');
  info[da.nodeOfKey[i]!] = (wi << 8) | t;
});
const weights = new Float64Array(weightList.length + 1);
weights.set(weightList, 1);

const hmm = parseHmmModel(readFileSync(join(dictDir, 'hmm_model.utf8'), 'utf8'), MIN_DOUBLE);
const meta: JiebaMeta = {
  source: 'cppjieba dictionary and HMM model (jieba.dict.utf8, user.dict.utf8, hmm_model.utf8) from the nodejieba package, MIT licence, (c) 2013 Yanyi Wu; data from jieba (fxsjy/jieba, MIT)',
  tags,
  freqSum,
  minWeight,
  medianWeight,
  hmmStart: hmm.start,
  hmmTrans: hmm.trans,
};
const tables: JiebaTables = { alphabet, trie: interleaveTrie(base, check, info), weights, hmmChars: hmm.chars, hmmEmit: hmm.emit };
const bytes = encodeJiebaData({ meta, tables });
// The file is a compact encoding expanded at load time: prove it expands to these very arrays.
const expanded = decodeJiebaData(bytes).tables;
for (const name of Object.keys(tables) as (keyof JiebaTables)[]) {
  const a = tables[name];
  const b = expanded[name];
  if (a.length !== b.length || a.some((v, i) => !Object.is(v, b[i]))) throw new Error(`jieba dictionary: ${name} does not survive encoding`);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
mkdirSync(dirname(cached), { recursive: true });
writeFileSync(cached, bytes);
const ms = performance.now() - started;
console.error(`jieba dictionary: ${words.size} words, ${size} slots, ${(bytes.length / 1e6).toFixed(1)} MB → ${out} (${ms.toFixed(0)} ms)`);
