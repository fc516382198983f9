/**
 * Kind in news prose (spec "News, legal and business text": forecast cues, kind without a cue,
 * rules and requirements): the kind rules of src/statements/kind/ on sentences in the style of
 * Chinese financial news, with the rule id each one is decided by (`basis`) and the sentences that
 * look alike but are decided otherwise.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzerSync } from '../../src/pipeline/createAnalyzer.js';

const analyzer = createAnalyzerSync();

/** [case, sentence, quantity text, kind, basis ('': any)]. */
const ROWS: readonly (readonly [string, string, string, string, string])[] = [
  // fact.speakers: a count of the people who expect or say something counts them.
  ['the traders who expect', '在被调查的25位交易商中，只有2位预计年底前金价将低于1400美元/盎司。', '2位', 'fact', 'fact.speakers'],
  ['the traders who say, with an adverb between', '有3位则表示金价将高达1500美元/盎司。', '3位', 'fact', 'fact.speakers'],
  ['the institutions who expect, their noun between', '5家机构预计明年GDP增长6.5%。', '5家', 'fact', 'fact.speakers'],
  ['what they expect stays a forecast', '只有2位预计年底前金价将低于1400美元/盎司。', '低于1400美元/盎司', 'forecast', ''],
  // Not speakers: the count is what is expected.
  ['a count that is expected', '预计将有3家企业上市。', '3家', 'forecast', ''],
  // forecast.assumption: the figures an estimate is built on.
  ['an assumption of an estimate', '以仓位60%计算，会给市场带来400多亿的增量。', '60%', 'forecast', 'forecast.assumption'],
  ['the step of a sensitivity', '根据该行计算，A股每上升10%，对内险企业盈利的正面影响为3%。', '10%', 'forecast', 'forecast.assumption'],
  ['an assumption with 按…计', '按全国推广2亿亩计，每年能增产300亿公斤。', '2亿亩', 'forecast', 'forecast.assumption'],
  // Not assumptions: 以 as a means, 每 + a unit.
  ['以 as a means, nothing computed', '公司以11.27元/股的价格增持了179.1万股。', '11.27元/股', 'fact', ''],
  ['每 before a unit price', '股价每股上涨0.5元。', '0.5元', 'fact', ''],
  // cue.noun-after: an expectation named as the subject of the number.
  ['an expectation as the subject', '与此同时，对白银的预期也介于16.25美元/盎司-30.70美元/盎司区间。', '16.25美元/盎司-30.70美元/盎司', 'forecast', 'cue.noun-after'],
  ['an expectation noun before 为', '另一机构Informa的预估为1.1亿吨。', '1.1亿吨', 'forecast', ''],
  ['慢于预期 does not make the count a forecast', '除3个项目推进进度慢于预期外，其余66个项目推进正常。', '66个', 'fact', ''],
  // A purpose clause continues the plan of the clause before (拟…，用于…).
  ['用于 continues 拟', '本次华夏航空拟发行不超过4050万股融资16.77亿元，用于购买6架飞机以及3台发动机。', '6架', 'target', 'cue'],
  ['用于 after a report stays a fact', '公司去年募集资金16.77亿元，已用于购买6架飞机。', '6架', 'fact', ''],
  // A clause that names its own year reports on it: an earlier 将 does not reach it.
  ['an own year after a market 将', '未来几年丙烯开工率将小幅回升，维持在78%-82%．国内丙烯2016年产能达到3200万吨/年，产量2484万吨。', '2484万吨', 'fact', ''],
];

describe('kind in news prose', () => {
  it.each(ROWS)('%s', (_name, sentence, text, kind, basis) => {
    const s = analyzer.analyze(sentence).statements.find((x) => x.text === text);
    expect(s, text).toBeDefined();
    expect(s!.kind).toBe(kind);
    if (basis !== '') expect(s!.basis).toBe(basis);
  });
});
