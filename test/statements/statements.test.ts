import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/core/types.js';
import { createAnalyzerSync } from '../../src/pipeline/createAnalyzer.js';
import { extractStatements } from '../../src/pipeline/extractStatements.js';

const analyzer = createAnalyzerSync({ segmenter: 'node-rs' });

type Expected = Partial<Pick<Statement, 'text' | 'kind' | 'comparator' | 'value' | 'min' | 'max' | 'unit' | 'change' | 'metric' | 'subject'>> & {
  horizon?: { from?: number; to?: number } | null;
};

interface Row {
  name: string;
  input: string;
  date?: string;
  expected: Expected[];
  /** Why the row fails today; it runs as an expected failure until fixed. */
  known?: string;
}

// Real sentences from the seed article (Hebei Daily, 2020) and the 2025 provincial work
// reports; one row per tricky case. `date` resolves 今年/去年.
const rows: Row[] = [
  {
    name: 'the word after the number wins: 降至…左右 is approx',
    input: '今年，城镇调查失业率降至15%左右。',
    date: '2025-01-15',
    expected: [{ text: '15%左右', comparator: 'approx', value: 15, unit: '%', change: null, metric: '城镇调查失业率', horizon: { from: 2025, to: 2025 } }],
  },
  {
    name: '控制在…以内 is lte',
    input: '今年，居民消费价格涨幅控制在3%以内。',
    date: '2025-01-15',
    expected: [{ text: '3%以内', comparator: 'lte', value: 3, unit: '%', change: null, metric: '居民消费价格涨幅' }],
  },
  {
    name: '高于全国2.5个百分点 is an exact gap',
    input: '2024年，规上工业增加值增长8.3%，高于全国2.5个百分点。',
    date: '2025-01-20',
    expected: [
      { text: '8.3%', kind: 'fact', comparator: 'eq', value: 8.3, unit: '%', change: 'increase', metric: '规上工业增加值', horizon: { from: 2024, to: 2024 } },
      { text: '2.5个百分点', kind: 'fact', comparator: 'eq', value: 2.5, unit: 'pp', change: null },
    ],
  },
  {
    name: 'one shared quantity: 开工量、完工量均实现翻番',
    input: '老旧小区改造开工量、完工量均实现翻番。',
    expected: [{ text: '翻番', comparator: 'eq', value: 2, unit: '倍', change: 'increase', metric: '老旧小区改造开工量、完工量' }],
  },
  {
    name: 'a streak gives two statements',
    input: '农产品出口连续26年全国第一。',
    date: '2025-01-20',
    expected: [
      { text: '26年', value: 26, unit: '年', comparator: 'eq' },
      { text: '第一', value: 1, unit: 'rank', comparator: 'eq' },
    ],
  },
  {
    name: '“零”的突破 is more than zero',
    input: '今年，廊坊开发区将努力实现世界500强企业投资研发中心、总部中心“零”的突破。',
    date: '2020-04-14',
    expected: [{ text: '零', kind: 'target', comparator: 'gt', value: 0, unit: '', horizon: { from: 2020, to: 2020 } }],
  },
  {
    name: '30多件 is more than 30',
    input: '据统计，政务大厅在周末共为企业和群众办事30多件。',
    expected: [{ text: '30多件', kind: 'fact', comparator: 'gt', value: 30, unit: '件' }],
  },
  {
    name: 'a capacity in Chinese numerals',
    input: '“这个基地年加工处理蜂蜜能力可达两万吨。”百花蜂蜜董事长郭利军说。',
    expected: [{ text: '两万吨', kind: 'capacity', comparator: 'eq', value: 20000, unit: '吨' }],
  },
  {
    name: 'two capacities of one project',
    input: '北京热景生物技术股份有限公司投建的年产1200万人份体外诊断试剂及850台配套仪器项目正在火热建设中。',
    expected: [
      { text: '1200万人份', kind: 'capacity', value: 12000000, unit: '人份', metric: '体外诊断试剂' },
      { text: '850台', kind: 'capacity', value: 850, unit: '台', metric: '配套仪器' },
    ],
  },
  {
    name: 'a target with its horizon 3至5年, which is not a statement itself',
    input: '力争用3至5年时间，跻身全国国家级开发区前30强。',
    date: '2020-04-14',
    expected: [{ text: '前30强', kind: 'target', comparator: 'lte', value: 30, unit: 'rank', metric: '全国国家级开发区', horizon: { from: 2023, to: 2025 } }],
  },
  {
    name: 'a forecast',
    input: '其中，投资1.43亿美元的NAPA创菱汽车综合产业园建成投产，预计年营业收入19亿元。',
    expected: [
      { text: '1.43亿美元', kind: 'fact', value: 143000000, unit: 'USD' },
      { text: '19亿元', kind: 'forecast', value: 1900000000, unit: 'CNY', metric: '年营业收入' },
    ],
  },
  {
    name: 'a ranking fact and a change by 14 places',
    input: '在219家国家级开发区中，廊坊开发区综合排名第39位，较2018年度排名上升14位。',
    expected: [
      { text: '219家', kind: 'fact', value: 219, unit: '家', metric: '国家级开发区' },
      { text: '第39位', kind: 'fact', value: 39, unit: 'rank', metric: '综合排名' },
      { text: '14位', kind: 'fact', value: 14, unit: 'rank', change: 'increase', metric: '排名' },
    ],
  },
  {
    name: '新增 + noun + number is a change by that amount',
    input: '2024年，新增普惠性托位近1.9万个。',
    date: '2025-01-14',
    expected: [{ text: '近1.9万个', comparator: 'approx', value: 19000, unit: '个', change: 'increase' }],
  },
  {
    name: '提高到 is a change to a level',
    input: '低保、特困人均月标准分别提高到1167元、1937元。',
    expected: [
      { text: '1167元', value: 1167, unit: 'CNY', change: null },
      { text: '1937元', value: 1937, unit: 'CNY', change: null },
    ],
  },
  {
    name: 'work-report targets under 主要预期目标 need no cue word',
    input: '2025年河北省政府工作报告\n各位代表：\n二、2025年目标任务和主要工作\n今年经济社会发展的主要预期目标是：地区生产总值增长5%以上，一般公共预算收入增长2%左右。',
    date: '2025-01-13',
    expected: [
      { text: '5%以上', kind: 'target', comparator: 'gte', value: 5, unit: '%', change: 'increase', metric: '地区生产总值', horizon: { from: 2025, to: 2025 } },
      { text: '2%左右', kind: 'target', comparator: 'approx', value: 2, unit: '%', change: 'increase', metric: '一般公共预算收入' },
    ],
  },
  {
    name: 'the review of last year holds facts',
    input: '2025年天津市政府工作报告\n各位代表：\n一、2024年工作回顾\n新设外商投资企业566家。',
    date: '2025-01-14',
    expected: [{ text: '566家', kind: 'fact', value: 566, unit: '家', horizon: { from: 2024, to: 2024 } }],
  },
  {
    name: '分别 deals the listed metrics out in order',
    input: '生产安全事故起数、死亡人数分别下降17.7%、12.5%。',
    expected: [
      { text: '17.7%', change: 'decrease', metric: '生产安全事故起数' },
      { text: '12.5%', change: 'decrease', metric: '死亡人数' },
    ],
  },
  {
    name: 'a comparison base is not the metric',
    input: '房地产建筑业贷款较上年末增长23.2%。',
    expected: [{ text: '23.2%', change: 'increase', metric: '房地产建筑业贷款' }],
  },
  {
    name: 'the head noun after 的 is what is counted',
    input: '聘请200名副高级以上职称的医疗专家。',
    expected: [{ text: '200名', unit: '名', metric: '医疗专家' }],
  },
  {
    name: 'a forecast word governs the 将 after it',
    input: '汇丰预测今年中国经济增速将接近8%。',
    date: '2010-06-01',
    expected: [{ text: '接近8%', kind: 'forecast', comparator: 'approx', value: 8, metric: '中国经济增速', horizon: { from: 2010, to: 2010 } }],
  },
  {
    name: 'a past sub-period of this year is a fact',
    input: '今年4月份，北京共成交商品住宅期房13369套。',
    date: '2010-06-01',
    expected: [{ text: '13369套', kind: 'fact', value: 13369, unit: '套' }],
  },
  {
    name: 'a year in an event name is no horizon',
    input: '支持北京申办2008年奥运会，展出长100米的巨幅哈达。',
    expected: [{ text: '100米', value: 100, unit: '米', horizon: null }],
  },
  {
    name: 'a streak dates only its own clause',
    input: '制造业高质量发展指数连续4年全国第一，两化融合发展水平连续10年全国第一。',
    date: '2025-01-20',
    expected: [
      { text: '4年', value: 4, unit: '年' },
      { text: '第一', unit: 'rank', metric: '制造业高质量发展指数', horizon: { from: 2022, to: 2025 } },
      { text: '10年', value: 10, unit: '年' },
      { text: '第一', unit: 'rank', metric: '两化融合发展水平', horizon: { from: 2016, to: 2025 } },
    ],
  },
  {
    name: 'a generic capacity word must govern the number',
    input: '淘汰落后产能400项。',
    expected: [{ text: '400项', kind: 'fact' }],
  },
  // False positives: none of these is a statement.
  { name: 'false positive: 一流', input: '营造一流营商环境。', expected: [] },
  { name: 'false positive: 第一时间', input: '开发区第一时间搭建起政银企对接平台。', expected: [] },
  { name: 'false positive: 5G', input: '以5G、大数据为代表的“新基建”项目。', expected: [] },
  { name: 'false positive: 世界500强 as a name', input: '吸引世界500强企业投资。', expected: [] },
  { name: 'false positive: 零配件', input: '主要建设零配件供应链服务中心。', expected: [] },
  { name: 'false positive: dates', input: '4月9日，2019年度评价结果公布。', expected: [] },
  { name: 'false positive: labels 三中心两总部 and 五大机制', input: '中石油管道“三中心两总部”按期开工，深化服务企业五大机制。', expected: [] },
  { name: 'false positive: 一级指标 as a label', input: '制定一级指标和二级指标。', expected: [] },
  { name: 'false positive: idioms', input: '采取一企一策，坚持两手抓，形成一批成果和一系列政策。', expected: [] },
  { name: 'false positive: a list restated (京津两地)', input: '开展同京津两地的协同创新。', expected: [] },
  { name: 'false positive: a hotline number', input: '12345市民服务热线诉求解决率达96.7%。', expected: [{ text: '96.7%', value: 96.7, unit: '%' }] },
  { name: 'false positive: anniversaries and sessions', input: '纪念抗战胜利80周年，完成了市十六届人大二次会议确定的任务。', expected: [] },
  {
    name: 'known gap: a centenary label in 建军一百年奋斗目标',
    input: '助力打好实现建军一百年奋斗目标攻坚战。',
    expected: [],
    known: 'a Chinese-numeral year count before 奋斗目标 reads as a 100-year duration',
  },
  // News, business and legal text (constructions of the spec's "News, legal and business text").
  {
    name: 'news: a bare rate after a level is the rate of that level',
    input: '上证指数报收3446.98点，跌幅0.97%。',
    expected: [{ text: '3446.98点', unit: '点' }, { text: '0.97%', metric: '上证指数跌幅' }],
  },
  {
    name: 'news: a rate that names its own measure keeps it',
    input: '全市居民消费价格涨幅2.1%，失业率4.5%。',
    expected: [{ text: '2.1%', metric: '全市居民消费价格涨幅' }, { text: '4.5%', metric: '失业率' }],
  },
  {
    name: 'news: a relative clause with 的 says which of the counted are meant',
    input: '净利润下降的公司有320家。',
    expected: [{ text: '320家', metric: '净利润下降的公司' }],
  },
  {
    name: 'news: a possessor with 的 is not part of the metric',
    input: '公司的净利润增长12%。',
    expected: [{ text: '12%', metric: '净利润' }],
  },
  {
    name: 'news: a named body publishing the list is its source, not part of the metric',
    input: '跻身世界知识产权组织发布的全球百强科技集群前三位。',
    expected: [{ text: '前三位', metric: '全球百强科技集群' }],
  },
  {
    name: 'news: a bare rate alone in its sentence borrows nothing',
    input: '涨幅0.5%。',
    expected: [{ text: '0.5%', metric: '涨幅' }],
  },
  {
    name: 'news: analysts expect, 预计 governs the number',
    input: '分析师预计明年铜价将涨至每吨9000美元。',
    expected: [{ text: '每吨9000美元', kind: 'forecast' }],
  },
  {
    name: 'news: 将 said of a price is an expectation, not a plan',
    input: '业内人士表示，金价将升至1400美元。',
    expected: [{ text: '1400美元', kind: 'forecast', unit: 'USD' }],
  },
  {
    name: 'news: 慢于预期 names an expectation, the count after it is a fact',
    input: '除3个项目进度慢于预期外，其余40个项目推进正常。',
    expected: [{ text: '3个', kind: 'fact' }, { text: '40个', kind: 'fact' }],
  },
  {
    name: 'rules: a bound of a rule is a target',
    input: '单个账户认购金额不超过1万元。',
    expected: [{ text: '不超过1万元', kind: 'target', comparator: 'lte' }],
  },
  {
    name: 'rules: a negated modal before the bound makes a requirement',
    input: '质押期限不能超过3年。',
    expected: [{ text: '超过3年', kind: 'target', unit: '年' }],
  },
  {
    name: 'the level a change starts from is a fact, the level it goes to a plan',
    input: '公司董事酬金拟由2.5万元提高至5万元。',
    expected: [{ text: '2.5万元', kind: 'fact' }, { text: '5万元', kind: 'target' }],
  },
  {
    name: 'capacity: the capacity noun right after the number',
    input: '该公司拥有40万吨聚丙烯产能。',
    expected: [{ text: '40万吨', kind: 'capacity' }],
  },
  {
    name: 'money without 元: a bare 亿 with a money noun is CNY',
    input: '该公司前三季度净利润228.91亿，同比下降6%。',
    expected: [{ text: '228.91亿', unit: 'CNY', value: 22891000000 }, { text: '6%', change: 'decrease' }],
  },
  {
    name: 'money without 元 takes the currency named before it in the paragraph',
    input: '公司现金不到100亿港元，有息负债却有900多亿。',
    expected: [{ text: '不到100亿港元', unit: 'HKD' }, { text: '900多亿', unit: 'HKD', comparator: 'gt' }],
  },
  {
    name: 'false positive: a bare 万 glued to a noun is no money (199.85万股 counts shares)',
    input: '该基金共减持199.85万股。',
    expected: [],
    known: 'numbers reads no 股 unit yet, so 199.85万 stays a bare count that is still reported',
  },
  {
    name: 'time windows are no statements: 3年内, 十年来, 三年前',
    input: '公司计划3年内清盘，十年来首次亏损，三年前曾盈利5亿元。',
    expected: [{ text: '5亿元', kind: 'fact' }],
  },
  {
    name: 'a forecast carries across a semicolon in the same sentence',
    input: '预计今年进口量将达到9700万吨；压榨量9500万吨。',
    date: '2017-12-10',
    expected: [{ text: '9700万吨', kind: 'forecast' }, { text: '9500万吨', kind: 'forecast' }],
  },
  {
    name: 'subject: a place opening the clause owns the figure when the text has no main actor',
    input: '巴西大豆单产达到3.36吨/公顷。',
    expected: [{ text: '3.36吨/公顷', subject: '巴西' }],
  },
];

