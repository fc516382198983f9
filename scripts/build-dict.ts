/**
 * Regenerates the built-in entity dictionaries in `dict/entities/` from the public lists in
 * `../shared/data/orgs/` (override with ZHNEWS_SHARED). Only names and aliases are shipped,
 * with attribution in `dict/README.md`; ranks, codes beyond a stock code, and notes are dropped.
 *
 * Run: `npx tsx scripts/build-dict.ts`. The output is deterministic (sorted), so a diff of the
 * generated files shows exactly what changed upstream.
 *
 * Hand-maintained files (`suffixes.tsv`, `not-names.tsv`, `aliases.tsv`) are read, never written.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.ZHNEWS_SHARED ?? join(repoRoot, '..', 'shared');
const orgs = join(shared, 'data', 'orgs');
const outDir = join(repoRoot, 'dict', 'entities');
if (!existsSync(orgs)) {
  console.error(`missing ${orgs}; set ZHNEWS_SHARED`);
  process.exit(1);
}

type Row = Record<string, string>;
function readTsv(rel: string): Row[] {
  const lines = readFileSync(join(orgs, rel), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  const rows: Row[] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    const row: Row = {};
    header.forEach((h, i) => (row[h] = (cells[i] ?? '').trim()));
    rows.push(row);
  }
  return rows;
}
function readOwnTsv(file: string): Row[] {
  const lines = readFileSync(join(outDir, file), 'utf8').split(/\r?\n/).filter((l) => l !== '' && !l.startsWith('#'));
  const header = (lines[0] ?? '').split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    const row: Row = {};
    header.forEach((h, i) => (row[h] = (cells[i] ?? '').trim()));
    return row;
  });
}

// Text is matched after width folding, so names are folded the same way here.
function fold(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : c === 0x3000 ? ' ' : ch;
  }
  return out.replace(/\s+/g, '');
}

// ---- suffix classification (from the hand-maintained suffixes.tsv) ----
const suffixRows = readOwnTsv('suffixes.tsv');
const suffixes = suffixRows
  .map((r) => ({ suffix: r.suffix ?? '', type: r.type ?? '', subtype: r.subtype ?? '' }))
  .sort((a, b) => b.suffix.length - a.suffix.length);
const notNames = new Set(readOwnTsv('not-names.tsv').map((r) => r.word ?? ''));
function classify(name: string): { type: string; subtype: string } | null {
  if (name === '中国人民银行' || name.endsWith('人民银行')) return { type: 'institution', subtype: 'government' };
  for (const s of suffixes) {
    if (name.endsWith(s.suffix) && name.length > s.suffix.length) return s.type === 'none' ? null : { type: s.type, subtype: s.subtype };
  }
  return null;
}

const placeNames = new Set<string>();
for (const d of readTsv('divisions/divisions_modood_2023.tsv')) {
  if (d.name) placeNames.add(d.name);
  if (d.short && d.short.length >= 2) placeNames.add(d.short);
}
// ---- jieba's word list: short aliases that are common words are dropped ----
const require = createRequire(import.meta.url);
const jiebaDict = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
const jiebaPos = new Map<string, { freq: number; pos: string }>();
for (const line of jiebaDict.split('\n')) {
  const [w, f, p] = line.split(' ');
  if (w && f && p) jiebaPos.set(w, { freq: Number(f), pos: p });
}
/** Hand-checked short brand names kept even though jieba lists them as ordinary words. */
const keepShort = new Set(readOwnTsv('aliases.tsv').flatMap((r) => (r.aliases ?? '').split('|')));
const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
const jiebaCutter = Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
const PROPER = new Set(['ns', 'nr', 'nz', 'nt', 'j', 'nrt', 'nrfg', 'eng']);
/**
 * A stock short name that is an ordinary phrase (聚力, 新产业, 大智慧, 智慧农业) would be tagged
 * all over government reports. Two characters: kept only when jieba knows it as a proper noun.
 * Three: dropped when every jieba word in it is a known common word. Four: dropped when it is
 * two common two-character words.
 */
