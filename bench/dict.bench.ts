/**
 * Large user dictionaries: generates synthetic dictionaries of 100k, 300k and 1M company names
 * (place + two name characters + industry + legal form, about half with a short alias),
 * deterministically, and for each prints:
 *
 * - compile: parse + check + compile the TSV and write the binary snapshot (cold cache);
 * - load: the same call when the snapshot exists (warm cache);
 * - memory: `process.memoryUsage()` after a full GC with the layer loaded, minus before it:
 *   `heapUsed` (JS heap) and `arrayBuffers` (the typed arrays of the trie and tables, outside the
 *   JS heap; the names are one external string, counted in neither), and the whole process's
 *   RSS now and at its peak (`process.resourceUsage().maxRSS`), for loading and for compiling;
 * - tagging throughput of a tagger holding the built-in dictionary and the generated one, over
 *   `../shared/data/throughput/news.txt` (when present, else a generated text) with a generated
 *   name in every fifth line: with pre-computed jieba tokens (as the pipeline calls it) and
 *   with `[]` tokens.
 *
 * Each phase runs in a fresh child `node --expose-gc --import tsx` so heap figures are clean and
 * the load is a real cold start from the snapshot. Generated files and snapshots go to a temporary
 * folder that is deleted afterwards. Run: `npx tsx bench/index.ts dict` (about 2–3 minutes;
 * `ZHNEWS_DICT_BENCH_SIZES=100000,300000` to pick sizes).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
/** Marks the child's result line among the --trace-gc lines. */
const REPORT = '@@zhnews-dict-bench ';
const REPO = join(SELF, '..', '..');

const INDUSTRIES = [
  '科技', '信息技术', '网络科技', '智能科技', '新材料', '生物医药', '医疗器械', '电子商务', '物流', '供应链管理', '建设工程', '建筑装饰',
  '食品', '农业发展', '贸易', '进出口', '文化传媒', '广告', '环保科技', '新能源', '能源', '电力工程', '机械设备', '汽车服务', '电子',
  '光电', '化工', '纺织', '服装', '家居', '餐饮管理', '酒店管理', '旅游开发', '教育咨询', '企业管理咨询', '投资管理', '资产管理', '置业',
  '房地产开发', '物业管理', '人力资源', '软件', '数据服务', '精密制造', '钢结构', '包装', '印刷', '水务', '园林绿化', '健康管理',
];
const FORMS = ['有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司', '集团有限公司'];
const NAME_CHARS =
  '华新康泰恒瑞丰盛宏达鑫源隆兴金凯博远嘉诚信和安通昌荣德润中汇合天宇海晨星辰阳光明佳美优创联众智慧云腾飞龙凤祥福禄寿喜乐百万千亿永久长青蓝鲸白鹭红叶绿洲银河北斗东方南山西岭'
    + '鼎晟盈鹏翔骏驰冠卓越铭睿哲思远航启航领先锦绣翰墨雅致品尚臻致巨力伟业宏图大展同创共赢聚合力帆扬正大光朗宁静';

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes a dictionary of `n` distinct synthetic company names; returns a sample of names and aliases. */
export function generate(n: number, file: string): { sample: string[]; aliases: number } {
  const places = readFileSync(join(REPO, 'dict', 'entities', 'places.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('name\t'))
    .map((l) => l.split('\t'))
    .filter((c) => c[1] === 'city' || c[1] === 'county' || c[1] === 'province')
    .map((c) => [c[0] as string, (c[2] || c[0]) as string] as const);
  const rand = rng(7);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)] as T;
  const chars = [...NAME_CHARS];
  const names = new Set<string>();
  const usedAliases = new Set<string>();
  const rows: string[] = ['# synthetic companies for bench/dict.bench.ts', 'name\ttype\tsubtype\taliases'];
  const sample: string[] = [];
  let aliases = 0;
  while (names.size < n) {
    const [place, short] = pick(places);
    const core = pick(chars) + pick(chars) + (rand() < 0.3 ? pick(chars) : '');
    const industry = pick(INDUSTRIES);
    const name = `${rand() < 0.8 ? short : place}${core}${industry}${pick(FORMS)}`;
    if (names.has(name)) continue;
    names.add(name);
    let alias = '';
    if (rand() < 0.5) {
      const a = rand() < 0.5 ? `${core}${industry}` : `${short}${core}`;
      if (!usedAliases.has(a) && !names.has(a)) {
        usedAliases.add(a);
        alias = a;
        aliases++;
      }
    }
    rows.push(`${name}\tenterprise\tcompany\t${alias}`);
    if (names.size % Math.ceil(n / 2000) === 0) sample.push(alias || name);
  }
  writeFileSync(file, `${rows.join('\n')}\n`);
  return { sample, aliases };
}

