import { describe, expect, it } from 'vitest';
import { createAnalyzerSync } from '../../src/pipeline/createAnalyzer.js';
import { findNameMentions } from '../../src/statements/newsNames.js';

const analyzer = createAnalyzerSync();

/** Names a news article introduces itself, found without the organisation dictionary. */
describe('findNameMentions: names news introduces', () => {
  const cases: [string, string, string[]][] = [
    ['short stock name before its code', '中国支付通(08325-HK)年度亏损扩大。集团收益增长，中国支付通不派息。', ['中国支付通', '中国支付通']],
    ['code with exchange suffix, phrase word stripped', '当下的核心业务港股中国宏桥（1378.HK）的有息负债扩张。', ['中国宏桥']],
    ['company head after a clause boundary', '在股灾期间，伊世顿贸易公司以约700万元的初始资金获利。', ['伊世顿贸易公司']],
    // False positives: a bare anaphor, a subsidiary, a term defined with 简称, a phrase with 的.
    ['bare 公司 is an anaphor, not a name', '通过挂牌，公司获得了资金。', []],
    ['子公司 is no name', '旗下，全资子公司取得经营权。', []],
    ['a term given a short form is no organisation', '实现归属于母公司股东的净利润（以下简称“净利润”）3亿元。', []],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const r = analyzer.analyze(text);
      const mentions = findNameMentions(text, r.entities).filter((m) => !r.entities.some((e) => e.start === m.start));
      expect(mentions.map((m) => m.name)).toEqual(expected);
      for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.name);
    });
  }

  it('an alias reports the full name it stands for', () => {
    const text = '其中最引人关注的是华夏航空股份有限公司（简称华夏航空），本次华夏航空拟发行不超过4050万股。';
    const r = analyzer.analyze(text);
    const m = findNameMentions(text, r.entities);
    expect(m.length).toBeGreaterThan(0);
    expect(m.every((x) => x.name === '华夏航空股份有限公司')).toBe(true);
  });

  it('a source after 据 or before 网站显示 does not own figures', () => {
    const text = '证监会网站显示，某人被罚60万元。';
    const r = analyzer.analyze(text);
    const m = findNameMentions(text, r.entities).find((x) => x.name.includes('证监会') || x.name.includes('证券监督'));
    expect(m?.source).toBe(true);
  });
});

describe('statement subjects in news', () => {
  const cases: [string, string, string, string | null][] = [
    // [case, text, quantity text, subject]
    ['headline name carries to sentences that name no one', '獐子岛再现扇贝失踪\n獐子岛发布公告称存货异常。\n前三季度亏损8.12亿元。\n獐子岛股价下跌。', '8.12亿元', '獐子岛'],
    ['公司 refers back to the company named before', '万科发布公告。\n2012年公司实现销售收入34477.85万元。', '34477.85万元', '万科'],
    ['全市 is the article\'s city', '淄博市举行挂牌仪式。淄博市企业踊跃。\n至此，全市挂牌企业总数已达到514家。', '514家', '淄博市'],
    ['a person opening the clause owns a personal figure', '也就是说，徐晗坤不但没有盈利相反还倒亏近177万。', '近177万', '徐晗坤'],
    ['a person who speaks owns nothing', '万科发布公告。\n刘昕表示，希望2018年能拿下2万间房源。', '2万间', '万科'],
    ['a statistics office reports its country\'s figures', '菲律宾国家统计局周二表示，2017年国内生产总值增长6.7%。', '6.7%', '菲律宾'],
    ['a stock name with its code owns the figures of its sentence', '中国支付通(08325-HK)年度亏损扩大1.07倍至3.61亿港元', '3.61亿港元', '中国支付通'],
  ];
  for (const [name, text, q, subject] of cases) {
    it(name, () => {
      const s = analyzer.analyze(text).statements.find((x) => x.text === q);
      expect(s?.subject ?? null).toBe(subject);
    });
  }
});