function commonPhrase(alias: string): boolean {
  if (/[A-Za-z0-9]/.test(alias)) return false;
  if (alias.length === 2) {
    const j = jiebaPos.get(alias);
    return !j || !PROPER.has(j.pos);
  }
  if (alias.length > 4) return false;
  const words = jiebaCutter.cut(alias, false);
  const common = (w: string): boolean => {
    const j = jiebaPos.get(w);
    return j !== undefined && !PROPER.has(j.pos);
  };
  if (alias.length === 3) return words.every(common);
  // 平安银行, 长城汽车: a form or industry word at the end makes a name, not a phrase
  if (/(银行|证券|保险|集团|控股|股份|汽车|电器|电子|科技|药业|医药|地产|置业|实业|能源|电力|钢铁|传媒|航空|物流|信托|期货|基金)$/.test(alias)) return false;
  return words.length === 2 && words.every((w) => w.length === 2 && common(w));
}

/**
 * HanLP's lists hold concepts (国际金融中心, 三甲医院, 公办幼儿园): a kept name needs a proper
 * piece before its suffix: a place, a person or brand name, or a word jieba does not know.
 */
const genericWords = new Set(readOwnTsv('generic-words.tsv').map((r) => r.word ?? ''));
function hasProperPiece(stem: string): boolean {
  let singles = 0; // consecutive single characters jieba could not join: an unknown name (憩/园)
  for (const w of jiebaCutter.cut(stem, false)) {
    if (genericWords.has(w)) {
      singles = 0;
      continue;
    }
    if (placeNames.has(w)) return true;
    const j = jiebaPos.get(w);
    if (w.length === 1 && (j === undefined || !['p', 'c', 'u', 'uj', 'r', 'm', 'q', 'f', 'd'].includes(j.pos))) {
      if (++singles >= 2) return true;
      continue;
    }
    singles = 0;
    if (j === undefined) return true;
    // (nt is left out: jieba tags many common organisation words nt, e.g. 国际贸易)
    if (PROPER.has(j.pos) && j.pos !== 'nt') return true;
  }
  return false;
}

/** 医保局, 发改委: an official short name that local bodies share (市医保局) gets the normal checks. */
function localLooking(alias: string): boolean {
  return /[局委厅办台]$/.test(alias) && !/^(国家|国务院|中国|中央|全国|中共)/.test(alias);
}
function aliasOk(alias: string, canonical: string, official = false): boolean {
  if (alias === canonical || alias.length < 2) return false;
  if (/[、,，;；:：\s]/.test(alias)) return false;
  if (notNames.has(alias)) return false;
  // a listed company's short name that is also a place (中关村, 长白山) is mostly the place
  if (placeNames.has(alias) && !keepShort.has(alias)) return false;
  if (keepShort.has(alias) || official) return true;
  if (alias.length <= 3) {
    const j = jiebaPos.get(alias);
    // A short alias that jieba knows as an ordinary word (美的, 平安, 移动) would be tagged in
    // ordinary prose; proper-noun tags (nz, nt, j) are safe enough.
    // (jieba tags many organisation abbreviations nr or ns: 银监会/nr, 京东/ns)
    const properish = alias.length === 3 ? ['nz', 'nt', 'j', 'nrt', 'nr'] : ['nz', 'nt', 'j', 'nrt'];
    if (j && !properish.includes(j.pos)) return false;
    // two-character abbreviations (环保, 证券) are mostly common words
    if (j && alias.length === 2 && j.pos === 'j') return false;
    if (/^[A-Za-z0-9]+$/.test(alias)) return false;
  }
  return true;
}

interface Out {
  name: string;
  type: string;
  subtype: string;
  aliases: Set<string>;
  id: string;
  src: string;
}
const entries = new Map<string, Out>();
const claimedAlias = new Map<string, string>();
function add(nameRaw: string, type: string, subtype: string, aliasesRaw: readonly string[], src: string, id = ''): void {
  const name = fold(nameRaw);
  if (name.length < 2 || /[?？\uFFFD]/.test(name) || notNames.has(name)) return;
  let e = entries.get(name);
  // a name that an earlier, more authoritative source already uses as an alias (建设银行) stays an alias
  if (!e && claimedAlias.has(name)) return;
  if (!e) {
    e = { name, type, subtype, aliases: new Set(), id, src };
    entries.set(name, e);
  } else if (!e.id && id) e.id = id;
  for (const a0 of aliasesRaw) {
    const a = fold(a0);
    // official short names from the government lists are kept whatever jieba thinks of them
    if (!aliasOk(a, name, src === 'government' && !localLooking(a))) continue;
    if ((src === 'listed' || src === 'internet') && !keepShort.has(a) && commonPhrase(a)) continue;
    if (entries.has(a) && a !== name) continue; // an alias never shadows a full name
    const owner = claimedAlias.get(a);
    if (owner !== undefined && owner !== name) continue; // first claim wins (sources are ordered by authority)
    claimedAlias.set(a, name);
    e.aliases.add(a);
  }
}

