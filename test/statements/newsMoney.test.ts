/**
 * Money written without 元 in news (spec "News, legal and business text": money without 元,
 * prices per area): a bare 万/亿 amount whose head noun, metric or clause is money is money; a
 * noun glued after it that is not money (务工人员) keeps it a count. Sentences in the style of
 * Chinese business news.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzerSync } from '../../src/pipeline/createAnalyzer.js';

const analyzer = createAnalyzerSync();

/** [case, sentence, quantity text, unit]. */
const ROWS: readonly (readonly [string, string, string, string])[] = [
  ['a loss and a fine before verbs', '上海清泉前高管炒股亏176万被罚60万。', '176万', 'CNY'],
  ['the money noun glued after the amount', '8年，8亿坏账，自己挖坑自己填。', '8亿', 'CNY'],
  ['a head noun phrase ending in 额度', '美团获批深交所50亿生意贷ABS额度。', '50亿', 'CNY'],
  ['a money noun after 的', '预计2018年可为上市公司增加至少24亿的收入。', '至少24亿', 'CNY'],
  ['a starting level before a verb', '三季度净利从去年同期的228.91亿下跌至213.02亿元。', '228.91亿', 'CNY'],
  ['GDP is money', '珠海2016年GDP2226亿，排在广东第10。', '2226亿', 'CNY'],
  ['a price per area named before the amount', '免税店每平方米年租金29万。', '29万', 'CNY/平方米'],
  ['the currency of the paragraph', '有息负债从不到100亿港币扩张到900多亿。', '900多亿', 'HKD'],
  // Not money: the noun glued after the amount is what it counts; no money word at all.
  ['a count of people', '全省有4386万异地务工人员。', '4386万', ''],
  ['a count of visitors in a money clause', '投资带来了300万游客。', '300万', ''],
  ['no money word', '该市常住人口达到1200万。', '1200万', ''],
];

describe('money without 元 in news', () => {
  it.each(ROWS)('%s', (_name, sentence, text, unit) => {
    const s = analyzer.analyze(sentence).statements.find((x) => x.text === text);
    expect(s, text).toBeDefined();
    expect(s!.unit).toBe(unit);
  });
});
