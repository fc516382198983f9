import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/numbers/index.js';
import type { Comparator, Quantity } from '../../src/numbers/index.js';

/** What we check of one quantity: its text and typed value. */
interface Want {
  readonly text: string;
  readonly value: number | null;
  readonly unit: string;
  readonly comparator?: Comparator;
  readonly min?: number;
  readonly max?: number;
  readonly unitText?: string;
  readonly change?: 'increase' | 'decrease';
}

/** [sentence, the quantities it holds]. Sentences are written in the style of news and work reports. */
const QUANTITIES: readonly (readonly [string, readonly Want[]])[] = [
  // numbers and units
  ['加工能力可达两万吨。', [{ text: '两万吨', value: 20000, unit: '吨', unitText: '万吨' }]],
  ['投资1.43亿美元的项目', [{ text: '1.43亿美元', value: 143000000, unit: 'USD', unitText: '亿美元' }]],
  ['发放25.9亿元贷款', [{ text: '25.9亿元', value: 2590000000, unit: 'CNY' }]],
  ['年产1200万人份体外诊断试剂', [{ text: '1200万人份', value: 12000000, unit: '人份' }]],
  ['规模达到1.8万亿元。', [{ text: '1.8万亿元', value: 1800000000000, unit: 'CNY' }]],
  ['合计233,333，333,434.344元', [{ text: '233,333，333,434.344元', value: 233333333434, unit: 'CNY' }]],
  ['全年接待１７万人次', [{ text: '１７万人次', value: 170000, unit: '人次', unitText: '万人次' }]],
  ['新增装机5万千瓦', [{ text: '5万千瓦', value: 50000, unit: '千瓦', unitText: '万千瓦' }]],
  ['港口吞吐量2329万标准箱', [{ text: '2329万标准箱', value: 23290000, unit: '标准箱' }]],
  ['细颗粒物浓度30.5微克/立方米', [{ text: '30.5微克/立方米', value: 30.5, unit: '微克/立方米' }]],
  ['浓度降至38微克／立方米以下', [{ text: '38微克／立方米以下', value: 38, unit: '微克/立方米', comparator: 'lte' }]],
  ['筹措保障性租赁住房7.2万套（间）', [{ text: '7.2万套（间）', value: 72000, unit: '套' }]],
  ['4386万异地务工人员', [{ text: '4386万', value: 43860000, unit: '', unitText: '万' }]],
  ['签约两个重点项目', [{ text: '两个', value: 2, unit: '个' }]],
  ['实施三项工程', [{ text: '三项', value: 3, unit: '项' }]],
  ['发布四批次清单', [{ text: '四批次', value: 4, unit: '批次' }]],
  ['审批时限压缩至20日', [{ text: '20日', value: 20, unit: '日', comparator: 'lte' }]],
  ['优良天数290天', [{ text: '290天', value: 290, unit: '日', unitText: '天' }]],
  ['审批压缩至55个工作日以内', [{ text: '55个工作日以内', value: 55, unit: '工作日', comparator: 'lte', unitText: '个工作日' }]],
  ['工期3个月', [{ text: '3个月', value: 3, unit: '月' }]],
  ['连续26年全国第一', [{ text: '26年', value: 26, unit: '年' }, { text: '第一', value: 1, unit: 'rank' }]],
  ['共九万零四百吨', [{ text: '九万零四百吨', value: 90400, unit: '吨' }]],
  ['一千二百万元', [{ text: '一千二百万元', value: 12000000, unit: 'CNY', unitText: '万元' }]],
  // a price per share (spec, News: unit prices such as CNY/股)
  ['每股1.95港元', [{ text: '每股1.95港元', value: 1.95, unit: 'HKD/股' }]],
  ['售价$20', [{ text: '$20', value: 20, unit: 'USD' }]],
  ['气温零下四摄氏度', [{ text: '零下四摄氏度', value: -4, unit: '摄氏度' }]],
  ['身高168cm', [{ text: '168cm', value: 168, unit: 'cm' }]],
  ['三斤半', [{ text: '三斤半', value: 3.5, unit: '斤' }]],
  ['用了一个半月', [{ text: '一个半月', value: 1.5, unit: '月' }]],
  ['他的年龄比三十大', [{ text: '比三十大', value: 30, unit: '', comparator: 'gt' }]],
  // percent, per mille, points, multiples, fractions
  ['产品85%用于出口', [{ text: '85%', value: 85, unit: '%' }]],
  ['增长８％', [{ text: '８％', value: 8, unit: '%' }]],
  ['高于全国2.5个百分点', [{ text: '2.5个百分点', value: 2.5, unit: 'pp' }]],
  ['占比百分之九十五', [{ text: '百分之九十五', value: 95, unit: '%', unitText: '百分之' }]],
  ['不良率千分之三', [{ text: '千分之三', value: 3, unit: '‰' }]],
  ['约三成企业', [{ text: '约三成', value: 30, unit: '%', comparator: 'approx' }]],
  ['超过三分之一', [{ text: '超过三分之一', value: 33.3333333333, unit: '%', comparator: 'gt' }]],
  ['打八折', [{ text: '八折', value: 80, unit: '%' }]],
  ['增长2倍', [{ text: '2倍', value: 2, unit: '倍' }]],
  ['开工量实现翻番', [{ text: '翻番', value: 2, unit: '倍', change: 'increase' }]],
  ['收入翻一番', [{ text: '翻一番', value: 2, unit: '倍', change: 'increase' }]],
  ['经济总量翻两番', [{ text: '翻两番', value: 4, unit: '倍', change: 'increase' }]],
  // bounds
  ['投入至少1.8亿元', [{ text: '至少1.8亿元', value: 180000000, unit: 'CNY', comparator: 'gte' }]],
  ['可办率达到95%以上', [{ text: '95%以上', value: 95, unit: '%', comparator: 'gte' }]],
  ['总投资超过10亿元', [{ text: '超过10亿元', value: 1000000000, unit: 'CNY', comparator: 'gt' }]],
  ['里程突破3000公里', [{ text: '突破3000公里', value: 3000, unit: '公里', comparator: 'gt' }]],
  ['参与商家超10万家', [{ text: '超10万家', value: 100000, unit: '家', comparator: 'gt' }]],
  ['完成投资超千亿元', [{ text: '超千亿元', value: 100000000000, unit: 'CNY', comparator: 'gt' }]],
  ['逾500家企业', [{ text: '逾500家', value: 500, unit: '家', comparator: 'gt' }]],
  ['办事30多件', [{ text: '30多件', value: 30, unit: '件', comparator: 'gt' }]],
  ['梳理2100多条', [{ text: '2100多条', value: 2100, unit: '条', comparator: 'gt' }]],
  ['500余家企业', [{ text: '500余家', value: 500, unit: '家', comparator: 'gt' }]],
  ['接待邮轮超过100艘次', [{ text: '超过100艘次', value: 100, unit: '艘次', comparator: 'gt' }]],
  ['30来个', [{ text: '30来个', value: 30, unit: '个', comparator: 'approx' }]],
  // spec "Numbers": approximate numerals are ranges (十几家 → 10–20)
  ['十几万人', [{ text: '十几万人', value: null, min: 100000, max: 200000, unit: '人' }]],
  ['控制在3%以内', [{ text: '3%以内', value: 3, unit: '%', comparator: 'lte' }]],
  ['不超过5天', [{ text: '不超过5天', value: 5, unit: '日', comparator: 'lte' }]],
  ['不低于2000亿元', [{ text: '不低于2000亿元', value: 200000000000, unit: 'CNY', comparator: 'gte' }]],
  ['不少于10万个', [{ text: '不少于10万个', value: 100000, unit: '个', comparator: 'gte' }]],
  ['不足5%', [{ text: '不足5%', value: 5, unit: '%', comparator: 'lt' }]],
  ['增长5%左右', [{ text: '5%左右', value: 5, unit: '%', comparator: 'approx' }]],
  ['降至15%左右', [{ text: '15%左右', value: 15, unit: '%', comparator: 'approx' }]],
  ['约3000人', [{ text: '约3000人', value: 3000, unit: '人', comparator: 'approx' }]],
  ['近3000家', [{ text: '近3000家', value: 3000, unit: '家', comparator: 'approx' }]],
  ['新增托位近1.9万个', [{ text: '近1.9万个', value: 19000, unit: '个', comparator: 'approx' }]],
  ['床位3万张以上', [{ text: '3万张以上', value: 30000, unit: '张', comparator: 'gte' }]],
  ['近3年来', [{ text: '3年', value: 3, unit: '年', comparator: 'eq' }]],
  ['降水量为近50年同期最多', [{ text: '50年', value: 50, unit: '年', comparator: 'eq' }]],
  // ranges
  ['力争用3至5年时间', [{ text: '3至5年', value: null, min: 3, max: 5, unit: '年', comparator: 'range' }]],
  ['3-5年', [{ text: '3-5年', value: null, min: 3, max: 5, unit: '年', comparator: 'range' }]],
  ['三到五年', [{ text: '三到五年', value: null, min: 3, max: 5, unit: '年', comparator: 'range' }]],
  ['5.6到5.78元', [{ text: '5.6到5.78元', value: null, min: 5.6, max: 5.78, unit: 'CNY', comparator: 'range' }]],
  ['投资3至5万元', [{ text: '3至5万元', value: null, min: 30000, max: 50000, unit: 'CNY', comparator: 'range' }]],
  ['20~100个', [{ text: '20~100个', value: null, min: 20, max: 100, unit: '个', comparator: 'range' }]],
  ['在10000与20000之间', [{ text: '10000与20000之间', value: null, min: 10000, max: 20000, unit: '', comparator: 'range' }]],
  // rankings
  ['跻身全国国家级开发区前30强', [{ text: '前30强', value: 30, unit: 'rank', comparator: 'lte' }]],
  ['综合排名第39位，', [{ text: '第39位', value: 39, unit: 'rank', comparator: 'eq' }]],
  ['较上年排名上升14位，', [{ text: '14位', value: 14, unit: 'rank', comparator: 'eq' }]],
  ['居全球城市首位，', [{ text: '首位', value: 1, unit: 'rank' }]],
  ['考核全国第一；', [{ text: '第一', value: 1, unit: 'rank' }]],
  ['进入全球科技集群前三位；', [{ text: '前三位', value: 3, unit: 'rank', comparator: 'lte' }]],
  ['位列前20名', [{ text: '前20名', value: 20, unit: 'rank', comparator: 'lte' }]],
  ['3位专家', [{ text: '3位', value: 3, unit: '位' }]],
  ['城乡居民收入比缩小至2.04∶1', [{ text: '2.04∶1', value: 2.04, unit: '', comparator: 'lte' }]],
  ['7个学科进入前1‰', [{ text: '7个', value: 7, unit: '个' }, { text: '前1‰', value: 1, unit: '‰', comparator: 'lte' }]],
  ['1个学科进入前1‱', [{ text: '1个', value: 1, unit: '个' }, { text: '前1‱', value: 0.01, unit: '%', comparator: 'lte' }]],
  ['力争全年开行2500列以上', [{ text: '2500列以上', value: 2500, unit: '列', comparator: 'gte' }]],
  ['两队交战过14场', [{ text: '14场', value: 14, unit: '场' }]],
  ['240万省外脱贫劳动力', [{ text: '240万', value: 2400000, unit: '' }]],
  ['万余家企业', [{ text: '万余家', value: 10000, unit: '家', comparator: 'gt' }]],
  ['百余项', [{ text: '百余项', value: 100, unit: '项', comparator: 'gt' }]],
  ['近千亿元', [{ text: '近千亿元', value: 100000000000, unit: 'CNY', comparator: 'approx' }]],
  ['5.6%—6%', [{ text: '5.6%—6%', value: null, min: 5.6, max: 6, unit: '%', comparator: 'range' }]],
  ['100元/吨', [{ text: '100元/吨', value: 100, unit: 'CNY/吨' }]],
  ['一季度增长5.4%', [{ text: '5.4%', value: 5.4, unit: '%' }]],
  // from nothing to something
  ['实现总部中心“零”的突破', [{ text: '零', value: 0, unit: '', comparator: 'gt' }]],
  // a noun that starts with a unit or label character is counted bare (unit '')
  ['带动3900多万农户', [{ text: '3900多万', value: 39000000, unit: '', comparator: 'gt' }]],
  ['吸纳了500多万农村劳动力', [{ text: '500多万', value: 5000000, unit: '', comparator: 'gt' }]],
  ['10万大学生', [{ text: '10万', value: 100000, unit: '' }]],
  ['300万中小企业', [{ text: '300万', value: 3000000, unit: '' }]],
  ['200万线上用户', [{ text: '200万', value: 2000000, unit: '' }]],
  ['3万产业工人', [{ text: '3万', value: 30000, unit: '' }]],
  ['1500万户籍人口', [{ text: '1500万', value: 15000000, unit: '', unitText: '万' }]],
  ['2万家政人员', [{ text: '2万', value: 20000, unit: '' }]],
  ['1200万个体工商户', [{ text: '1200万', value: 12000000, unit: '' }]],
  ['100万台式电脑', [{ text: '100万', value: 1000000, unit: '' }]],
  ['2家政府部门', [{ text: '2家', value: 2, unit: '家' }]],
  ['3个体系', [{ text: '3个', value: 3, unit: '个' }]],
  // a noun ending in a label character (室, 表) before a number with a classifier
  ['建设省级质量标准实验室5家', [{ text: '5家', value: 5, unit: '家' }]],
  ['新改造提升村卫生室2万个', [{ text: '2万个', value: 20000, unit: '个' }]],
  ['建成中小学心理辅导室4030个', [{ text: '4030个', value: 4030, unit: '个' }]],
  ['人大代表12名', [{ text: '12名', value: 12, unit: '名' }]],
  ['发表3篇论文', [{ text: '3篇', value: 3, unit: '篇' }]],
  // 类 counts kinds
  ['8类以上', [{ text: '8类以上', value: 8, unit: '类', comparator: 'gte' }]],
  ['12类55件民生实事', [{ text: '12类', value: 12, unit: '类' }, { text: '55件', value: 55, unit: '件' }]],
  // a bare 万, 亿 or 万亿 after a bound word
  ['医药健康产业规模首次突破万亿元', [{ text: '突破万亿元', value: 1e12, unit: 'CNY', comparator: 'gt' }]],
  ['旅游收入破万亿', [{ text: '破万亿', value: 1e12, unit: '', comparator: 'gt' }]],
  ['惠及近万家企业', [{ text: '近万家', value: 10000, unit: '家', comparator: 'approx' }]],
  ['新增信贷规模可能超万亿', [{ text: '超万亿', value: 1e12, unit: '', comparator: 'gt' }]],
  ['吞吐量再次破亿', [{ text: '破亿', value: 1e8, unit: '', comparator: 'gt' }]],
  ['近千家企业', [{ text: '近千家', value: 1000, unit: '家', comparator: 'approx' }]],
  // sports tallies
  ['9胜2平', [{ text: '9胜', value: 9, unit: '胜' }, { text: '2平', value: 2, unit: '平' }]],
  ['取得4连胜', [{ text: '4连胜', value: 4, unit: '连胜' }]],
  ['此前3战全负', [{ text: '3战', value: 3, unit: '战' }]],
  ['前6轮5负1平', [{ text: '6轮', value: 6, unit: '轮' }, { text: '5负', value: 5, unit: '负' }, { text: '1平', value: 1, unit: '平' }]],
  ['建成5个平台', [{ text: '5个', value: 5, unit: '个' }]],
  // comparators
  ['等待冲破1亿＄大关', [{ text: '冲破1亿＄', value: 100000000, unit: 'USD', comparator: 'gt' }]],
  ['集成电路产量增长1倍多', [{ text: '1倍多', value: 1, unit: '倍', comparator: 'gt' }]],
  ['汛期降雨较常年偏多六成', [{ text: '六成', value: 60, unit: '%' }]],
  ['打破3项纪录', [{ text: '3项', value: 3, unit: '项' }]],
  // compound units and ratios
  ['新增危险废物利用处置能力130万吨/年', [{ text: '130万吨/年', value: 1300000, unit: '吨/年', unitText: '万吨/年' }]],
  ['城乡居民收入比缩小至2.31:1', [{ text: '2.31:1', value: 2.31, unit: '', comparator: 'lte' }]],
  ['比例为1:3.4', [{ text: '1:3.4', value: 0.294117647059, unit: '' }]],
  // signs and ages kept
  ['气温-5℃', [{ text: '-5℃', value: -5, unit: '℃' }]],
  ['利润为-5亿元', [{ text: '-5亿元', value: -500000000, unit: 'CNY' }]],
  ['今年80岁老人', [{ text: '80岁', value: 80, unit: '岁' }]],
  ['十几岁的中学生', [{ text: '十几岁', value: null, min: 10, max: 20, unit: '岁' }]],
  ['5年内完成计划', [{ text: '5年', value: 5, unit: '年' }]],
  ['开展五次、六次检查', [{ text: '五次', value: 5, unit: '次' }, { text: '六次', value: 6, unit: '次' }]],
  ['两居室147套', [{ text: '147套', value: 147, unit: '套' }]],
];