// sports.tsv is a separate hand-maintained layer: its names and aliases are reserved here so
// that no generated entry collides with them.
for (const r of readOwnTsv('sports.tsv')) {
  for (const a of [r.name ?? '', ...(r.aliases ?? '').split('|')]) if (a) claimedAlias.set(fold(a), fold(r.name ?? ''));
}

// Order matters: authoritative lists first so their types and aliases win.
// 1. hand-checked aliases (facts) for well-known brands
for (const r of readOwnTsv('aliases.tsv')) add(r.name ?? '', r.type ?? '', r.subtype ?? '', (r.aliases ?? '').split('|'), 'aliases');

// 2. State Council bodies and central party/state organs
for (const r of readTsv('government/state_council_bodies.tsv')) {
  const name = r.name ?? '';
  const aliases = (r.short ?? '').split('|').filter(Boolean);
  // 中华人民共和国商务部 is also written 国家商务部 / 商务部 in news.
  const m = /^中华人民共和国(.+部)$/.exec(name);
  if (m?.[1]) aliases.push(m[1], m[1].startsWith('国家') ? m[1] : `国家${m[1]}`);
  add(name, 'institution', 'government', aliases, 'government', '');
}
for (const r of readTsv('government/central_party_state_orgs.tsv')) {
  const t = r.type ?? '';
  const subtype = t.startsWith('cpc') || t === 'democratic_party' ? 'party' : t === 'mass_organisation' ? 'association' : 'government';
  add(r.name ?? '', 'institution', subtype, (r.short ?? '').split('|').filter(Boolean), 'government');
}

// 3. local department patterns × divisions
const provinces = readTsv('government/province_abbrev.tsv');
const divisions = readTsv('divisions/divisions_modood_2023.tsv');
const cities = divisions.filter((d) => d.type === 'city' && /市$/.test(d.name ?? ''));
for (const p of readTsv('government/local_dept_patterns.tsv')) {
  const pattern = p.pattern ?? '';
  const shorts = (p.short_pattern ?? '').split('|').filter(Boolean);
  const fill = (tpl: string, full: string, short: string): string =>
    tpl.replace('{省}省', `${short}省`).replace('{市}市', `${short}市`).replace(/\{[省市县]\}/, full);
  const subtype = /委员会$/.test(pattern) && p.level === 'province' && pattern === '{省}委员会' ? 'party' : 'government';
  const places =
    p.level === 'province'
      ? provinces.map((r) => ({ full: r.name ?? '', short: r.short ?? '' }))
      : p.level === 'city'
        ? cities.map((r) => ({ full: r.name ?? '', short: r.short ?? '' }))
        : [];
  for (const pl of places) {
    if (!pl.full || !pl.short) continue;
    if (pattern === '{省}委员会') {
      // CPC provincial committee: 中共河北省委员会 / 河北省委
      add(`中共${pl.full}委员会`, 'institution', 'party', [`${pl.short}省委`.replace(/省省委$/, '省委'), `${pl.full}委`], 'government');
      continue;
    }
    const name = fill(pattern, pl.full, pl.short);
    const aliases = shorts.map((s) => fill(s, pl.full, pl.short));
    // 河北省发展和改革委员会 is also written 河北发改委 (short place + short body).
    for (const s of [...shorts]) aliases.push(s.replace(/\{[省市县]\}[省市]?/, pl.short));
    add(name, 'institution', subtype, aliases, 'government');
  }
}

