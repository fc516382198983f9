import { describe, expect, it } from 'vitest';
import { createAnalyzerSync } from '../../src/pipeline/createAnalyzer.js';
import { findTimeExpressions, resolveYears } from '../../src/time/index.js';

/** [case, text, time words found first, years for an article of 2018-02]. */
const TIMES: [string, string, string | null, { from?: number; to?: number }][] = [
  // 截至 with a full date is one time: the year belongs to the day.
  ['截至 + a full date', '截至2018年2月2日，市场现有146只分级基金', '截至2018年2月2日', { from: 2018, to: 2018 }],
  ['截至 + a year alone keeps the year', '截至2017年底，全国共有基金公司113家', '截至2017年底', { from: 2017, to: 2017 }],
  // A crop or fiscal season across two years.
  ['a two-digit season', '17/18年度预期中国进口量将达到9700万吨', '17/18年度', { from: 2017, to: 2018 }],
  ['a four-digit season', '2017/18年度全球大豆产量', '2017/18年度', { from: 2017, to: 2018 }],
  ['a fiscal year written in full', '2018/2019财年营收增长', '2018/2019财年', { from: 2018, to: 2019 }],
  // Not seasons: years that do not follow each other.
  ['17/19 is no season', '17/19年度', null, {}],
  // Words that point to a time named elsewhere: no year, but a time of their own.
  ['当时 names no year', '当时，不法商家哄抬食盐价格', '当时', {}],
  ['届时 names no year', '届时，产能将达到100万吨', '届时', {}],
  // Since a year: from that year to the article's.
  ['自…以来 with words between', '自2018年4月高唐农商银行推出信e贷以来,已累计授信9798户', '自2018年4月高唐农商银行推出信e贷以来', { from: 2018, to: 2018 }],
  ['从…来 after a month', '工业品价格从2012年3月来连续出现了54个月的负增长', '从2012年3月来', { from: 2012, to: 2018 }],
  ['a year and an event before 以来', '1995年撤地建市以来，中心城区共投资7.9亿元', '1995年撤地建市以来', { from: 1995, to: 2018 }],
  ['未来 is no 来 of since', '从2019年起未来三年', '2019年', { from: 2019, to: 2019 }],
  // 截止收盘 is the article's own time.
  ['截止收盘', '截止收盘，沪指报3446.98', '截止收盘', { from: 2018, to: 2018 }],
];

describe('time words of news', () => {
  for (const [name, text, words, years] of TIMES) {
    it(name, () => {
      const times = findTimeExpressions(text, 0, text.length).filter((t) => !t.base);
      if (words === null) {
        expect(times.filter((t) => t.meaning.type === 'year')).toEqual([]);
        return;
      }
      const t = times[0]!;
      expect(t.text).toBe(words);
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(resolveYears(t.meaning, 2018, undefined, 2)).toEqual(years);
    });
  }
});

/** [case, text, article date, quantity text, expected horizon years (null: no horizon)]. */
const HORIZONS: [string, string, string | undefined, string, { from?: number; to?: number } | null][] = [
  // 年内/前三季/年底 are parts of the year their sentence names, else of the article's year.
  ['年内 after the sentence’s year', '步入2017年，甲醇行业年内涉及失效产能高达128万吨。', undefined, '128万吨', { from: 2017, to: 2017 }],
  ['年内 after a fiscal year', '公司发布截至2018年3月31日止年度业绩，集团于年内收益约5.98亿港元。', undefined, '约5.98亿港元', { from: 2017, to: 2018 }],
  ['年内 with no year named takes the article year', '公司年内收益约5.98亿港元。', '2018-05-01', '约5.98亿港元', { from: 2018, to: 2018 }],
  ['年内 with neither keeps its text only', '公司年内收益约5.98亿港元。', undefined, '约5.98亿港元', {}],
  // A span of years named before is no year in view.
  ['a span of years is no year in view', '2015-2017年间，公司二季度销量为30万吨。', '2018-05-01', '30万吨', { from: 2018, to: 2018 }],
  // A season carries to the next sentence of the paragraph like a single year.
  ['a season carries on', '17/18年度预期中国进口量将达到9700万吨；压榨量9500万吨。', '2017-12-26', '9500万吨', { from: 2017, to: 2018 }],
  // 当时 stops the time words of the sentence before from carrying on.
  ['当时 stops the carry', '1月4日，中国政府网公布了修订后的办法。当时，原价40多元的盐被卖到了600元。', '2018-01-06', '600元', {}],
  // A comparison base is no time of the statement (相对 2017 年同期), so the carry skips it.
  ['a year before 同期 is a base', '今年 1 月合约销售额约 21 亿元，相对 2017 年同期约 10.87 亿元。其中，物业合约销售额约 20.9 亿元。', '2018-02-05', '约 20.9 亿元', { from: 2018, to: 2018 }],
  // Flattened paragraphs: indentation or a space after an end mark starts a paragraph, whose
  // statements take no time words from the one before.
  ['indentation ends the carry', '12月21日上午，淄博市2018年度企业集中挂牌仪式举行。　　通过挂牌，急需的200万元资金落实到位。', '2018-12-21', '200万元', null],
  ['a space after 。 ends the carry', '此次受处罚是由于公司在2016年6月14日填海约3.23公顷。 根据决定书，公司缴纳罚款约3733万元。', '2018-05-30', '约3733万元', null],
  ['no space: the carry goes on', '此次受处罚是由于公司在2016年6月14日填海约3.23公顷。根据决定书，公司缴纳罚款约3733万元。', '2018-05-30', '约3733万元', { from: 2016, to: 2016 }],
  ['without 当时 the day carries', '1月4日，中国政府网公布了修订后的办法。原价40多元的盐被卖到了600元。', '2018-01-06', '600元', { from: 2018, to: 2018 }],
];

describe('horizons in news', () => {
  const analyzer = createAnalyzerSync();
  for (const [name, text, date, q, years] of HORIZONS) {
    it(name, () => {
      const s = analyzer.analyze(text, date ? { date } : {}).statements.find((x) => x.text === q);
      expect(s, q).toBeDefined();
      const h = s!.horizon;
      expect(h ? { from: h.from, to: h.to } : null).toEqual(years === null ? null : { from: years.from, to: years.to });
      if (h && h.start !== undefined) expect(text.slice(h.start, h.end)).toBe(h.text);
    });
  }
});

import { opensFlatParagraph } from '../../src/statements/paragraphBreaks.js';

describe('paragraph breaks inside a flattened line', () => {
  it.each([
    ['约3.23公顷。 根据决定书', 9, true],
    ['上限。　　也许是因为', 5, true],
    ['上限　　也许是因为', 4, true],
    ['约3.23公顷。根据决定书', 8, false],
    ['IF1802 报收', 7, false],
    ['第一行\n 第二行', 5, false],
  ] as const)('%s at %i → %s', (text, start, want) => {
    expect(opensFlatParagraph(text, start)).toBe(want);
  });
});

import { isTimeWindow } from '../../src/statements/timeWindows.js';
import { extractQuantities } from '../../src/numbers/index.js';

describe('windows of time with a bound word before them', () => {
  it.each([
    ['高于五年均值的93%', '高于五年', true],
    ['三年内清盘', '三年', true],
    ['超过5年的项目', '超过5年', false],
  ] as const)('%s: %s is a window → %s', (text, q, want) => {
    const quantity = extractQuantities(text).find((x) => x.text === q)!;
    expect(quantity, q).toBeDefined();
    expect(isTimeWindow(quantity, text)).toBe(want);
  });
});
