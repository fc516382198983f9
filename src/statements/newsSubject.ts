/**
 * Whose number it is in news, when the sentence's own words (subject.ts) are not the whole
 * answer: 全市 as the article's city, a person who owns a personal figure, 公司/该行 as the company
 * named last, a national aggregate (GDP, 经济增速) as the country, else what the paragraph or the
 * article is about. News names its subject once and goes on about it (菲律宾…；经济增长6.6%).
 */
import { COMPANY_ANAPHORS, type NameMention } from './newsNames.js';
import { clausePersons, personAt, type PersonMention } from './persons.js';
import { firstEntityFrom, type NamedSubject } from './subject.js';
import type { WordToken } from './sentenceView.js';

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
  return { carried, anaphor: -1, referent: null, persons: [] };
}

/** People and the company anaphor of tokens `[first, last)`, and whom the anaphor names: one pass. */
export function readSentenceSubjects(text: string, words: readonly WordToken[], first: number, last: number, carried: NewsCarry, mentions: readonly NameMention[]): SentenceSubjects {
  let anaphor = -1;
  for (let k = first; k < last && anaphor < 0; k++) if (COMPANY_ANAPHORS.has(words[k]!.text) && !countedBefore(words[k - 1])) anaphor = k;
  return { carried, anaphor, referent: anaphor < 0 ? null : companyBefore(mentions, words[anaphor]!.start), persons: clausePersons(text, words, first, last) };
}

/** 121家公司, 多个集团: a counted 公司 is companies in general, not the article's company. */
function countedBefore(prev: WordToken | undefined): boolean {
  return prev !== undefined && (prev.pos === 'm' || prev.pos === 'q' || /[家个些多各]$/u.test(prev.text));
}

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
const NATIONAL_AGGREGATE = /GDP|国内生产总值|国民经济|经济增速|经济增长|居民消费价格|CPI|PPI|工业生产者出厂价格|社会消费品零售总额|规模以上工业增加值|外汇储备|广义货币|M2|社会融资规模|净出口|进出口总额|城镇调查失业率/u;

/**
 * The subject of a news statement, given what its sentence names (`named`) and its metric.
 *
 * @example
 * newsSubject(subjects, { name: '全市', at: 40, place: true }, 12, '挂牌企业总数') //=> '淄博市'
 */
export function newsSubject(s: SentenceSubjects, named: NamedSubject | null, qStart: number, metric: string): string | null {
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
  if (NATIONAL_AGGREGATE.test(metric)) return carried.country;
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