// 4. listed companies (short names are what news uses)
for (const r of readTsv('listed/ashare_tushare_2020.tsv')) {
  const name = r.name ?? '';
  const short = fold(r.short ?? '').replace(/^\*?ST/, '');
  const aliases = [short, short.replace(/[AB]$/, '')];
  const c = classify(name);
  add(name, 'enterprise', r.industry === '银行' || c?.subtype === 'bank' ? 'bank' : 'company', aliases, 'listed', r.ts_code ? `cn-stock:${r.ts_code}` : '');
}
for (const r of readTsv('listed/ashare_chainkg_2021.tsv')) {
  const name = r.name ?? '';
  const short = fold(r.short ?? '').replace(/^\*?ST/, '');
  const c = classify(name);
  const ex = r.exchange === 'SSE' ? 'SH' : r.exchange === 'SZSE' ? 'SZ' : r.exchange === 'BSE' ? 'BJ' : '';
  add(name, 'enterprise', c?.subtype === 'bank' ? 'bank' : 'company', [short, short.replace(/[AB]$/, '')], 'listed', r.code && ex ? `cn-stock:${r.code}.${ex}` : '');
}

// 5. central SOEs, rankings, internet companies with brands
const companySubtype = (name: string): string => (classify(name)?.subtype === 'bank' ? 'bank' : 'company');
/** 中国石油天然气集团有限公司 → 中国石油天然气集团: the form is often dropped in news. */
function formless(name: string): string[] {
  const m = /^(.{2,}?(?:集团|银行))(?:股份)?有限(?:责任)?公司$/.exec(name);
  return m?.[1] ? [m[1]] : [];
}
for (const r of readTsv('soe-and-rankings/central_soe.tsv')) add(r.name ?? '', 'enterprise', companySubtype(r.name ?? ''), formless(r.name ?? ''), 'soe');
for (const f of ['fortune_china500_2025.tsv', 'private500_2025.tsv']) {
  for (const r of readTsv(`soe-and-rankings/${f}`)) add(r.name ?? '', 'enterprise', companySubtype(r.name ?? ''), formless(r.name ?? ''), 'rankings');
}
for (const r of readTsv('soe-and-rankings/fortune_global500_2025.tsv')) {
  // Chinese names of foreign companies are short forms (沃尔玛, 亚马逊); English is left out.
  const name = r.name ?? '';
  if (/[\u4e00-\u9fff]/.test(name)) add(name, 'enterprise', companySubtype(name), formless(name), 'rankings');
}
for (const r of readTsv('soe-and-rankings/internet100_2025.tsv')) {
  // the brands column also holds business lines (人工智能, 电子竞技): drop ordinary words
  const brands = (r.brands ?? '')
    .split(/[、,，]/)
    .map((b) => b.trim())
    .filter((b) => /[\u4e00-\u9fff]/.test(b))
    .filter((b) => {
      const j = jiebaPos.get(b);
      return !j || ['nz', 'nt', 'nrt', 'j'].includes(j.pos);
    });
  add(r.name ?? '', 'enterprise', 'company', brands, 'internet');
}

// 6. universities (names, official short names from the top list)
for (const r of readTsv('universities/top_universities_magicdover.tsv')) {
  const short = r.short ?? '';
  // 人大 is far more often the people's congress in news than Renmin University.
  add(r.name ?? '', 'institution', 'university', short && short !== '人大' ? [short] : [], 'universities');
}
for (const f of ['universities/moe_schools_2017.tsv', 'universities/universities_lcandy2.tsv']) {
  for (const r of readTsv(f)) {
    const name = r.name ?? '';
    if (/(大学|学院|学校|专科学校)$/.test(name)) add(name, 'institution', 'university', [], 'universities');
  }
}