function pick(s: Statement, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = s[k as keyof Statement];
    out[k] = k === 'horizon' && v ? { from: (v as Statement['horizon'])?.from, to: (v as Statement['horizon'])?.to } : v;
  }
  return out;
}

describe('numeric statements', () => {
  for (const row of rows) {
    const test = row.known ? it.fails : it;
    test(row.name + (row.known ? ` (known: ${row.known})` : ''), () => {
      const doc = analyzer.analyze(row.input, row.date ? { date: row.date } : {});
      expect(doc.statements.map((s) => s.text)).toEqual(row.expected.map((e) => e.text));
      doc.statements.forEach((s, i) => {
        const want = row.expected[i]!;
        expect(pick(s, Object.keys(want)), s.text).toEqual(want);
        expect(row.input.slice(s.start, s.end)).toBe(s.text);
      });
    });
  }

  it('has every field of the spec on every statement', () => {
    const [s] = extractStatements('今年，开发区力争实现网上可办率达到95%以上。', { date: '2020-04-14', segmenter: 'node-rs' });
    expect(s).toMatchObject({
      kind: 'target',
      comparator: 'gte',
      value: 95,
      min: null,
      max: null,
      unit: '%',
      change: null,
      horizon: { text: '今年', from: 2020, to: 2020 },
      text: '95%以上',
    });
    expect(typeof s!.metric).toBe('string');
    expect(s!.cues.map((c) => c.text)).toContain('力争');
  });

  it('reads a change verb without a dictionary segmenter', () => {
    const [s] = extractStatements('规上工业增加值增长8.3%。', { segmenter: 'none' });
    expect(s).toMatchObject({ text: '8.3%', change: 'increase', value: 8.3, unit: '%' });
  });

  it('resolves a range', () => {
    const [s] = extractStatements('预计股价区间为5.6到5.78元。', { segmenter: 'node-rs' });
    expect(s).toMatchObject({ comparator: 'range', value: null, min: 5.6, max: 5.78, unit: 'CNY', kind: 'forecast' });
  });
});
