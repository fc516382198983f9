/**
 * Words that decide a statement's kind and change. Matched against whole tokens (or token
 * sequences), never substrings, so 主要 never reads as 要. Read by statements (kind rules,
 * change, metric) and by the lexicon tests.
 */

/** Production or processing capability: 年产1000台, 年加工处理蜂蜜能力可达两万吨. */
export const CAPACITY_CUES = ['年产', '产能', '年加工', '年处理', '日处理', '日产', '年生产', '处理能力', '加工能力', '生产能力', '装机容量', '装机', '设计能力', '吞吐能力', '能力'];

/** An expectation that is not a commitment. */
export const FORECAST_CUES = ['预计', '有望', '可望', '即将', '预测', '估计', '将会', '预期', '可能', '预估', '料', '料将', '预料', '估算', '测算', '认为', '看好', '或将', '望'];

/**
 * Forecast cues that are nouns when a function word or a possessor stands before them
 * (慢于预期, 他们的预期, 市场预期有那么好): then they report an expectation, they make none.
 */
export const FORECAST_NOUN_BEFORE = ['于', '的', '超', '超出', '低于', '高于', '不及', '符合', '好于', '差于', '之前', '此前'];

/** 会 is a forecast (经济会到7%左右) only as a modal before a verb or preposition, not in 大会 or 会议. */
export const MODAL_FORECAST = ['会', '将会', '还会', '也会', '或会'];

/** A goal, plan or requirement. */
export const TARGET_CUES = ['力争', '确保', '目标', '计划', '争取', '力求', '努力', '要', '将', '拟', '拟将', '规划', '预期目标', '推动', '希望', '承诺', '规定', '须', '必须', '应当', '约定', '需', '需要', '不得', '禁止', '计划将', '拟以', '将要'];

/**
 * Cues whose reach is their own clause only: 规划面积1.25平方公里，总投资100亿元 plans the area, not
 * the investment reported after the comma.
 */
export const CLAUSE_ONLY_CUES = ['规划', '计划', '拟', '拟以'];

/** Strong commitments: a forecast further back does not override them (力争…预计 keeps the target). */
export const STRONG_TARGET_CUES = ['力争', '确保', '目标', '计划', '争取', '力求', '承诺', '规定', '不得', '必须'];

/**
 * Words of a rule, a contract or a limit: a number they bound is a requirement, not a result
 * (单个账户认购金额不超过1万元, 净利润不低于14亿元, 门槛, 阈值). Matched in the quantity's own
 * text (its bound word) or as the head noun of its metric.
 */
export const RULE_BOUNDS = ['不超过', '不低于', '不少于', '不高于', '不多于', '不得超过', '不得低于', '不能超过', '不能低于', '最高不超过', '最低不低于', '上限', '下限'];
export const RULE_NOUNS = ['阈值', '阀值', '门槛', '上限', '下限', '限额', '最低持仓量', '标准'];

/** Contrast conjunctions: a cue before them does not govern the clause they open (没有预期那么好，但是…). */
export const CONTRAST_WORDS = ['但', '但是', '然而', '不过', '可是', '而是'];

/** Nouns after `的` that name the kind of the number before them: 低于6.7%的预估, 1000亿元的目标. */
export const KIND_NOUNS_AFTER: Readonly<Record<string, 'forecast' | 'target'>> = {
  预估: 'forecast', 预期: 'forecast', 预测: 'forecast', 预测值: 'forecast', 预期值: 'forecast', 预估值: 'forecast',
  目标: 'target', 目标值: 'target', 计划: 'target',
};

/**
 * Measures of a market or an economy rather than of an actor's own decision: what 将 says of
 * them is an expectation (黄金价格将涨至1460美元, 开工率将回升), not a plan.
 */
export const MARKET_MEASURES = ['价', '价格', '金价', '油价', '股价', '房价', '期价', '指数', '汇率', '利率', '开工率', '增速', '增长率', '涨幅', '跌幅', '产量', '进口量', '出口量', '消费量', '需求', '供应', '收益率', '负债率', '资产负债率', '市值', '票房', '销量', '均价', '库存', '通胀', '市场规模'];

/** An achieved or observed value. */
export const FACT_CUES = ['已', '已经', '累计', '完成', '实现了', '达到了', '去年', '据统计', '目前', '截至', '以来', '同比', '初步统计', '了', '曾', '曾经', '录得', '报收', '收于', '收报', '收盘', '披露', '公布', '显示'];

/**
 * Verbs of saying and expecting after a count of people or bodies (2位预计, 3家机构认为, 有3位则表示):
 * the number counts the speakers.
 */
export const SPEAKER_VERBS = ['预计', '预期', '预测', '预估', '估计', '认为', '表示', '称', '看好', '看空', '判断', '指出', '相信'];

/** Capacity nouns that make a number after them, or the noun right after a number, a capacity (40万吨PP产能). */
export const CAPACITY_NOUNS = ['产能', '新增产能', '总产能', '设计产能', '总库容', '库容', '装机容量', '受益人口', '灌溉面积', '设计能力', '吞吐能力', '处理能力', '加工能力', '生产能力'];

