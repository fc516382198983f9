/**
 * Time words of news and reports, with what they mean relative to the article's year. Read by
 * the time stage (src/time/) to build its pattern, and by the lexicon tests.
 */

/** Words that name a year relative to the article: 今年 0, 去年 -1, 明年 +1. */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  今年: 0, 本年: 0, 本年度: 0, 当年: 0, 去年: -1, 上年: -1, 上一年: -1, 明年: 1, 前年: -2, 后年: 2,
};

/**
 * Parts of the year in view (全年, 上半年, 一季度, 前三季度, 年底前): they date a number to the year
 * being talked about without naming it.
 */
export const YEAR_PARTS: readonly string[] = [
  '全年', '年内', '年底前', '年底', '年末', '年初', '年中', '上半年', '下半年', '前三季度', '前三季', '一季度', '二季度', '三季度', '四季度',
  '第一季度', '第二季度', '第三季度', '第四季度', '首季',
];

/** Words before a number of years that look back (近五年, 过去三年): a span of past years. */
export const PAST_LEADERS: readonly string[] = ['近', '过去', '前', '最近'];

/** Words before a number of years that look ahead (用3年时间, 未来3年): a deadline, not an amount. */
export const AHEAD_LEADERS: readonly string[] = ['用', '再用', '花', '经过', '未来', '今后'];

/**
 * Words right after a duration that turn it into a time window (3年内, 十年来, 十五年间, 三年前,
 * 这十年里): the number says when, it states no amount.
 */
export const WINDOW_FOLLOWERS: readonly string[] = ['内', '之内', '来', '以来', '间', '之间', '里', '前', '之前', '后', '之后', '以后', '末', '初', '底', '均值', '平均', '期间'];

/** Words right before a duration that make it a window of time around an anchor (前11个月, 春节前8个交易日, 未来3个月). */
export const WINDOW_LEADERS: readonly string[] = ['前', '近', '过去', '未来', '今后', '最近', '这', '此后', '此前'];

/** Words of the article's own time (spec: 目前, 现在, 眼下, 当前 take the document year). */
export const NOW_WORDS: readonly string[] = ['目前', '当前', '现在', '眼下', '现时', '至此', '截至目前', '截至发稿', '截止收盘', '截至收盘'];

/**
 * Words that point back to a time named elsewhere (当时, 那时, 彼时) or ahead to one (届时): the
 * statement's time is that one, which the words do not name, so they resolve to no year and stop
 * an earlier sentence's time words from carrying on (当时，原价40多元的盐被卖到了600元).
 */
export const THEN_WORDS: readonly string[] = ['当时', '那时', '那时候', '彼时', '届时'];