interface ChildReport {
  cache: string;
  ms: number;
  /** CPU milliseconds (user + system) of the same call: steadier than wall time on a busy machine. */
  cpuMs: number;
  names: number;
  keys: number;
  trieBytes: number;
  heapUsedMb: number;
  arrayBuffersMb: number;
  rssMb: number;
  maxRssMb: number;
  /** Largest JS heap seen when a GC started (live data and garbage), from --trace-gc; set by the parent. */
  peakHeapMb?: number;
  /** Largest JS heap left after a GC (live data), from --trace-gc; set by the parent. */
  peakLiveMb?: number;
  tag?: { bytes: number; lines: number; found: number; tokensMbs: number; noTokensMbs: number; tokensCpuMbs: number; builtinOnlyMbs: number };
}

/** The measuring side, in a fresh `node --expose-gc` process. */
async function child(): Promise<void> {
  const [mode, file, cacheDir, sampleFile] = JSON.parse(process.env.ZHNEWS_DICT_BENCH_CHILD as string) as [string, string, string, string];
  const { loadDictionaryLayer, createEntityTagger, loadBuiltinDictionary } = await import('../src/entities/index.js');
  loadBuiltinDictionary(); // not part of the figures
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const base = process.memoryUsage();
  const cpu0 = process.cpuUsage();
  const layer = loadDictionaryLayer([{ path: file, label: file }], { cache: { dir: cacheDir, minBytes: 0 } });
  const cpu1 = process.cpuUsage(cpu0);
  gc?.();
  const mem = process.memoryUsage();
  const dict = layer.dictionary;
  if (!dict) throw new Error(layer.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
  const report: ChildReport = {
    cache: layer.cache,
    ms: layer.ms,
    cpuMs: (cpu1.user + cpu1.system) / 1000,
    names: dict.names.length,
    keys: dict.trie.size,
    trieBytes: dict.trie.byteLength,
    heapUsedMb: (mem.heapUsed - base.heapUsed) / 1e6,
    arrayBuffersMb: (mem.arrayBuffers - base.arrayBuffers) / 1e6,
    rssMb: mem.rss / 1e6,
    maxRssMb: (process.resourceUsage().maxRSS * 1024) / 1e6,
  };
  if (mode === 'tag') {
    const tagger = createEntityTagger({ dictionaries: [file], cache: { dir: cacheDir, minBytes: 0 } });
    const { foldWidth } = await import('../src/normalize/foldWidth.js');
    const sample = JSON.parse(readFileSync(sampleFile, 'utf8')) as string[];
    const shared = process.env.ZHNEWS_SHARED ?? join(REPO, '..', 'shared');
    let lines: string[];
    try {
      lines = readFileSync(join(shared, 'data', 'throughput', 'news.txt'), 'utf8').split('\n');
    } catch {
      lines = Array.from({ length: 20000 }, (_, i) => `今年以来，全市新增市场主体${i}户，同比增长12.5%，其中科技型企业占比超过三成。`);
    }
    lines = lines.map((l) => foldWidth(l)).filter((l) => l.length > 0);
    lines = lines.map((l, i) => (i % 5 === 0 ? `据悉，${sample[i % sample.length] as string}与${l}` : l));
    const bytes = Buffer.byteLength(lines.join('\n'), 'utf8');
    const { createRequire } = await import('node:module');
    const { Jieba } = await import('@node-rs/jieba');
    const { dict: jdict } = createRequire(import.meta.url)('@node-rs/jieba/dict') as { dict: Uint8Array };
    const jieba = Jieba.withDict(jdict);
    const tokens = lines.map((text) => {
      const out: { start: number; end: number; text: string; pos: string }[] = [];
      let pos = 0;
      for (const { word, tag } of jieba.tag(text)) {
        out.push({ start: pos, end: pos + word.length, text: word, pos: tag });
        pos += word.length;
      }
      return out;
    });
    const cpu = (): number => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const builtinOnly = createEntityTagger();
    const measure = (withTokens: boolean, t = tagger): { mbs: number; cpuMbs: number; found: number } => {
      let found = 0;
      for (let i = 0; i < lines.length; i++) t.tag(lines[i] as string, withTokens ? (tokens[i] ?? []) : []); // warm-up
      let runs = 0;
      const t0 = performance.now();
      const c0 = cpu();
      while (runs < 2 || performance.now() - t0 < 3000) {
        found = 0;
        for (let i = 0; i < lines.length; i++) found += t.tag(lines[i] as string, withTokens ? (tokens[i] ?? []) : []).length;
        runs++;
      }
      const ms = (performance.now() - t0) / runs;
      const cpuMs = (cpu() - c0) / runs;
      return { mbs: bytes / 1e6 / (ms / 1000), cpuMbs: bytes / 1e6 / (cpuMs / 1000), found };
    };
    const w = measure(true);
    const n = measure(false);
    const b = measure(true, builtinOnly);
    report.tag = { bytes, lines: lines.length, found: w.found, tokensMbs: w.mbs, noTokensMbs: n.mbs, tokensCpuMbs: w.cpuMbs, builtinOnlyMbs: b.mbs };
  }
  process.stdout.write(`\n${REPORT}${JSON.stringify(report)}\n`);
}

function runChild(mode: 'compile' | 'load' | 'tag', file: string, cacheDir: string, sampleFile: string): ChildReport {
  const out = execFileSync(process.execPath, ['--expose-gc', '--trace-gc', '--max-old-space-size=4096', '--import', 'tsx', SELF], {
    cwd: REPO,
    env: { ...process.env, ZHNEWS_DICT_BENCH_CHILD: JSON.stringify([mode, file, cacheDir, sampleFile]), ZHNEWS_CACHE_DIR: cacheDir },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const lines = out.split('\n');
  const at = lines.findIndex((l) => l.startsWith(REPORT));
  if (at < 0) throw new Error(`no report from the ${mode} child`);
  const report = JSON.parse((lines[at] as string).slice(REPORT.length)) as ChildReport;
  // --trace-gc lines read "… Mark-Compact 342.5 (377.8) -> 300.5 (336.7) MB …": the first
  // figure is the JS heap in use when that GC started, the one after the arrow what was left
  let peak = 0;
  let live = 0;
  for (const l of lines) {
    const m = /(?:Scavenge|Mark-Compact|Mark-sweep)[^\d]*([\d.]+) \([\d.]+\) -> ([\d.]+) \(/.exec(l);
    if (m) {
      peak = Math.max(peak, Number(m[1]));
      live = Math.max(live, Number(m[2]));
    }
  }
  report.peakHeapMb = peak;
  report.peakLiveMb = live;
  return report;
}

/** `npm run bench` entry. */
export async function run(): Promise<void> {
  const sizes = (process.env.ZHNEWS_DICT_BENCH_SIZES ?? '100000,300000,1000000').split(',').map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'zhnews-dict-bench-'));
  console.log(`synthetic dictionaries in ${dir} (deleted afterwards); each phase in a fresh node --expose-gc child`);
  console.log('targets at 1M names: compile <= 10 s, load <= 2 s, heap <= 400 MB, tagging >= 20 MB/s\n');
  try {
    for (const n of sizes) {
      const file = join(dir, `synthetic-${n}.tsv`);
      const cacheDir = join(dir, `cache-${n}`);
      const t0 = performance.now();
      const { sample, aliases } = generate(n, file);
      const genMs = performance.now() - t0;
      const sampleFile = join(dir, `sample-${n}.json`);
      writeFileSync(sampleFile, JSON.stringify(sample));
      const compile = runChild('compile', file, cacheDir, sampleFile);
      const load = runChild('load', file, cacheDir, sampleFile);
      const tag = runChild('tag', file, cacheDir, sampleFile);
      const mb = (x: number): string => Math.abs(x).toFixed(0).replace(/^/, x < -0.5 ? '-' : '');
      console.log(`${n.toLocaleString('en')} names (${aliases.toLocaleString('en')} aliases, ${(statSync(file).size / 1e6).toFixed(1)} MB TSV, generated in ${(genMs / 1000).toFixed(1)} s)`);
      console.log(`  compile (parse, check, compile, write snapshot): ${(compile.ms / 1000).toFixed(2)} s wall, ${(compile.cpuMs / 1000).toFixed(2)} s CPU [${compile.cache}]`);
      console.log(
        `  load from snapshot: ${(load.ms / 1000).toFixed(2)} s wall, ${(load.cpuMs / 1000).toFixed(2)} s CPU [${load.cache}]; ${load.keys.toLocaleString('en')} keys, trie ${mb(load.trieBytes / 1e6)} MB`,
      );
      console.log(
        `  memory with the layer loaded: JS heap +${mb(load.heapUsedMb)} MB, typed arrays +${mb(load.arrayBuffersMb)} MB, whole process RSS ${mb(load.rssMb)} MB (peak ${mb(load.maxRssMb)} MB, peak JS heap ${mb(load.peakHeapMb ?? 0)} MB); compiling: JS heap peak ${mb(compile.peakHeapMb ?? 0)} MB at a GC start, ${mb(compile.peakLiveMb ?? 0)} MB live after a GC; peak RSS ${mb(compile.maxRssMb)} MB`,
      );
      if (tag.tag) {
        console.log(
          `  tagging (built-ins + this layer, ${(tag.tag.bytes / 1e6).toFixed(2)} MB, ${tag.tag.found} entities): ${tag.tag.tokensMbs.toFixed(1)} MB/s with jieba tokens (${tag.tag.tokensCpuMbs.toFixed(1)} MB/s per CPU second), ${tag.tag.noTokensMbs.toFixed(1)} MB/s with [] tokens; built-ins alone, same text: ${tag.tag.builtinOnlyMbs.toFixed(1)} MB/s with tokens`,
        );
      }
      rmSync(file, { force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\n(machine load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs)`);
}

if (process.env.ZHNEWS_DICT_BENCH_CHILD) await child();