/** [sentence, why nothing in it is a quantity]: labelled false-positive rows. */
const NOT_QUANTITIES: readonly (readonly [string, string])[] = [
  ['2019年度', 'a year'],
  ['2025年', 'a year'],
  ['二〇二五年', 'a year in Chinese digits'],
  ['4月9日', 'a date'],
  ['2025年1月13日', 'a date'],
  ['1-11月', 'a span of months'],
  ['2023至2025年', 'a span of years'],
  ['4月11日和12日', 'two days of a month'],
  ['星期六', 'a weekday'],
  ['周五下午', 'a weekday'],
  ['5G网络', 'a name: 5G'],
  ['G20峰会', 'a name: G20'],
  ['世界500强企业', 'a label: 500强'],
  ['“三中心两总部”', 'a label in quotes'],
  ['金融“四个体系”', 'a label in quotes'],
  ['五大机制', 'a bundle name N大X'],
  ['三大先导产业', 'a bundle name N大X'],
  ['党的二十大', 'a congress name'],
  ['一级指标', 'a level'],
  ['4A级景区', 'a level'],
  ['第十四届人民代表大会', 'an ordinal label'],
  ['第一时间', 'an ordinal word'],
  ['第三方公司', 'an ordinal word'],
  ['第一个双休日', 'an ordinal label'],
  ['一是加强领导', 'a list marker'],
  ['（三）优化营商环境', 'a list marker'],
  ['一流企业', 'an idiom'],
  ['一批项目', 'a vague word'],
  ['一系列举措', 'a vague word'],
  ['一罐罐蜂蜜', 'a reduplicated classifier'],
  ['一人多岗', 'an idiom'],
  ['一企一策', 'an idiom'],
  ['两手抓', 'an idiom'],
  ['千方百计', 'an idiom'],
  ['万无一失', 'an idiom'],
  ['零配件', 'a word containing a numeral'],
  ['一体化', 'a word containing a numeral'],
  ['统一', 'a word containing a numeral'],
  ['万一', 'a word containing a numeral'],
  ['十分重要', '十分 means "very"'],
  ['“十四五”规划', 'a plan name'],
  ['十五五时期', 'a plan name'],
  ['两会期间', 'a meeting name'],
  ['〔2025〕3号', 'a document number'],
  ['拨打13812345678', 'a phone number'],
  ['电话0316-1234567', 'a phone number'],
  ['陆地上', '陆 is a word here'],
  ['三年行动计划', 'the name of a plan'],
  ['每万人口', 'a per-capita base'],
  ['访问 https://example.com/a?x=30%25', 'a URL'],
  ['版本1.2.3', 'a version label'],
  ['扩大开放3.0方案', 'a version label'],
  ['12345市民服务热线', 'a hotline number'],
  ['附件1', 'an attachment number'],
  ['核电1、2号机组', 'an enumeration of labels'],
  ['漳州核电2—4号机组', 'a range of labels'],
  ['办好十五运会', 'the name of the games'],
  ['磁器口、十八梯', 'a place name'],
  ['晚上8点30', 'a clock time'],
  ['上世纪70年代', 'a decade'],
  ['台湾“金管会”十五日发布', 'a day of the month'],
  ['新华社北京9日电', 'a dateline'],
  ['会议于15日召开', 'a day of the month'],
  ['违规电动三四轮车', 'a vague "three or four"'],
  ['保持两位数增长', 'a vague word'],
  ['环顾四周', 'a word containing a numeral'],
  ['天开九安海河海棠', 'a name'],
  ['积极推进三门核电三期', 'a place name'],
  ['《生化危机4》', 'a title'],
  ['“两廊两带两区”建设', 'a slogan in quotes'],
  ['战术一成不变', 'an idiom'],
  ['把政治建设摆在首位。', 'first priority, no ranking'],
  ['第十四届全国人大三次会议', 'a session number'],
  ['2024—2025学年', 'a school year'],
  ['拓展一单制、一箱制', 'a policy name'],
  ['2.传奇来了', 'a list marker'],
  ['生产性服务业十年倍增行动', 'a programme name'],
  ['堤防达标加固三年攻坚行动', 'a programme name'],
  ['科技体制改革三年攻坚', 'a programme name'],
  ['九年义务教育', 'a programme name'],
  ['15分钟社区生活圈', 'a programme name'],
  ['15分钟经济圈内', 'a programme name'],
  ['深入实施十年“卓粤”计划', 'a programme name with a quoted name'],
  ['米格－27战斗机', 'a model name'],
  ['歼－20', 'a model name'],
  ['米格-29', 'a model name'],
  ['如鸟之两翼、车之两轮', 'an idiom'],
  ['三次产业比重', 'the three sectors'],
  ['百岁老人', 'a noun: centenarian'],
  ['劣五类水体', 'a water quality class'],
  ['全市首个1类创新药', 'a drug class'],
  ['万家灯火', 'an idiom'],
  ['“千项万亿”工程', 'a slogan'],
  ['二战期间', 'a name: World War II'],
  ['如图2所示', 'a figure number'],
  ['见表3', 'a table number'],
  ['比分3:1', 'a score'],
  ['北京某商业银行一负责房贷的客户经理', '负责 is a verb'],
  ['十二届市委五次、六次全会', 'session numbers'],
];

