/**
 * Numbers of market and business news (spec "News, legal and business text"): index points,
 * trading days, doubling with 翻倍, and the numerals of market news that count nothing (tenors,
 * moving averages, seasons across two years). Sentences in the style of Chinese financial news.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/numbers/index.js';

type Row = readonly [sentence: string, wants: readonly (readonly [text: string, value: number, unit: string, comparator?: string])[]];

const ROWS: readonly Row[] = [
  // An index in points: decimals, or whole numbers above the hours of a day.
  ['IF1802报收4239.4点，跌幅0.76%', [['4239.4点', 4239.4, '点'], ['0.76%', 0.76, '%']]],
  ['道指首次突破25000点', [['突破25000点', 25000, '点', 'gt']]],
  ['恒指跌40.31点或0.1%', [['40.31点', 40.31, '点'], ['0.1%', 0.1, '%']]],
  // Not points: hours (下午3点 stays a bare number, which statements drop), and an index level
  // written without 点 keeps no unit.
  ['下午3点召开会议', [['3', 3, '']]],
  ['沪指报3446.98，跌0.97%', [['3446.98', 3446.98, ''], ['0.97%', 0.97, '%']]],
  // Trading days are a span of time like working days.
  ['距离春节仅有不到十个交易日', [['不到十个交易日', 10, '交易日', 'lt']]],
  ['连续5个交易日上涨', [['5个交易日', 5, '交易日']]],
  // 翻倍 doubles, like 翻番.
  ['董事薪酬均翻倍', [['翻倍', 2, '倍']]],
  ['营收翻了一番', [['翻了一番', 2, '倍']]],
  // Names of instruments and seasons count nothing.
  ['美国10年期国债收益率升至2.85%', [['2.85%', 2.85, '%']]],
  ['上证50跌破10日线，失守20日均线', [['50', 50, '']]],
  ['17/18年度中国进口量将达到9700万吨', [['9700万吨', 97000000, '吨']]],
  // A fraction stays a share.
  ['1/2的企业实现盈利', [['1/2', 50, '%']]],
  // An amount right after an acronym (GDP, CPI) with 万, 亿 or %; codes (IF1802, G20) stay codes.
  ['珠海2016年GDP2226亿', [['2226亿', 222600000000, '']]],
  ['CPI2.1%', [['2.1%', 2.1, '%']]],
  ['IF1802报收，G20峰会', []],
  // 第N大 is the N-th largest (a rank) before a noun; 第一大道 is a street, 第十九大 no rank.
  ['公司第二大股东减持', [['第二大', 2, 'rank']]],
  ['第一大道，第十九大', []],
  // 第N after 中的 is a place in the group named before it.
  ['排在广东21个地区中的第10', [['21个', 21, '个'], ['第10', 10, 'rank']]],
  ['其中的第一个项目', []],
  // Spoken 亿 with a classifier: 三十个亿 is 3×10^9 (the currency comes from the sentence).
  ['销售额是三十个亿，三个人', [['三十个亿', 3e9, ''], ['三个', 3, '个']]],
  // 站稳/站上 a mark: at or above it.
  ['连续4个月站稳11万亿关口', [['4个月', 4, '月'], ['站稳11万亿', 11e12, '', 'gte']]],
  // Four-digit prices are no span of years when a unit follows them.
  ['对铂金的价格预期则介于1000美元/盎司-1100美元/盎司', [['1000美元/盎司-1100美元/盎司', NaN, 'USD/盎司', 'range']]],
  ['价格1000-1100元', [['1000-1100元', NaN, 'CNY', 'range']]],
  ['2003-2017年间，2003-2017', []],
  // 镑 alone is the pound sterling (磅 is the weight).
  ['以4000万镑的价格套现，重5磅', [['4000万镑', 40000000, 'GBP'], ['5磅', 5, '磅']]],
];

describe('numbers of market news', () => {
  it.each(ROWS)('%s', (sentence, wants) => {
    const got = extractQuantities(sentence);
    // NaN marks a range (value null).
    expect(got.map((q) => [q.text, q.value ?? NaN, q.unit, q.comparator])).toEqual(wants.map(([t, v, u, c]) => [t, v, u, c ?? 'eq']));
    for (const q of got) expect(sentence.slice(q.start, q.end)).toBe(q.text);
  });
});