// 7. HanLP organisation dictionaries, filtered: the name must end in a known suffix with a
// real name before it, have no list punctuation, and not be a bare place + suffix.
let hanlpKept = 0;
for (const f of ['hanlp/机构名词典_clean.tsv', 'hanlp/现代汉语补充词库_nt_clean.tsv']) {
  for (const r of readTsv(f)) {
    const name = fold(r.name ?? '');
    const t = r.type ?? '';
    if (t === 'org_suffix' || name.length < 4 || name.length > 20) continue;
    if (!/^[\u4e00-\u9fffA-Za-z0-9()（）·]+$/.test(name)) continue;
    if (/[(（][^()（）]{5,}[)）]/.test(name)) continue;
    if (/^[A-Za-z0-9]/.test(name)) continue;
    const c = classify(name);
    if (!c) continue;
    const sfx = suffixes.find((s) => name.endsWith(s.suffix));
    const stem = sfx ? name.slice(0, name.length - sfx.suffix.length) : name;
    if (stem.length < 2 || placeNames.has(stem) || notNames.has(name)) continue;
    // 县教育局, 市政府办公室: a bare level word, not a named place
    if (/^[县市省区乡镇村各本该我全][^\u4e00-\u9fff]?/.test(name) && !placeNames.has(name.slice(0, 2)) && !placeNames.has(name.slice(0, 3))) continue;
    // bare generic heads (中国有限公司, 某某公司) and single-character tails are noise
    if (/^(中国|全国|国家|某|该|本|我|各|一|有关|相关|其他|上述|这|那)/.test(stem) && stem.length <= 3) continue;
    if (!hasProperPiece(stem)) continue;
    const subtype = t === 'bank' ? 'bank' : c.subtype;
    const type = t === 'bank' || t === 'company' || t === 'factory' || t === 'hotel' ? 'enterprise' : c.type;
    const before = entries.size;
    add(name, type, subtype, [], 'hanlp');
    if (entries.size > before) hanlpKept++;
  }
}

// ---- write ----
function esc(s: string): string {
  return s.replace(/[\t\r\n]/g, ' ');
}
function write(file: string, rows: Out[], title: string): void {
  rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const lines = [
    `# ${title}`,
    '# GENERATED by scripts/build-dict.ts from ../shared/data/orgs (see dict/README.md for sources and licences). Do not edit: edit the script or a user dictionary.',
    'name\ttype\tsubtype\taliases\tid\tsource',
    ...rows.map((e) => [e.name, e.type, e.subtype, [...e.aliases].sort().join('|'), e.id, e.src].map(esc).join('\t')),
  ];
  writeFileSync(join(outDir, file), lines.join('\n') + '\n');
  console.log(`${file}: ${rows.length} names, ${rows.reduce((n, e) => n + e.aliases.size, 0)} aliases`);
}
const all = [...entries.values()];
write('enterprises.tsv', all.filter((e) => e.type === 'enterprise'), 'Built-in enterprises: listed companies, central SOEs, rankings, internet companies, filtered HanLP names');
write('institutions.tsv', all.filter((e) => e.type === 'institution'), 'Built-in institutions: State Council and central organs, local departments, universities, filtered HanLP names');

// places: used to recognise and strip place prefixes (廊坊 in 廊坊开发区经发局)
const places = new Map<string, { level: string; short: string }>();
for (const d of divisions) {
  const name = d.name ?? '';
  if (!name || d.type === 'type') continue;
  if (!places.has(name)) places.set(name, { level: d.type ?? '', short: d.short ?? '' });
}
for (const r of readTsv('divisions/china_location_pcc_jionlp.tsv')) {
  const name = r.name ?? '';
  if (name && !places.has(name)) places.set(name, { level: r.level ?? '', short: r.short ?? '' });
}
// regions news treats like places (京津冀大数据创新应用中心); hand-listed facts
for (const r of ['京津冀', '长三角', '珠三角', '粤港澳', '大湾区', '粤港澳大湾区', '成渝', '环渤海', '长江经济带', '雄安新区', '浦东新区', '滨海新区', '两江新区']) {
  if (!places.has(r)) places.set(r, { level: 'region', short: '' });
}
const placeLines = [
  '# Administrative divisions (NBS 2023 via modood/Administrative-divisions-of-China, WTFPL; JioNLP china_location, Apache-2.0).',
  '# GENERATED by scripts/build-dict.ts. Used to recognise and strip place prefixes; not tagged as entities.',
  'name\tlevel\tshort',
  ...[...places.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([n, p]) => `${n}\t${p.level}\t${p.short === n ? '' : p.short}`),
];
writeFileSync(join(outDir, 'places.tsv'), placeLines.join('\n') + '\n');
console.log(`places.tsv: ${places.size} places; hanlp names kept: ${hanlpKept}`);
