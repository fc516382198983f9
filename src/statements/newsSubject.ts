/**
 * Whose number it is in news, when the sentence's own words (subject.ts) are not the whole
 * answer: 全市 as the article's city, a person who owns a personal figure, 公司/该行 as the company
 * named last, a national aggregate (GDP, 经济增速) as the country, else what the paragraph or the
 * article is about. News names its subject once and goes on about it (菲律宾…；经济增长6.6%).
 */
import type { Statement } from '../core/types.js';
import { COMPANY_ANAPHOR_WORDS, type NameMention } from './newsNames.js';
import { clausePersons, personAt, type PersonMention } from './persons.js';
import { firstEntityFrom, type NamedSubject } from './subject.js';
import { type Words } from './words.js';
import { TagClass } from '../segment/tagSet.js';

/** What news carries from sentence to sentence, and what it knows about the whole article. */
export interface NewsCarry {
  /** The last subject named in the paragraph (reset at each paragraph). */
  subject: string | null;
  /** The last subject named anywhere before. */
  lastNamed: string | null;
  /** The article's topic: its headline's name, else its main place. */
  readonly topic: string | null;
  /** The places the article names by their head (市 → 淄博市), for 全市. */
  readonly places: ReadonlyMap<string, string>;
  readonly mainActor: string | null;
  /** How the article names its own country (中国 or 我国), for national figures. */
  readonly country: string;
}

/** Per sentence: its people and the first word that stands for the article's company. */
export interface SentenceSubjects {
  readonly carried: NewsCarry;
  /** The first 公司/该行-like word of the sentence (a token index), or -1. */
  readonly anaphor: number;
  /** The company the anaphor stands for: the one named last before it. */
  readonly referent: string | null;
  /** People who open a clause of the sentence, by token index, in order. */
  readonly persons: readonly PersonMention[];
  /** Set once a statement of the sentence is a national aggregate. */
  readonly national: { value: boolean };
}

/**
 * The carry state of an article.
 *
 * @example
 * newsCarry(text, '獐子岛', new Map(), null).country //=> '中国'
 */
export function newsCarry(text: string, topic: string | null, places: ReadonlyMap<string, string>, mainActor: string | null): NewsCarry {
  return { subject: null, lastNamed: null, topic, places, mainActor, country: countryName(text) };
}

/** A sentence of a work report: no people or anaphors are read there. */
export function noSubjects(carried: NewsCarry): SentenceSubjects {
  return { carried, anaphor: -1, referent: null, persons: [], national: { value: false } };
}

/** People and the company anaphor of tokens `[first, last)`, and whom the anaphor names: one pass. */
export function readSentenceSubjects(text: string, words: Words, first: number, last: number, carried: NewsCarry, mentions: readonly NameMention[]): SentenceSubjects {
  let anaphor = -1;
  for (let k = first; k < last && anaphor < 0; k++) if (COMPANY_ANAPHOR_WORDS.has(words, k) && !countedBefore(words, k - 1)) anaphor = k;
  return { carried, anaphor, referent: anaphor < 0 ? null : companyBefore(mentions, words.start(anaphor)), persons: clausePersons(text, words, first, last), national: { value: false } };
}

/** 121家公司, 多个集团: a counted 公司 is companies in general, not the article's company. */
function countedBefore(words: Words, prev: number): boolean {
  return prev >= 0 && (words.pos(prev) === 'm' || words.pos(prev) === 'q' || COUNTER_END.test(words.word(prev)));
}

// Counters and quantifiers a counted noun follows (121家, 多个, 各).
const COUNTER_END = /[家个些多各]$/u;

// How many mentions 公司 looks back over for the company it stands for.
const REFERENT_LOOKBACK = 4;

/** The company named last before `offset`: not a source, not a place. */
function companyBefore(mentions: readonly NameMention[], offset: number): string | null {
  for (let j = firstEntityFrom(mentions, offset) - 1, seen = 0; j >= 0 && seen < REFERENT_LOOKBACK; j--, seen++) {
    const m = mentions[j]!;
    if (!m.source && !m.place && !m.institution) return m.name;
  }
  return null;
}

// 全市/全区/全省 name the whole of the place the article is about (全市挂牌企业 → 淄博市).
const WHOLE_PLACE = /^全(市|区|省|县)$/u;
// Measures only a whole country has: with no owner named, Chinese news means its own country
// (预计2019年GDP实际增长6.2%, 经济增速从2011年一季度10%逐步回落).
const NATIONAL_AGGREGATE = /GDP|国内生产总值|国民经济|经济增速|经济增长|居民消费价格|CPI|PPI|工业生产者出厂价格|社会消费品零售总额|规模以上工业增加值|外汇储备|广义货币|M2|社会融资规模|进出口总额|城镇调查失业率/u;

/**
 * The subject of a news statement, given what its sentence names (`named`), its metric and the
 * words of its clause before it.
 *
 * @example
 * newsSubject(subjects, { name: '全市', at: 40, place: true }, 12, '挂牌企业总数', '至此，全市挂牌企业总数已达到') //=> '淄博市'
 */
