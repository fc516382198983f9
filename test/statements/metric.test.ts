import { describe, expect, it } from 'vitest';
import { createAnalyzerSync } from '../../src/pipeline/createAnalyzer.js';

const analyzer = createAnalyzerSync({ segmenter: 'node-rs' });

interface Row {
  name: string;
  input: string;
  /** The statement's text, to find it among the sentence's statements. */
  text: string;
  /** The metric it must get… */
  metric?: string;
  /** …or words its metric must not be (false positives of a rule). */
  not?: string;
  known?: string;
}

// Real news sentences (Sina/Xinhua wire copy in the throughput corpus, Eastmoney and Sina
// Finance articles, 2008-2018) and work-report sentences; one row per construction of the
// metric rules in src/statements/metric.ts, with the cases each rule must leave alone.
const rows: Row[] = [
  // Verbs of having, remaining, totalling and closing take the amount; the noun before them is the metric.
  { name: 'a total after 共计', input: '该行持有美国雷曼兄弟公司发行的债券敞口共计7000万美元。', text: '7000万美元', metric: '债券敞口' },
  { name: 'a total after 合计 with a comparison after it', input: '基金业协会数据显示，截至11月底，权益类基金合计规模2.54万亿元，较10月份减少783.34亿份。', text: '2.54万亿元', metric: '权益类基金合计规模' },
  { name: 'jieba splits 高达 into two words', input: '花旗集团股价严重下滑，累计跌幅高达60%。', text: '60%', metric: '跌幅' },
  { name: 'a price move ending in 涨 links its measure', input: '到当天收盘时，纽约商品交易所11月交货的轻质原油期货价格微涨39美分。', text: '39美分', metric: '轻质原油期货价格' },
  { name: 'an adverb of degree tagged as a noun (小幅) is not the metric', input: '未来几年丙烯开工率将小幅回升，维持在78%-82%。', text: '78%-82%', metric: '丙烯开工率' },
  // Time words, auxiliaries and aspect verbs between the measure and its verb are adverbials.
  { name: 'a time word and an auxiliary before the verb', input: '汤森路透GFMS也表示，金价今年可能升穿每盎司1500美元。', text: '每盎司1500美元', metric: '金价' },
  { name: 'a modal before a change', input: '2009年该国橡胶产量可能下降约10%，为270万吨至280万吨。', text: '约10%', metric: '橡胶产量' },
  { name: 'an aspect verb (开始) before the verb', input: '经济增速从2011年一季度10%逐步回落，到2012年开始破8%。', text: '破8%', metric: '经济增速' },
  { name: 'a person alone is the owner, not the measure', input: '去年12月发布了存量房贷利率下调的通知，但李先生本月仍旧要还5600元。', text: '5600元', not: '李先生' },
  { name: 'a bracketed gloss after the name is dropped', input: '2017年国内生产总值(GDP)增长6.7%，与预测相符。', text: '6.7%', metric: '国内生产总值' },
  { name: 'a year between the measure and its verb', input: '中行个人贷款余额2008年也新增了630多亿元。', text: '630多亿元', metric: '个人贷款余额' },
  { name: 'a comparative adjective links the gap; the topic is the measure of the clause before', input: '从部门分布看，住户贷款增速继续放缓，6月末较3月末低0.5个百分点。', text: '0.5个百分点', metric: '住户贷款增速' },
  { name: 'a measure noun tagged as a verb still names the count', input: '神华宁夏煤业集团3期60万吨产能投放。', text: '60万吨', metric: '产能' },
  // Comparison bases and starting levels are not the metric.
  { name: 'a comparison base with 同期', input: '去年第四季度，经济较上年同期增长6.6%。', text: '6.6%', metric: '经济' },
  { name: 'a from-to pair: the starting level', input: '营业收入由2019年的12.5亿元增长至2021年的18.3亿元。', text: '12.5亿元', metric: '营业收入' },
  { name: 'a from-to pair: the level reached', input: '营业收入由2019年的12.5亿元增长至2021年的18.3亿元。', text: '18.3亿元', metric: '营业收入' },
  { name: 'a time with 的 dates the number', input: '经济增速从2011年一季度10%逐步回落。', text: '10%', metric: '经济增速' },
  // A number before 的 sizes the noun after it…
  { name: 'an amount at which something is done (以…的价格)', input: '过去几年来，杨振兴一直在英国的中文网站上刊登广告，以120美元左右的价格招聘各地报童。', text: '120美元左右', metric: '价格' },
  { name: 'an amount raised (募集…的配套资金)', input: '方圆支承拟募集不超过32亿元的配套资金。', text: '不超过32亿元', metric: '配套资金' },
  { name: 'a share of the holders (14%的管理资产)', input: '内地保险企业平均14%的管理资产面向A股市场。', text: '14%', metric: '管理资产面向A股市场' },
  // …but not after a linking verb, a measure noun, a noun-verb measure, nor before a name.
  { name: 'after a linking verb the noun after 的 is the level', input: '全市城镇化率达到65%的水平。', text: '65%', not: '水平' },
  { name: 'a noun-verb measure before the number', input: '园区投资1.43亿美元的产业园开工。', text: '1.43亿美元', metric: '园区投资' },
  { name: 'a measure noun before the number (原价40多元的盐)', input: '当时，不法商家哄抬食盐价格，原价40多元的盐被卖到了600元的天价。', text: '40多元', metric: '原价' },
  { name: 'an age before a person', input: '89岁的赵无极2.4亿元首次登上榜首。', text: '89岁', not: '赵无极' },
  // A clause without its own topic goes on about the measure of the clause before it.
  { name: 'the topic of the previous clause (受罚规模较小，仅有…)', input: '汇丰的受罚规模较小，仅有160万美元。', text: '160万美元', metric: '受罚规模' },
  { name: 'a price per unit after 收于 takes the price of the clause before', input: '３月交割的白银期货价格上涨２．５美分，收于每盎司１７．０３５美元。', text: '每盎司１７．０３５美元', metric: '交割的白银期货价格' },
  { name: 'a previous clause about an event, not a measure, gives nothing', input: '盘中，ST保千里一泻千里，录得25次累计跌停。', text: '25次', not: '一泻千里' },
  { name: 'a reporting clause is no topic', input: '菲律宾国家统计局周二表示，仅增长6.7%。', text: '6.7%', not: '菲律宾国家统计局周二' },
  // Shares: the part and the whole, joined by 占.
  { name: 'a share with the whole after 占', input: '日本核电占这个国家总发电量的33%。', text: '33%', metric: '日本核电占这个国家总发电量' },
  { name: 'a share whose part follows the number', input: '作为中关村核心区的重要组成部分，占区域面积53%的海淀北部地区。', text: '53%', metric: '海淀北部地区占区域面积' },
  { name: 'a share inside 在…中', input: '截至11月底的总规模高达6.8万亿元，在公募总规模中占59.65%。', text: '59.65%', metric: '占公募总规模' },
  { name: 'the share noun 占比 keeps its owner', input: '其利息收入占比近6成，有望一举超越招行。', text: '近6成', metric: '利息收入占比' },
  { name: 'a bare 占比 takes the measure of the statement before it', input: '净利润下降的公司仅25家，占比为20.66%。', text: '20.66%', metric: '净利润下降的公司占比' },
  { name: 'a share word in a name is no share (占地)', input: '项目占地4150亩，总投资100亿元。', text: '4150亩', metric: '项目占地' },
  // A relative clause before a count says which things are counted.
  { name: 'a verb with its object before the count', input: '截至2008年末，深圳地区开展信用卡业务的15家银行累计发卡710万张。', text: '15家', metric: '开展信用卡业务的银行' },
  { name: 'a passive before the count', input: '在被调查的25位交易商中，只有2位预计金价将下跌。', text: '25位', metric: '被调查的交易商' },
  { name: 'a lone verb before the count is not kept', input: '目前，签约的2个重点项目已经开工。', text: '2个', metric: '重点项目' },
  { name: 'a part of something (X中的) is no relative clause', input: '农行决定，将人行追加的新增贷款额度中的40%用于浙江。', text: '40%', not: '新增贷款额度中的' },
  // 分别 lists: the metrics are dealt out in order, or shared when only the last names the measure.
  { name: 'a list dealt out item by item', input: '重庆经通道货运量、货运值分别增长41%、67%。', text: '67%', metric: '货运值' },
  { name: 'a list whose last item holds the shared head stays whole', input: '城镇、农村居民人均可支配收入分别增长4.8%、6.2%。', text: '4.8%', metric: '城镇、农村居民人均可支配收入' },
  { name: 'two items joined by 和 without 、 keep the head noun', input: '1900年美国钢和生铁的产量分别是1035万吨和1401万吨。', text: '1035万吨', metric: '产量' },
  {
    name: 'a list of accounting items with 的, a preposition, a bracketed note, and 及 before the last (HK results, Sina Finance)',
    input: '此外，集团确认股份酬金成本、或然代价公允值亏损(收购高端权益业务所致)、按公允值计入损益的金融资产的公允值亏损、商誉及联营公司权益减值分别约4466万港元、2068万港元、 5639万港元及1.41亿港元。',
    text: '2068万港元',
    metric: '或然代价公允值亏损',
  },
  {
    name: 'the subject and verb before the first item are not part of it',
    input: '此外，集团确认股份酬金成本、或然代价公允值亏损(收购高端权益业务所致)、按公允值计入损益的金融资产的公允值亏损、商誉及联营公司权益减值分别约4466万港元、2068万港元、 5639万港元及1.41亿港元。',
    text: '约4466万港元',
    metric: '股份酬金成本',
  },
  // Headlines: a space separates clauses after a change.
  { name: 'a headline clause after a change is not counted', input: '中国平安三季度净利润下跌6.9% 计提上百亿金融资产减值', text: '6.9%', metric: '三季度净利润' },
  { name: 'a currency name after the amount is not the metric', input: '平安银行于期内营业收入为678.29亿元 人民币。', text: '678.29亿元', metric: '期内营业收入' },
  { name: 'a line wrap between a count and its noun is crossed', input: '全区金融机构发放25.9亿元 贷款支持企业复工复产。', text: '25.9亿元', metric: '贷款' },
];

describe('metric', () => {
  for (const row of rows) {
    const test = row.known ? it.fails : it;
    test(row.name + (row.known ? ` (known: ${row.known})` : ''), () => {
      const s = analyzer.analyze(row.input).statements.find((x) => x.text === row.text);
      expect(s, row.text).toBeDefined();
      if (row.metric !== undefined) expect(s!.metric).toBe(row.metric);
      if (row.not !== undefined) expect(s!.metric).not.toContain(row.not);
    });
  }
});
