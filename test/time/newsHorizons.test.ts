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
