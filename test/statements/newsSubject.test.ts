import { describe, expect, it } from 'vitest';
import { createAnalyzerSync } from '../../src/pipeline/createAnalyzer.js';

const analyzer = createAnalyzerSync();

/** Subjects of news statements: [case, text, quantity text, expected subject]. Sentences from financial news. */
function table(cases: [string, string, string, string | null][]): void {
  for (const [name, text, q, subject] of cases) {
    it(name, () => {
      const s = analyzer.analyze(text).statements.find((x) => x.text === q);
      expect(s, `no statement ${q}`).toBeDefined();
      expect(s!.subject).toBe(subject);
    });
  }
}

describe('people who own personal figures', () => {
  table([
    ['a headline part after a space opens with the person', '万科打算给独立董事加薪水 刘姝威年薪将翻倍至60万元\n2月5日晚间，万科发布公告。', '60万元', '刘姝威'],
    ['names listed after a role are one owner', '2017年6月，实际控制人周晓光、虞云新也出于住宅改善性需求，各出手购买世贸中心商品房3套，花了5760万。', '3套', '周晓光、虞云新'],
    ['a saver who opens the sentence owns the deposit', '李晨洋的账户如今有20万元的存款，如果香港银行倒闭的话，他还能提取10万元出来。', '20万元', '李晨洋'],
    // False positives: jieba tags 毛利 (gross profit) as a name; a person who hopes speaks for the company.
    ['a measure glued to its number is no person', '中国支付通(08325-HK)发布年度业绩。\n毛利2.35亿港元，同比增长6.16%。', '2.35亿港元', '中国支付通'],
    ['a person who hopes does not own the target: the company does', '彭小军希望，深发展用三到五年的时间，将有效卡量在全国市场占比提升至5%。', '5%', '深发展'],
  ]);
});

describe('names news writes that the tagger misses or garbles', () => {
  table([
    ['a role before a tagged name is cut off', '目前创业板第一大市值股温氏股份的全资子公司广东温氏投资有限公司持股4.41%。', '4.41%', '广东温氏投资有限公司'],
    ['ST and the short name after it', '盘中，ST保千里一泻千里，录得25次累计跌停，市值缩水超9成。', '25次', 'ST保千里'],
    ['the headline name is found again in the body', '獐子岛再现扇贝失踪\n昨晚獐子岛发布公告称存货异常。\n1月30日，獐子岛公告称，预计净利润为亏损5.3-7.2亿元。', '5.3-7.2亿元', '獐子岛'],
    ['a headline name cut short by jieba is read to its full length', '新光圆成实控人掏腰包扫货公司楼盘\n新光圆成公告称，新光圆成拟募资。\n新光圆成2017年净利润不低于14亿元。', '不低于14亿元', '新光圆成'],
    // False positive: a company named by its relation to another is no name.
    ['联营公司 is no name', '中国支付通(08325-HK)发布业绩。\n商誉及联营公司权益减值约4466万港元。', '约4466万港元', '中国支付通'],
  ]);
});

describe('places and the whole country as holders', () => {
  table([
    ['a scope word in the number\'s clause', '新浪期货\n2017年受环保影响，PP新增产能投放进度放缓，截至2017年12月份国内PP产能约为2390万吨/年。', '约为2390万吨/年', '国内'],
    ['a share of the country\'s total', '煤制甲醇占我国甲醇产能的70%左右，天然气制甲醇分别占15%左右。', '70%左右', '我国'],
    ['a national aggregate with no owner is the country\'s', '优财网：华创证券：预计2019年GDP实际增长6.2%', '6.2%', '中国'],
    ['a statistics office publishes its country\'s figures, also for the next clause', '美元上涨，因美国劳工部周五公布，上月非农就业岗位增加20万，高于12月的16万。', '20万', '美国'],
    // False positives: a dateline place, a rank's scope, a setting after 在, a label (世界500强).
    ['a dateline place owns nothing', '新华社芝加哥1月10日电 黄金期价10日比前一交易日上涨5.6美元。', '5.6美元', null],
    ['a rank\'s scope is not its owner', '廊坊开发区深入实施升位争先工程\n廊坊开发区力争用3至5年时间，跻身全国国家级开发区前30强。廊坊开发区再出新成绩。', '前30强', '廊坊开发区'],
    ['a place after 在 is a setting', '彩生活全资子公司深圳市乐家投资有限公司在下沙、沙尾已收获三栋农民房。', '三栋', '乐家投资有限公司'],
  ]);
});