function pick(q: Quantity): Record<string, unknown> {
  return { text: q.text, value: q.value, unit: q.unit };
}

describe('extractQuantities', () => {
  it.each(QUANTITIES)('%s', (sentence, wants) => {
    const got = extractQuantities(sentence);
    expect(got.map(pick)).toEqual(wants.map((w) => ({ text: w.text, value: w.value, unit: w.unit })));
    got.forEach((q, k) => {
      const w = wants[k];
      if (!w) return;
      expect(sentence.slice(q.start, q.end)).toBe(q.text);
      expect(q.comparator).toBe(w.comparator ?? (w.value === null ? 'range' : 'eq'));
      if (w.min !== undefined) expect([q.min, q.max]).toEqual([w.min, w.max]);
      if (w.unitText !== undefined) expect(q.unitText).toBe(w.unitText);
      expect(q.change).toBe(w.change ?? null);
    });
  });

  it.each(NOT_QUANTITIES)('no quantity in %s (%s)', (sentence) => {
    expect(extractQuantities(sentence)).toEqual([]);
  });

  it('returns [] for an empty string and throws TypeError for a non-string', () => {
    expect(extractQuantities('')).toEqual([]);
    expect(() => extractQuantities(undefined as unknown as string)).toThrow(TypeError);
    expect(() => extractQuantities(42 as unknown as string)).toThrow(/expects a string, got number/);
  });

  it('reads the whole example of the architecture note', () => {
    const text = '华星科技股份有限公司表示，今年将投入至少1.8亿元用于技术改造，力争到2025年底良品率达到９５％以上，审批时限压缩至20个工作日。';
    const got = extractQuantities(text);
    expect(got.map((q) => [q.text, q.value, q.unit, q.comparator])).toEqual([
      ['至少1.8亿元', 180000000, 'CNY', 'gte'],
      ['９５％以上', 95, '%', 'gte'],
      ['20个工作日', 20, '工作日', 'lte'],
    ]);
    for (const q of got) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('returns plain JSON-serialisable objects with every field', () => {
    const [q] = extractQuantities('增长5%');
    expect(JSON.parse(JSON.stringify(q))).toEqual({
      start: 2,
      end: 4,
      text: '5%',
      value: 5,
      min: null,
      max: null,
      unit: '%',
      unitText: '%',
      comparator: 'eq',
      change: null,
      unitKind: 'percent',
      numeral: { start: 2, end: 3, text: '5' },
      duration: false,
      dateLike: false,
    });
  });

  // Known gaps, kept as failing rows with the reason.
  it.fails('reads a range of rankings 第十至第十五位 (rank ranges are not read)', () => {
    expect(extractQuantities('排名第十至第十五位').map((q) => q.comparator)).toEqual(['range']);
  });
  it.fails('skips 十年 in a title-like name without a programme head (联合国生态恢复十年优秀案例)', () => {
    expect(extractQuantities('联合国生态恢复十年优秀案例')).toEqual([]);
  });
  it.fails('skips 一百年 of 建军一百年奋斗目标 (a goal name; no programme head follows N年)', () => {
    expect(extractQuantities('建军一百年奋斗目标')).toEqual([]);
  });
  it.fails('reads 温度-5 as −5 (a dash after a Han word before a unitless whole number reads as a model name, 歼-20)', () => {
    expect(extractQuantities('温度-5').map((q) => q.value)).toEqual([-5]);
  });
  it.fails('reads 两半 as two halves (cn2an does; we need a unit)', () => {
    expect(extractQuantities('切两半').length).toBe(1);
  });
});
