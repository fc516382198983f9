/**
 * The time stage: time expressions of a sentence with their spans, and how each resolves to
 * years once the document's year and the section's year are known. Numerals are read by the
 * numbers module (parseNumber), the words come from the lexicon (timeWords).
 */
import { NOW_WORDS, RELATIVE_YEARS, THEN_WORDS, YEAR_PARTS } from '../lexicon/timeWords.js';
import { parseNumber } from '../numbers/parseNumeral.js';
import { anchoredScan } from './anchoredScan.js';

/** How a time expression turns into years. */
export type TimeMeaning =
  | { readonly type: 'year'; readonly from: number; readonly to: number } // 2025年, 2021-2025年, 十四五
  | { readonly type: 'relative'; readonly offset: number } // 今年 0, 去年 -1, 明年 +1
  | { readonly type: 'current' } // 全年, 年内, 年底前: the year in view
  | { readonly type: 'ahead'; readonly from: number; readonly to: number } // 3至5年, 用5年时间, 未来3年
  | { readonly type: 'streak'; readonly years: number } // 连续26年
  | { readonly type: 'past'; readonly years: number } // 近五年, 过去三年
  | { readonly type: 'now' } // 目前, 当前, 至此: the article's own time
  | { readonly type: 'then' } // 当时, 那时, 彼时, 届时: a time named elsewhere, no year of its own
  | { readonly type: 'since'; readonly from: number } // 自2018年4月…以来, 2021年以来: from that year to the article's
  | { readonly type: 'day'; readonly month: number | null }; // 2月5日, 10日, 12月21日: a day of the article's time

/** One time expression: its span in the text it was found in, and its meaning. */
export interface TimeExpression {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly meaning: TimeMeaning;
  /** True when the words only name a comparison base (较2018年度, 比上年), not the statement's time. */
  readonly base: boolean;
}

