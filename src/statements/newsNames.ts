/**
 * Who a news article is about. The organisation tagger knows registered names; news also names
 * its subjects by short stock names (中国支付通(08325-HK), 红岭创投), aliases (（简称华夏航空）) and
 * names it never registered (伊世顿贸易公司). This module finds those names from the way news
 * writes them, finds every later mention of them, and picks the article's topic (the name its
 * headline opens with). A few regular-expression passes over the text plus one combined search:
 * linear in the text.
 */
import type { Entity } from '../core/types.js';
import { charTest, WordClasses, type Words } from './words.js';
import { TagClass } from '../segment/tagSet.js';

/** A mention of a possible subject: a tagged organisation or a name the article introduces. */
export interface NameMention {
  readonly start: number;
  readonly end: number;
  /** The name to report: the fullest form the article writes for it. */
  readonly name: string;
  /** A news outlet or a reporting source (据新浪消息, 证监会网站显示): it reports figures, it does not own them. */
  readonly source: boolean;
  /** True when the name is a place: the country of a statistics office (菲律宾国家统计局 → 菲律宾). */
  readonly place?: boolean;
  /** True for a public body (a government, a regulator, a party committee): 公司 never stands for it. */
  readonly institution?: boolean;
}

// A stock code in brackets right after a listed company's name: (000002.SZ 02202.HK), （1378.HK）,
// (08325-HK), (03690), （基金代码：150264）.
const CODE = String.raw`(?:\d{6}(?:[.．](?:SZ|SH|sz|sh))?|\d{4,5}(?:[.．\s-]?(?:HK|hk))?)`;
const STOCK_CODE = new RegExp(String.raw`[（(](?:(?:股票|证券|基金)代码[:：]\s*)?${CODE}(?:[\s,，、/]+${CODE})*[)）]`, 'gu');
// The alias a long name is given once: …股份有限公司（简称华夏航空）, （以下简称“新光圆成”）.
const ALIAS = /[（(](?:以下)?简称[:：]?[“"「]?([\p{Script=Han}A-Za-z0-9]{2,10})[”"」]?[)）]/gu;
// A former name is a name of the same company (新光圆成（002147.SZ）原名方圆支承): later text may use it.
const FORMER_NAME = /(?:原名|原名为|前身为|前身是|曾用名)[“"「]?(\p{Script=Han}{2,8}?)[”"」]?(?=[，。,；;、（(\s]|$)/gu;
// Stock-market indexes are holders of their own moves (中小板指春节前5个交易日9涨1跌，上涨概率达九成):
// the exchanges' index names, a closed class.
const MARKET_INDEX = /(?:上证|深证|沪深300|中证(?:\d{3,4})?|创业板|中小板|科创50|恒生|国企|道琼斯|纳斯达克|标普500|日经225)(?:综合)?(?:指数|综指|成指|板指)|沪指|深成指|创指|中小板指|恒指|道指|纳指/gu;
// A name with a company head written in full (伊世顿贸易公司, 如意岛公司): two to eight characters
// after a clause or phrase boundary, read back from each 公司/集团. Bare 公司/集团 (an anaphor) and
// 子公司 are not names.
const COMPANY_HEAD = /公司|集团/gu;
const NAME_BOUNDARY = /[\s，。、；：“”‘’（）()《》,;:!?！？在是与和及对被向据由令]/u;
const AFTER_NAME = /[^\p{Script=Han}]|[以在于的因将已也还对向被从与和及称表发公宣披实获拟共]/u;
// The three classes above, and a character of a name, as tests of one UTF-16 unit (answers remembered).
const nameBoundary = charTest(NAME_BOUNDARY);
const afterName = charTest(AFTER_NAME);
const nameChar = charTest(/\p{Script=Han}|[A-Za-z]/u);
// Words that open a phrase without being part of the name before a stock code (公司美团, 其中中国平安).
const LEADING_NOISE = /^(?:据|公司|集团|旗下|附属|子公司|母公司|港股|美股|A股|个股|其中|包括|以及|今日|昨日|近日|日前|目前|此外|同时|而|和|与|及|在|是|为|的|之|由|将|对|上市公司|核心业务)+/u;
const ORG_HEAD = /(?:公司|集团|银行|基金|中心|协会|交易所|研究院|事务所)$/u;
// A company named by its kind or market (A股公司, 民营公司, 境外公司) has no name of its own either.
const NOT_A_NAME = /[的于是在为和与及了着过把被将对从向]|^(?:全资|控股|上市|该|本|这|其|此|各|多|每|一|两|子|母|分|总|原|新|老|大|小|这家|该家|A股|B股|H股|港股|美股|中概股|国有|国企|民营|外资|中资|合资|境外|海外|国内|上游|下游|同类|相关)|子公司$|分公司$/u;
const STATISTICS_OFFICE = /^(?!国家|中央)(\p{Script=Han}{2,5}?)(?:国家)?(?:统计局|统计署|统计厅|劳工部|商务部|海关总署|海关|财政部|能源部|农业部)$/u;
// Mentions that report rather than own: after 据/根据, before 消息/报道/讯/获悉/网站/显示/统计.
const SOURCE_BEFORE = /(?:据|根据|来源[:：]?|记者)\s*$/u;
const SOURCE_AFTER = /^(?:独家)?(?:消息|报道|讯|获悉|网站|网讯|记者|数据显示|统计显示|显示|发布的|援引)/u;

/**
 * Every mention of a possible subject in `text`, sorted by start: tagged organisations (not news
 * outlets) and the names the article introduces itself. A mention reports the fullest form the
 * article writes (万科 → 万科企业股份有限公司 when the article writes the full name).
 *
 * @example
 * findNameMentions('中国支付通(08325-HK)年度亏损扩大。中国支付通收益约5.98亿港元。', [])
 * //=> [{ start: 0, end: 5, name: '中国支付通', source: false }, { start: 21, end: 26, … }]
 */
export function findNameMentions(text: string, rawEntities: readonly Entity[], words: Words | null = null): NameMention[] {
  const entities = cleanEntities(rawEntities);
  const written = new Set<string>();
  for (const e of entities) if (e.text === e.canonical) written.add(e.canonical);
  const fullName = new Map<string, string>();
  const endingAt = new Map<number, string>();
  for (const e of entities) endingAt.set(e.end, e.text === e.canonical || e.text.length < 2 ? e.canonical : e.text);
  const introduced = new Set<string>();
  STOCK_CODE.lastIndex = 0;
  for (let m = STOCK_CODE.exec(text); m; m = STOCK_CODE.exec(text)) {
    const name = nameBefore(text, m.index);
    if (name) introduced.add(name);
  }
  ALIAS.lastIndex = 0;
  for (let m = ALIAS.exec(text); m; m = ALIAS.exec(text)) {
    // Only a name gets an alias: a tagged organisation or a run ending in an organisation head
    // (…净利润（以下简称“净利润”） defines a term, not a name).
    const before = nameBefore(text, m.index);
    const full = endingAt.get(m.index) ?? (before && ORG_HEAD.test(before) ? before : null);
    const alias = m[1]!;
    if (!full || alias === full) continue;
    introduced.add(alias);
    fullName.set(alias, full);
  }
  FORMER_NAME.lastIndex = 0;
  for (let m = FORMER_NAME.exec(text); m; m = FORMER_NAME.exec(text)) if (!NOT_A_NAME.test(m[1]!)) introduced.add(m[1]!);
  MARKET_INDEX.lastIndex = 0;
  for (let m = MARKET_INDEX.exec(text); m; m = MARKET_INDEX.exec(text)) introduced.add(m[0]);
  COMPANY_HEAD.lastIndex = 0;
  for (let m = COMPANY_HEAD.exec(text); m; m = COMPANY_HEAD.exec(text)) {
    const name = companyNameEndingAt(text, m.index + 2);
    if (name) introduced.add(name);
  }
  if (words !== null) for (const name of stNames(text, words)) introduced.add(name);
  // The headline's name, when the article has a headline line above its body.
  const topic = words !== null && words.length > 0 && text.indexOf('\n') > 0 ? headlineName(text, words, headlineEnd(text)) : null;
  if (topic) introduced.add(topic);
  const out: NameMention[] = [];
  for (const e of entities) {
    if (e.subtype === 'media') continue;
    const name = written.has(e.canonical) ? e.canonical : e.text.length >= 2 ? e.text : e.canonical;
    // A country's statistics office or ministry publishes the country's figures (菲律宾国家统计局
    // 表示…增长6.7% → 菲律宾; 美国劳工部公布…): the place in its name owns them.
    const office = e.text.length >= 2 ? STATISTICS_OFFICE.exec(e.text) : null;
    const source = isSource(text, e.start, e.end);
    const institution = e.type === 'institution';
    out.push(office ? { start: e.start, end: e.end, name: office[1]!, source, place: true, institution } : { start: e.start, end: e.end, name: fullName.get(name) ?? name, source, institution });
  }
  // Characters inside a tagged organisation: a found name there is part of it, not a mention.
  const covered = new Uint8Array(text.length + 1);
  for (const e of entities) covered.fill(1, e.start, e.end);
  for (const m of searchAll(text, [...introduced])) {
    if (covered[m.start] === 1 || covered[m.end - 1] === 1) continue;
    out.push({ start: m.start, end: m.end, name: fullName.get(m.text) ?? m.text, source: isSource(text, m.start, m.end) });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

// Words the organisation tagger sometimes keeps in front of a name (全资子公司广东温氏投资有限公司,
// 上市公司深南金科股份有限公司): a role, not part of the name.
const ROLE_PREFIX = /^(?:全资子公司|控股子公司|全资孙公司|子公司|孙公司|母公司|上市公司|控股股东|大股东|旗下)(?=\p{Script=Han}{2})/u;
// A company named by its relation to another (联营公司, 合营公司, 旗下公司): no name of its own.
const RELATION_COMPANY = /^(?:集团)?(?:联营|合营|关联|参股|控股|全资|附属|子|母|分|孙|该|本|其)?公司$|旗下公司$/u;
// jieba sometimes glues a comma to the word after it (，集团子公司).
const LEADING_PUNCT = /^[\s，,。、；;：:]+/u;

/**
 * Tagged organisations as names: role words in front are cut off, and a span with an unclosed
 * bracket (交易所(ICE) or a company named only by its relation (联营公司) is dropped.
 */
function cleanEntities(entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const raw of entities) {
    const punct = LEADING_PUNCT.exec(raw.text);
    const e = punct ? { ...raw, start: raw.start + punct[0].length, text: raw.text.slice(punct[0].length), canonical: raw.canonical === raw.text ? raw.text.slice(punct[0].length) : raw.canonical } : raw;
    if (e.text.length < 2 || RELATION_COMPANY.test(e.text) || unbalanced(e.text)) continue;
    const role = ROLE_PREFIX.exec(e.text);
    if (!role) {
      out.push(e);
      continue;
    }
    const cut = role[0].length;
    const rest = e.text.slice(cut);
    out.push({ ...e, start: e.start + cut, text: rest, canonical: e.canonical === e.text ? rest : e.canonical });
  }
  return out;
}

function unbalanced(name: string): boolean {
  let depth = 0;
  for (const ch of name) {
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') depth--;
    if (depth < 0) return true;
  }
  return depth !== 0;
}

// A listed company under special treatment keeps ST or *ST before its short name (ST保千里, *ST金路).
const ST_PREFIX = /[*＊]?ST(?=\p{Script=Han})/gu;
const NOT_IN_SHORT_NAME = /^[的在将已等和与及被为是也都]$/u;

/**
 * Names written with the ST prefix: ST and the short name after it, read from jieba's pieces
 * (ST|保|千里|一泻千里 → ST保千里): pieces of one or two characters, two to four in all.
 */
function stNames(text: string, words: Words): string[] {
  const out: string[] = [];
  ST_PREFIX.lastIndex = 0;
  for (let m = ST_PREFIX.exec(text); m; m = ST_PREFIX.exec(text)) {
    const from = m.index + m[0].length;
    let k = words.indexFrom(from);
    if (k >= words.length || words.start(k) !== from) continue;
    let end = from;
    while (k < words.length && words.start(k) === end && /^\p{Script=Han}{1,2}$/u.test(words.word(k)) && !NOT_IN_SHORT_NAME.test(words.word(k)) && end - from + words.size(k) <= 4) {
      end = words.end(k);
      k++;
    }
    if (end - from >= 2) out.push(text.slice(m.index, end));
  }
  return out;
}

/**
 * The article's topic, from its headline (first line): the name it opens with, tagged or repeated
 * in the body (獐子岛再现扇贝失踪, 廊坊开发区深入实施…); null when the headline opens with none.
 *
 * @example
 * headlineTopic('獐子岛再现扇贝失踪\n獐子岛…獐子岛…', words, mentions) //=> '獐子岛'
 */
export function headlineTopic(text: string, words: Words, mentions: readonly NameMention[]): string | null {
  const lineEnd = headlineEnd(text);
  const { from, opening } = headlineOpening(text, words, lineEnd);
  for (const m of mentions) {
    if (m.start >= lineEnd) break;
    if (!m.source && m.start >= from && m.start <= opening) return m.name;
  }
  return headlineName(text, words, lineEnd);
}

/** Words that stand for the article's company in its own report (公司实现销售收入…, 该行不良贷款率…). */
export const COMPANY_ANAPHORS = new Set(['公司', '该公司', '本公司', '集团', '该集团', '本集团', '该行', '本行', '该基金', '本基金', '该项目']);
/** {@link COMPANY_ANAPHORS} tested on tokens. */
export const COMPANY_ANAPHOR_WORDS = new WordClasses([[COMPANY_ANAPHORS, 1]]);

function headlineEnd(text: string): number {
  const nl = text.indexOf('\n');
  return nl < 0 ? Math.min(text.length, 80) : Math.min(nl, 80);
}

/**
 * Where the headline's own words start, after the publisher's prefix (新浪期货：…, 优财网：), and
 * where its opening word starts: a name there is what the headline is about.
 */
function headlineOpening(text: string, words: Words, lineEnd: number): { from: number; opening: number } {
  const colon = /^[^：:\n]{1,8}[：:]/u.exec(text.slice(0, lineEnd));
  const from = colon ? colon[0].length : 0;
  let k = words.indexFrom(from);
  while (k < words.length && words.start(k) < lineEnd && /^\s+$/u.test(words.word(k))) k++;
  return { from, opening: k < words.length ? words.start(k) : from };
}

// Nouns, names, abbreviations, Latin words and unknown words: what a headline's name is made of.
const NAME_POS = new TagClass((pos) => /^(?:n|nr|ns|nt|nz|j|eng|x|nrt|nrfg)$/u.test(pos));
// Head nouns of a measured thing, not of a name: a headline opening 大豆价格… names no holder.
const GENERIC_HEADS = /(?:价格|价|市场|经济|行业|指数|基金|数据|增长|规模|产能|收入|利润|股|公司|机场)$/u;

/**
 * A name the headline opens with that the tagger does not know (獐子岛再现扇贝失踪): its leading
 * run of nouns, when the body repeats it at least twice and it is not a generic head noun.
 */
function headlineName(text: string, words: Words, lineEnd: number): string | null {
  const colon = /^[^：:\n]{1,8}[：:]/u.exec(text.slice(0, lineEnd));
  let k = words.indexFrom(colon ? colon[0].length : 0);
  const start = k < words.length ? words.start(k) : 0;
  let end = start;
  let count = 0;
  while (k < words.length && words.end(k) <= lineEnd && NAME_POS.has(words, k) && /\p{Script=Han}|[A-Za-z]/u.test(words.word(k)) && count < 4) {
    end = words.end(k);
    k++;
    count++;
  }
  let name = text.slice(start, end);
  if (name.length < 2 || name.length > 8 || GENERIC_HEADS.test(name) || !repeated(text, name, lineEnd)) return null;
  // jieba may cut the name short (新光|圆成实控人…): the longer run the body also repeats is the name.
  while (k < words.length && words.start(k) === end && words.end(k) <= lineEnd && /^\p{Script=Han}{1,2}$/u.test(words.word(k)) && !NOT_IN_SHORT_NAME.test(words.word(k)) && words.end(k) - start <= 6) {
    const longer = text.slice(start, words.end(k));
    if (!repeated(text, longer, lineEnd)) break;
    name = longer;
    end = words.end(k);
    k++;
  }
  return GENERIC_HEADS.test(name) ? null : name;
}

/** True when the body (after the headline) writes `name` at least twice. */
function repeated(text: string, name: string, from: number): boolean {
  let seen = 0;
  for (let at = text.indexOf(name, from); at >= 0 && seen < 2; at = text.indexOf(name, at + name.length)) seen++;
  return seen >= 2;
}


/** The name written right before `at` (a stock code or an alias bracket), without leading phrase words. */
function nameBefore(text: string, at: number): string | null {
  let s = at;
  while (s > 0 && at - s < 14 && /[\p{Script=Han}A-Za-z0-9·]/u.test(text[s - 1]!)) s--;
  let name = text.slice(s, at).replace(/^\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?/u, '');
  // The name starts after the last function word of the phrase before it (核心业务的中国宏桥).
  name = name.replace(/^.*[的是在为与及了对将由从向被把]/u, '').replace(LEADING_NOISE, '');
  if (name.length < 2 || !/[\p{Script=Han}A-Za-z]/u.test(name) || /^\d/u.test(name)) return null;
  return name;
}

function isSource(text: string, start: number, end: number): boolean {
  return SOURCE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || SOURCE_AFTER.test(text.slice(end, end + 6));
}

/**
 * The company name ending at `end` (with its 公司/集团 head): the Han characters back to a phrase
 * boundary, two to eight before the head and followed by a non-name character; null otherwise.
 */
function companyNameEndingAt(text: string, end: number): string | null {
  if (end < text.length && !afterName(text.charCodeAt(end))) return null;
  let s = end - 2;
  while (s > 0 && end - 2 - s < 9 && nameChar(text.charCodeAt(s - 1)) && !nameBoundary(text.charCodeAt(s - 1))) s--;
  if (s > 0 && !nameBoundary(text.charCodeAt(s - 1))) return null; // no boundary within reach: part of a longer phrase
  const name = text.slice(s, end);
  return name.length >= 4 && name.length <= 10 && !NOT_A_NAME.test(name) ? name : null;
}

/**
 * Every occurrence of the given names in `text`, the longest name at each position, in one pass:
 * names are grouped by their first character, so each position costs one map look-up.
 */
function searchAll(text: string, names: readonly string[]): { start: number; end: number; text: string }[] {
  // Keyed by the first UTF-16 unit's code: no one-character string per position of the text.
  const byFirst = new Map<number, string[]>();
  for (const n of [...new Set(names)].sort((a, b) => b.length - a.length)) {
    const list = byFirst.get(n.charCodeAt(0));
    if (list) list.push(n);
    else byFirst.set(n.charCodeAt(0), [n]);
  }
  const out: { start: number; end: number; text: string }[] = [];
  if (byFirst.size === 0) return out;
  for (let i = 0; i < text.length; i++) {
    const list = byFirst.get(text.charCodeAt(i));
    if (!list) continue;
    const hit = list.find((n) => text.startsWith(n, i));
    if (hit) {
      out.push({ start: i, end: i + hit.length, text: hit });
      i += hit.length - 1;
    }
  }
  return out;
}
