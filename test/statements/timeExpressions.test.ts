import { describe, expect, it } from 'vitest';
import { findTimeExpressions, resolveYears } from '../../src/time/index.js';

/** [case, text, expected time words, years with article date 2018-02 (year 2018, month 2)]. */
const CASES: [string, string, string | null, { from?: number; to?: number }][] = [
  ['目前 takes the article year', '目前，两个重点项目签约', '目前', { from: 2018, to: 2018 }],
  ['a day of the article month', '2月5日晚间，万科发布公告', '2月5日晚间', { from: 2018, to: 2018 }],
  ['a later month is last year', '截至12月21日，共减持199.85万股', '12月21日', { from: 2017, to: 2017 }],
  ['a bare day opening a clause', '10日其他贵金属方面', '10日', { from: 2018, to: 2018 }],
  ['a day with its year keeps the year', '2017年9月1日，獐子岛公告', '2017年9月1日', { from: 2017, to: 2017 }],
  ['a fiscal year ending in March', '发布截至2018年3月31日止年度业绩', '截至2018年3月31日止年度', { from: 2017, to: 2018 }],
  ['two years listed', '2014年、2015年产能增速均超过16%', '2014年、2015年', { from: 2014, to: 2015 }],
  ['two fiscal years joined', '2016年度-2018年度累计实现净利润不低于40亿元', '2016年度-2018年度', { from: 2016, to: 2018 }],
  ['前三季度 after a year is one expression', '2017年前三季度归母净利润接近27亿', '2017年前三季度', { from: 2017, to: 2017 }],
  // Not times: a number of days after 至, a plain count.
  ['压缩至20日 is a duration', '审批时限压缩至20日', null, {}],
  ['no time words', '新增企业3家', null, {}],
];

describe('time expressions in news', () => {
  for (const [name, text, words, years] of CASES) {
    it(name, () => {
      const times = findTimeExpressions(text, 0, text.length).filter((t) => !t.base);
      if (words === null) {
        expect(times).toEqual([]);
        return;
      }
      const t = times[0]!;
      expect(t.text).toBe(words);
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(resolveYears(t.meaning, 2018, undefined, 2)).toEqual(years);
    });
  }

  it('去年同期 is a comparison base, not a time', () => {
    const text = '三季度净利从去年同期的228.91亿下跌至213.02亿元';
    const times = findTimeExpressions(text, 0, text.length);
    expect(times.find((t) => t.text === '去年')?.base).toBe(true);
  });

  it('a day without an article date resolves to no year', () => {
    const [t] = findTimeExpressions('2月5日晚间', 0, 7);
    expect(resolveYears(t!.meaning, undefined, undefined)).toEqual({});
  });
});

import { createAnalyzerSync } from '../../src/pipeline/createAnalyzer.js';

describe('将 as 把 is no target cue (spec: Kind without a cue)', () => {
  const analyzer = createAnalyzerSync();
  const cases: [string, string, string, string][] = [
    ['将 + noun + verb with a result', '公司将营业收入提高了5亿元。', '5亿元', 'fact'],
    ['将 + pronoun + 降至', '股东已将其持股比例降至2.99%。', '2.99%', 'fact'],
    // 将 as "will" stays a target cue: a verb right after it, or no result verb.
    ['将 + verb', '公司将新增产品10项。', '10项', 'target'],
    ['将 + noun + amount, no result', '公司将投资10亿元建设新厂。', '10亿元', 'target'],
    ['a limit set by 将 is still a rule', '基金公司主动将首次募集规模上限设定为90亿元。', '90亿元', 'target'],
  ];
  for (const [name, text, q, kind] of cases) {
    it(name, () => {
      expect(analyzer.analyze(text).statements.find((s) => s.text === q)?.kind).toBe(kind);
    });
  }
});