/** Uses of capacity that are observations, not capacities (产能利用率, 开工率). */
export const CAPACITY_USE = ['利用率', '开工率', '产能利用率'];

/** A number right after 由 and before a change *to* a level is the level it starts from: a fact (拟由2.5万元提高至5万元). */
export const STARTING_LEVEL = ['由', '从'];

/** Verbs of change *by* an amount. */
// 年增/年减 (Taiwan) and 按年 (Hong Kong) say year on year, as 同比增长 does.
export const INCREASE_VERBS = ['年增', '增长', '增加', '提高', '上升', '新增', '扩大', '提升', '增', '上涨', '增开', '增收', '攀升', '反弹', '回升', '涨', '大涨', '走高', '升', '扩增', '收涨', '飙升', '暴涨', '增持'];
export const DECREASE_VERBS = ['年减', '下降', '减少', '降低', '压减', '缩小', '减', '降', '下跌', '缩减', '减排', '回落', '下滑', '跳水', '萎缩', '跌', '大跌', '收跌', '走低', '减持', '暴跌', '下挫', '缩水'];

/** After a change verb these make it a change *to* a level (提高到57.9件). */
export const TO_LEVEL = ['到', '至', '为'];

/** Indicator names where 新增 is part of the name, not a change (城镇新增就业30万人). */
export const FIXED_TERMS = ['新增就业', '新增专项债券', '新增债券', '新增地方政府债券', '新增贷款'];

/** Rate nouns: the number is the rate's level, not a change (居民消费价格涨幅2%左右). */
export const RATE_NOUNS = ['涨幅', '增速', '增幅', '增长率', '降幅', '增长速度', '年增率'];

/** Currencies named before an amount (营收为新台币2157.85亿元): no part of the metric. */
export const CURRENCY_NAMES = ['人民币', '美元', '港币', '港元', '新台币', '台币', '澳门元', '澳门币', '欧元', '日元'];

/**
 * Verbs and adverbs that link a metric to its number and are not part of the metric
 * (达到, 增长, 控制在…). Stripped from the end of the words before a quantity.
 */
export const LINKING_WORDS = [
  '达到', '达', '可', '为', '是', '至', '到', '实现', '保持', '完成', '占', '有', '共', '均', '分别', '约', '近', '超', '超过', '突破', '可达',
  '累计', '累计达', '增至', '提高到', '提升到', '提升至', '降至', '降到', '下降到', '减少到', '压缩至', '压缩到', '缩短至', '缩短到', '控制在',
  '恢复至', '恢复到', '扩展到', '扩大到', '调整到', '调整为', '居', '位居', '位列', '排在', '控制', '压缩', '缩短', '稳定', '恢复', '调整', '扩展', '跻身', '进入', '稳定在', '保持在',
  '增长', '增加', '提高', '上升', '新增', '扩大', '提升', '下降', '减少', '降低', '压减', '缩小', '不低于', '不少于', '不超过', '高于', '低于',
  '同比', '比上年', '较上年', '年均', '连续', '分别达到', '均达到', '均实现', '已', '已经', '再', '将', '要', '力争', '确保', '达成', '了', '在',
  '高达', '报', '收于', '环比', '按年', '逼近', '触及', '升穿', '跌破', '站稳', '涨至', '跌至', '升至', '录得',
  // Every verb of change links its metric to the number (价格攀升5%: the metric is 价格).
  ...INCREASE_VERBS, ...DECREASE_VERBS,
  ...CURRENCY_NAMES,
];

/** Words that frame a clause and never belong to a metric. */
export const FRAME_WORDS = new Set([
  ...TARGET_CUES, ...FORECAST_CUES, '已', '已经', '累计', '其中', '以及', '并', '并且', '同时', '实现', '达到', '跻身', '位居', '居', '开展', '全面', '持续', '进一步', '积极', '大力', '深入', '加快', '不断',
]);

/**
 * Words of money: with one of them as the head noun (or in the clause), a bare 万/亿 amount is
 * money (亏损176万, 净利228.91亿, 额度最高300万, 坏账8亿).
 */
export const MONEY_WORDS = [
  '元', '资金', '金额', '投资', '融资', '募资', '募集', '收入', '营收', '利润', '净利', '盈利', '亏损', '亏', '损失', '罚', '罚款', '额度', '贷款',
  '成本', '费用', '坏账', '负债', '债务', '资产', '市值', '销售额', '成交额', '交易额', '规模', '套现', '薪', '酬', '租金', '收益', '保费',
  '存款', '余额', '估值', '价款', '花了', '花费', '耗资', '支付', '赔偿', '补贴', '拨付', '增量资金', '资本', '营业额', '税', '基金',
  // Output and prices are counted in money too (GDP2226亿, 地区生产总值, 价格), and so are spending and pay.
  'GDP', '生产总值', '产值', '增加值', '价格', '贷', '开支', '支出', '预算', '经费', '利息', '工资', '年薪', '身家', '出资', '回款', '捐',
];