describe('the topic of earlier clauses', () => {
  table([
    ['a company opening an earlier clause owns the figures after it', '其中最引人关注的是华夏航空股份有限公司（简称华夏航空），本次华夏航空由东兴证券承保成功获得IPO批文，拟发行不超过4050万股。', '不超过4050万股', '华夏航空股份有限公司'],
    // False positive: an organisation that forecasts speaks about the figure, it does not own it.
    ['a forecaster opening a clause is not the topic', '菲律宾是经济高速增长明星之一，世界银行预测，到2019年，其经济增长率将超过6%。', '超过6%', '菲律宾'],
  ]);
});

describe('words inside titles name no holder', () => {
  table([['a country in a film title', '始终纠结的《一只小蜜蜂》和《美国黑帮》分别暴跌约62%、53%。', '53%', null]]);
});

describe('names news gives its holders', () => {
  table([
    ['a stock index opening the sentence owns its moves', '过去十年，中小板指春节前5个交易日9涨1跌，上涨概率达九成，平均上涨约2.8%。', '九成', '中小板指'],
    ['a former name is a name: 公司 after it stands for it', '新光圆成（002147.SZ）原名方圆支承，2007年上市。\n方圆支承的下游客户市场持续低迷。2012年公司实现销售收入34477.85万元。', '34477.85万元', '方圆支承'],
    ['places listed with 、 hold a figure together', '据去哪儿网发布的信息显示，北京、上海等地春节前三天飞往三亚航线的平均票价已升至3000元以上。', '3000元以上', '北京、上海'],
    ['a whole district counted', '“全区69个重大产业项目中，除3个项目外，其余66个项目均已开工。', '69个', '全区'],
    // False positives: an index as a verb's object, a counted 公司, places after 在, a ranking label, a verb tagged as a name.
    ['an index after a verb is its object, not the topic', '恒生指数公司将于本周二公布检讨结果，并优化国企指数，将加入共10只红筹股。', '10只', '恒生指数公司'],
    ['a counted 公司 is not the article\'s company', '上市公司发布业绩快报\n红太阳发布公告。\n在披露业绩快报的121家公司中，多数实现增长。', '121家', null],
    ['places after 在 are a setting', '农行纳税e贷在广东、深圳、上海、内蒙等四家分行推出以来，签约客户数就已达到432户。', '432户', '农行'],
    ['a place before N强 is a label', '今年，努力实现世界500强企业投资研发中心“零”的突破。', '零', null],
    ['a word tagged as a name before a year is none', '獐子岛再现扇贝失踪\n獐子岛公告称存货异常，獐子岛预计亏损；修正2017年业绩预期为亏损5.3-7.2亿元。', '5.3-7.2亿元', '獐子岛'],
  ]);
});

describe('holders a ranking names', () => {
  table([
    ['the one named after 最…的为 owns the next clause', '其中净利润增长最快的为浦发银行，前三季度净利增长150.92%，此外民生银行净利增长也达100%。', '150.92%', '浦发银行'],
    ['names after 其次为 are dealt out to the figures after 分别', '在披露业绩快报的121家公司中，其次为中远海特和厦门钨业，净利润增幅分别为378.67%和324.60%。', '324.60%', '厦门钨业'],
    ['a list of places across commas, figures across commas', '创造净利润最多的省份前三名为广东，上海和北京，净利润总和分别为1264.40亿元，1082.41亿元和700.14亿元。', '1082.41亿元', '上海'],
    ['the ranking\'s own count belongs to the names together', '创造净利润最多的省份前三名为广东，上海和北京，净利润总和分别为1264.40亿元，1082.41亿元和700.14亿元。', '前三名', '广东、上海、北京'],
    // False positive: 为 without a ranking names a role, not the holder of what follows.
    ['为 without a ranking is no holder list', '华夏航空发布公告。\n本次发行的主承销商为东兴证券，发行规模为16.77亿元。', '16.77亿元', '华夏航空'],
  ]);
});

describe('a national aggregate goes on through its sentence', () => {
  table([
    ['the next clause of the same sentence', '经济增速从2011年一季度10%逐步回落，到2012年开始破8%。', '破8%', '中国'],
    // False positive: a commodity's net exports are no national aggregate.
    ['net export sales of a commodity', '大豆净出口销售量为-6.1万吨，远远低于此前分析师预计的20万~30万吨水平。', '-6.1万吨', null],
  ]);
});
