/**
 * Words that decide a statement's kind and change. Matched against whole tokens (or token
 * sequences), never substrings, so 主要 never reads as 要.
 */

/** Production or processing capability: 年产1000台, 年加工处理蜂蜜能力可达两万吨. */
export const CAPACITY_CUES = ['年产', '产能', '年加工', '年处理', '日处理', '日产', '年生产', '处理能力', '加工能力', '生产能力', '装机容量', '装机', '设计能力', '吞吐能力', '能力'];

/** An expectation that is not a commitment. */
export const FORECAST_CUES = ['预计', '有望', '可望', '即将', '预测', '估计', '将会', '预期', '可能'];

/** A goal, plan or requirement. */
export const TARGET_CUES = ['力争', '确保', '目标', '计划', '争取', '力求', '努力', '要', '将', '拟', '规划', '预期目标', '推动'];

/** An achieved or observed value. */
export const FACT_CUES = ['已', '已经', '累计', '完成', '实现了', '达到了', '去年', '据统计', '目前', '截至', '以来', '同比', '初步统计', '了'];

/** Verbs of change *by* an amount. */
export const INCREASE_VERBS = ['增长', '增加', '提高', '上升', '新增', '扩大', '提升', '增', '上涨', '增开', '增收', '攀升', '反弹', '回升'];
export const DECREASE_VERBS = ['下降', '减少', '降低', '压减', '缩小', '减', '降', '下跌', '缩减', '减排', '回落', '下滑', '跳水', '萎缩'];

/** After a change verb these make it a change *to* a level (提高到57.9件). */
export const TO_LEVEL = ['到', '至', '为'];

/** Indicator names where 新增 is part of the name, not a change (城镇新增就业30万人). */
export const FIXED_TERMS = ['新增就业', '新增专项债券', '新增债券', '新增地方政府债券', '新增贷款'];

/** Rate nouns: the number is the rate's level, not a change (居民消费价格涨幅2%左右). */
export const RATE_NOUNS = ['涨幅', '增速', '增幅', '增长率', '降幅', '增长速度'];

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
];

/** Words that frame a clause and never belong to a metric. */
export const FRAME_WORDS = new Set([
  ...TARGET_CUES, ...FORECAST_CUES, '已', '已经', '累计', '其中', '以及', '并', '并且', '同时', '实现', '达到', '跻身', '位居', '居', '开展', '全面', '持续', '进一步', '积极', '大力', '深入', '加快', '不断',
]);