export function newsSubject(s: SentenceSubjects, named: NamedSubject | null, qStart: number, metric: string, clauseText: string): string | null {
  const carried = s.carried;
  // A national aggregate belongs to a country: a firm named with it forecasts it (华创证券：预计2019年GDP实际增长6.2%).
  if (NATIONAL_AGGREGATE.test(metric) && named !== null && !named.place) named = null;
  let name = named?.name ?? null;
  const whole = name !== null ? WHOLE_PLACE.exec(name) : null;
  if (whole) name = carried.places.get(whole[1]!) ?? name;
  // A person before the number, nearer than any name (刘姝威年薪…, 徐晗坤…倒亏近177万): a personal figure.
  const person = personAt(s.persons, qStart);
  if (person && (named === null || person.offset > named.at)) name = person.name;
  if (name !== null) {
    carried.subject = name;
    carried.lastNamed = name;
    return name;
  }
  // The aggregate goes on through its sentence (经济增速从…10%逐步回落，到2012年开始破8%), not beyond.
  if (s.national.value || NATIONAL_AGGREGATE.test(metric) || NATIONAL_AGGREGATE.test(clauseText)) {
    s.national.value = true;
    return carried.country;
  }
  // 公司/该行 refer back to the company named last (2012年公司实现销售收入… after 原名方圆支承, 方圆支承的…).
  if (s.anaphor >= 0 && s.anaphor < qStart) {
    const referent = s.referent ?? carried.subject ?? carried.lastNamed ?? carried.topic;
    if (referent !== null) return referent;
  }
  return carried.subject ?? carried.topic ?? carried.mainActor;
}

/** 我国 when the article calls its country so more often than 中国, else 中国. */
function countryName(text: string): string {
  let china = 0;
  let ours = 0;
  for (let at = text.indexOf('国'); at >= 0; at = text.indexOf('国', at + 1)) {
    const before = text[at - 1];
    if (before === '中') china++;
    else if (before === '我') ours++;
  }
  return ours > china ? '我国' : '中国';
}

// A clause that names the holders of a ranking (净利润增幅最大的为红太阳, 其次为中远海特和厦门钨业,
// 最多的省份前三名为广东，上海和北京): the clause after the names gives their figures.
const RANKING = /最|其次|前[0-9一二三四五六七八九十两]+(?:名|位|强)|第[0-9一二三四五六七八九十]+|居首|榜首|冠军/u;
const IDENTIFY = new Set(['为', '是']);
const RANKING_REACH = 12;
const NAME_JOINERS = new Set(['和', '、', '及', '与', '，', ',']);
// Names of organisations, places, people and brands, abbreviations and Latin words: a ranking's holders.
const NAME_POS = new TagClass((pos) => /^(?:nt|ns|nz|nr|nrt|nrfg|j|eng)$/u.test(pos));

/** The token range of a clause: `start` inclusive, `end` exclusive, both indexes into the tokens. */
export interface ClauseBounds {
  readonly first: number;
  readonly clauseStart: Int32Array;
  readonly clauseEnd: Int32Array;
}

/**
 * Figures of holders a ranking names (…最大的为红太阳，净利润同比增长达455.47%): the clause right
 * after the names belongs to them, one name to all its figures, or several names to as many
 * figures in order (其次为中远海特和厦门钨业，净利润增幅分别为378.67%和324.60%); the ranking's own
 * count (前三名) to the names together. One pass over the sentence's tokens.
 *
 * @example
 * rankedHolders(words, first, last, scan, statements) // statements with subjects dealt out
 */
export function rankedHolders(words: Words, first: number, last: number, bounds: ClauseBounds, statements: readonly Statement[]): readonly Statement[] {
  let out: Statement[] | null = null;
  for (let p = first; p < last; p++) {
    // 为 or 是: one character (a cheap test before the set).
    if (words.size(p) !== 1 || !IDENTIFY.has(words.word(p))) continue;
    const clause = bounds.clauseStart[p - bounds.first]!;
    // The ranking word stands in the few words before 为 (a fixed reach: one scan per sentence stays linear).
    let opening = '';
    for (let j = Math.max(clause, p - RANKING_REACH); j < p; j++) opening += words.word(j);
    if (!RANKING.test(opening)) continue;
    // The names after 为/是, joined by 和/、/，: each one name-like word.
    const names: string[] = [];
    let k = p + 1;
    while (k < last && NAME_POS.has(words, k)) {
      names.push(words.word(k));
      if (k + 2 < last && NAME_JOINERS.has(words.word(k + 1)) && NAME_POS.has(words, k + 2)) k += 2;
      else break;
    }
    if (names.length === 0 || k + 1 >= words.length || words.word(k + 1) !== '，' || k + 2 >= last) continue;
    const holderStart = k + 2;
    let holderEnd = bounds.clauseEnd[holderStart - bounds.first]!;
    // A list of figures after 分别 goes on across commas (分别为1264.40亿元，1082.41亿元和700.14亿元).
    let respectively = false;
    for (let j = holderStart; j < holderEnd && !respectively; j++) respectively = words.word(j) === '分别';
    while (respectively && holderEnd + 1 < last && words.word(holderEnd) === '，' && words.pos(holderEnd + 1) === 'm') holderEnd = bounds.clauseEnd[holderEnd + 1 - bounds.first]!;
    const from = words.start(holderStart);
    const to = words.end(holderEnd - 1);
    const clauseFrom = words.start(clause);
    const pStart = words.start(p);
    const inClause = statements.filter((s) => s.start >= from && s.end <= to);
    const ranks = statements.filter((s) => s.unit === 'rank' && s.start >= clauseFrom && s.end <= pStart);
    if (inClause.length === 0 && ranks.length === 0) continue;
    out ??= [...statements];
    const deal = names.length === 1 || names.length === inClause.length;
    let dealt = 0;
    for (let i = 0; i < out.length; i++) {
      const s = out[i]!;
      if (deal && s.start >= from && s.end <= to) out[i] = { ...s, subject: names[names.length === 1 ? 0 : dealt++]! };
      else if (s.unit === 'rank' && s.start >= clauseFrom && s.end <= pStart) out[i] = { ...s, subject: names.join('、') };
    }
    p = holderEnd - 1;
  }
  return out ?? statements;
}