/** A small whole number written in digits or Chinese (3, 十五), read by the numbers module. */
function smallNumber(s: string): number | null {
  const n = parseNumber(s);
  return n !== null && Number.isInteger(n) && n >= 0 ? n : null;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first, so 本年度 wins over 本年 and 前三季度 over 三季度.
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const RELATIVE = byLength(Object.keys(RELATIVE_YEARS));
const PARTS = byLength(YEAR_PARTS);

// Five-year plans from the third (1966–1970) on follow a regular five-year step.
function fiveYearPlan(ordinal: string): { from: number; to: number } | null {
  const n = smallNumber(ordinal);
  if (n === null || Number.isNaN(n) || n < 3) return null;
  const from = 1966 + 5 * (n - 3);
  return { from, to: from + 4 };
}

const NOW = byLength(NOW_WORDS);
const THEN = byLength(THEN_WORDS);
const N = String.raw`(?:\d{1,2}|[一二两三四五六七八九十]{1,3})`;
// One alternation, each branch anchored by a literal, so matching stays linear.
/** Every time expression (exported for the scan's equivalence test). */
export const PATTERN = new RegExp(
  [
    String.raw`(?<plan>[“"]?十(?<planN>[一二三四五六七八九])五[”"]?(?:规划)?(?:期间|时期|末|以来)?)`,
    // A fiscal year named by its last day (截至2018年3月31日止年度): it began the year before.
    String.raw`(?<fiscal>截至(?<fy>(?:19|20)\d{2})年\d{1,2}月\d{1,2}日止(?:财政)?年度)`,
    // Two years joined or listed (2021-2025年, 2003年-2017年, 2016年度-2018年度, 2014年、2015年, 2016年度与2017年度).
    String.raw`(?<span>(?<y1>(?:19|20)\d{2})(?: ?年度?)?\s*[-—–至到、与和及]\s*(?<y2>(?:19|20)\d{2}) ?年度?)`,
    // A crop or fiscal season across two years (17/18年度, 2017/18年度, 2017/2018财年).
    String.raw`(?<season>(?<sy1>(?:19|20)?\d{2})\/(?<sy2>(?:19|20)?\d{2}) ?(?:年度|财年|榨季|产季|年))`,
    // Since a year (自2018年4月…以来, 从2012年3月来, 1995年撤地建市以来): from that year to the article's.
    String.raw`(?<since>(?:自|从)(?<sy>(?:19|20)\d{2}) ?年(?:\d{1,2} ?月份?)?来|(?:自|从)?(?<sy3>(?:19|20)\d{2}) ?年(?:\d{1,2} ?月份?)?[^，。；,;！？!?\s]{0,16}?以来)`,
    // 截至2018年2月2日 is one time, not 截至2018年 and a day.
    String.raw`(?<day>(?:(?:截至|截止到?|到|至)?(?<dy>(?:19|20)\d{2}) ?年 ?)?(?:(?<mo>\d{1,2}) ?月 ?)?(?<d>\d{1,2}) ?日(?<dpart>晚间|早间|晚|早|上午|下午|盘中|收盘|电|讯)?)`,
    String.raw`(?<year>(?:到|至|截至|截止到?)?(?<y>(?:19|20)\d{2}) ?年(?:度|底前|底|末|初|前三季度|前|以来|上半年|下半年|全年|一季度|二季度|三季度|四季度)?)`,
    String.raw`(?<rel>(?:${RELATIVE})(?:${PARTS})?|${PARTS})`,
    String.raw`(?<ahead>(?:用|再用|花|经过|未来|今后)(?<a1>${N})(?:\s*[至到-]\s*(?<a2>${N}))?年(?:左右)?(?:时间|内)?)`,
    String.raw`(?<range>(?<r1>${N})\s*[至到-]\s*(?<r2>${N})年(?:时间|内)?)`,
    String.raw`(?<streak>连续(?<s1>${N})年)`,
    String.raw`(?<now>${NOW})`,
    String.raw`(?<then>${THEN})`,
    String.raw`(?<past>(?:近|过去|前)(?<p1>${N})年(?:来|以来)?|(?<p2>${N})年(?:来|以来))`,
  ].join('|'),
  'gu',
);

const firstChars = (words: readonly string[]): string => words.map((w) => w[0] ?? '').join('');
/**
 * Where the branches above can match, for {@link anchoredScan}: every branch contains 年, 季, 日,
 * the 五 of a plan or a word of now or then (which starts it), at most 10 non-blank units after its
 * start (2017/2018财年, 经过10至15年); and it starts with a digit, a quote or 十 (a plan), 截, 至,
 * 到, 自 or 从, a numeral of N, a leader (用, 再用, 花, 经过, 未来, 今后, 连续, 近, 过去, 前) or the first
 * character of one of its words. Keep these in step with the pattern (test/time/anchoredScan.test.ts).
 */
export const SCAN = anchoredScan(
  PATTERN,
  '年季日五' + firstChars(NOW_WORDS) + firstChars(THEN_WORDS),
  '0123456789“"十截至到自从一二两三四五六七八九用再花经未今连近过前' +
    firstChars(Object.keys(RELATIVE_YEARS)) +
    firstChars(YEAR_PARTS) +
    firstChars(NOW_WORDS) +
    firstChars(THEN_WORDS),
  10,
);
const CLAUSE_OPEN = /[\s，,。；;：:！？!?（(“"、]/u;
const EVENT_AFTER_YEAR = /^(?:奥运|冬奥|残奥|亚运|世博|全运|世界杯|峰会|博览会|年会|版)/u;
const BASE_BEFORE = /(?:较|比|同比|与|同|对比|相比|相对|相较)$/u;

/**
 * Finds the time expressions of `text[from, to)`.
 *
 * @example
 * findTimeExpressions('力争用3至5年时间,跻身前30强', 0, 16)[0].meaning //=> { type: 'ahead', from: 3, to: 5 }
 */
export function findTimeExpressions(text: string, from: number, to: number): TimeExpression[] {
  const out: TimeExpression[] = [];
  // Most sentences have no 年, 季, 日, 五 or word of now or then: no time expression at all.
  if (!SCAN.hasAnchor(text, from, to)) return out;
  const slice = text.slice(from, to);
  // The matches of PATTERN.exec from 0 on, found without trying the pattern at every position.
  for (let m = SCAN.next(slice, 0); m !== null; m = SCAN.next(slice, m.index + Math.max(1, m[0].length))) {
    const g = m.groups ?? {};
    const meaning = meaningOf(g);
    if (!meaning) continue;
    const start = from + m.index;
    // A bare day (10日) dates the news only where it opens a clause or names a time of day
    // (１０日其他贵金属…, 5日晚间); 压缩至20日 is a number of days.
    if (g.day !== undefined && g.mo === undefined && g.dy === undefined && g.dpart === undefined && !CLAUSE_OPEN.test(text[start - 1] ?? '\n')) continue;
    // 2008年奥运会, 2024年世博会: a year in the name of an event is no time of a statement.
    if (g.year !== undefined && EVENT_AFTER_YEAR.test(text.slice(start + m[0].length, start + m[0].length + 3))) continue;
    const before = text.slice(Math.max(0, start - 2), start);
    // 去年同期 names the base of a comparison (从去年同期的228.91亿下跌至…), not the statement's time.
    // So does a year before 同期 (相对 2017 年同期合约销售额约 10.87 亿元).
    const samePeriod = (g.rel !== undefined || g.year !== undefined) && /^ ?同期/u.test(text.slice(start + m[0].length, start + m[0].length + 3));
    out.push({ start, end: start + m[0].length, text: m[0], meaning, base: BASE_BEFORE.test(before) || g.rel === '上年' || g.rel === '上一年' || samePeriod });
  }
  return out;
}

/** 17/18 or 2017/18: two consecutive years of a season, else no time (3/4 is a fraction). */
function season(a: string, b: string): TimeMeaning | null {
  const from = a.length === 2 ? 2000 + Number(a) : Number(a);
  const to = b.length === 2 ? Math.floor(from / 100) * 100 + Number(b) : Number(b);
  return to === from + 1 ? { type: 'year', from, to } : null;
}

function meaningOf(g: Record<string, string | undefined>): TimeMeaning | null {
  if (g.plan !== undefined) {
    const years = fiveYearPlan(`十${g.planN ?? ''}`);
    if (!years) return null;
    // “十四五”末 is the plan's last year, not the whole period.
    return g.plan.endsWith('末') ? { type: 'year', from: years.to, to: years.to } : { type: 'year', ...years };
  }
  if (g.now !== undefined) return { type: 'now' };
  if (g.then !== undefined) return { type: 'then' };
  if (g.since !== undefined) return { type: 'since', from: Number(g.sy ?? g.sy3) };
  if (g.season !== undefined) return season(g.sy1!, g.sy2!);
  if (g.day !== undefined) {
    if (g.dy !== undefined) return { type: 'year', from: Number(g.dy), to: Number(g.dy) };
    const month = g.mo === undefined ? null : Number(g.mo);
    const day = Number(g.d);
    if (day < 1 || day > 31 || (month !== null && (month < 1 || month > 12))) return null;
    return { type: 'day', month };
  }
  if (g.fiscal !== undefined) return { type: 'year', from: Number(g.fy) - 1, to: Number(g.fy) };
  if (g.span !== undefined) return { type: 'year', from: Number(g.y1), to: Number(g.y2) };
  if (g.year !== undefined) return g.year.endsWith('以来') ? { type: 'since', from: Number(g.y) } : { type: 'year', from: Number(g.y), to: Number(g.y) };
  if (g.rel !== undefined) {
    const word = Object.keys(RELATIVE_YEARS).filter((w) => g.rel!.startsWith(w)).sort((a, b) => b.length - a.length)[0];
    const offset = word === undefined ? undefined : RELATIVE_YEARS[word];
    return offset === undefined ? { type: 'current' } : { type: 'relative', offset };
  }
  if (g.ahead !== undefined || g.range !== undefined) {
    const a = smallNumber(g.a1 ?? g.r1 ?? '');
    const b = g.a2 ?? g.r2;
    const bn = b === undefined ? a : smallNumber(b);
    if (a === null || bn === null || Number.isNaN(a) || Number.isNaN(bn)) return null;
    return { type: 'ahead', from: a, to: bn };
  }
  if (g.streak !== undefined) {
    const n = smallNumber(g.s1 ?? '');
    return n === null || Number.isNaN(n) ? null : { type: 'streak', years: n };
  }
  if (g.past !== undefined) {
    const n = smallNumber(g.p1 ?? g.p2 ?? '');
    return n === null || Number.isNaN(n) ? null : { type: 'past', years: n };
  }
  return null;
}

/**
 * The years a time expression covers, given the document year and the year in view.
 * `docMonth` (1–12) places a day without a year: 12月21日 in an article of January is last year's.
 */
export function resolveYears(meaning: TimeMeaning, docYear: number | undefined, viewYear: number | undefined, docMonth?: number): { from?: number; to?: number } {
  const year = viewYear ?? docYear;
  switch (meaning.type) {
    case 'now':
      return docYear === undefined ? {} : { from: docYear, to: docYear };
    case 'then':
      return {};
    case 'since':
      return docYear === undefined || docYear < meaning.from ? {} : { from: meaning.from, to: docYear };
    case 'day': {
      if (docYear === undefined) return {};
      const y = meaning.month !== null && docMonth !== undefined && meaning.month > docMonth ? docYear - 1 : docYear;
      return { from: y, to: y };
    }
    case 'year':
      return { from: meaning.from, to: meaning.to };
    case 'relative':
      return docYear === undefined ? {} : { from: docYear + meaning.offset, to: docYear + meaning.offset };
    case 'current':
      return year === undefined ? {} : { from: year, to: year };
    case 'ahead':
      // 用3至5年时间 from an article of 2020: the goal falls in 2023–2025.
      return docYear === undefined ? {} : { from: docYear + meaning.from, to: docYear + meaning.to };
    case 'streak':
      return year === undefined ? {} : { from: year - meaning.years + 1, to: year };
    case 'past':
      return docYear === undefined ? {} : { from: docYear - meaning.years, to: docYear - 1 };
  }
}
