import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '../../src/normalize/normalize.js';

describe('normalize', () => {
  it.each([
    ['full-width digits and percent', '增长１７％', '增长17%'],
    ['full-width letters', 'ＡＢＣ公司', 'ABC公司'],
    ['ideographic and no-break spaces', '廊坊\u3000开发区\u00a0今年', '廊坊 开发区 今年'],
    ['zero-width characters and BOM are dropped', '\ufeff廊\u200b坊\u200d开发区', '廊坊开发区'],
    ['CRLF and CR become LF', '第一段。\r\n第二段。\r第三段。', '第一段。\n第二段。\n第三段。'],
    ['CJK clause punctuation stays full-width', '今年，增长５％；明年：（预计）！？', '今年，增长5%；明年：（预计）！？'],
    ['a layout break inside a quotation is removed', '为开发区实施“升\n\n位争先工程”提供支撑。', '为开发区实施“升位争先工程”提供支撑。'],
    ['a break after a list comma is removed', '存在人员不足、一人多岗、\n\n频繁换岗等问题。', '存在人员不足、一人多岗、频繁换岗等问题。'],
    [
      'a long prose line stopping mid-word is rejoined',
      '今年是廊坊市决战决胜全国文明城市的关键之年,廊坊开发区不断强化创城宣传引导,通过发放市民文明手册、文\n\n\n\n明环保袋等方式,引导居民树立文明理念。',
      '今年是廊坊市决战决胜全国文明城市的关键之年,廊坊开发区不断强化创城宣传引导,通过发放市民文明手册、文明环保袋等方式,引导居民树立文明理念。',
    ],
    ['a headline stays its own line', '持续发力,构建创新生态体系\n\n“我们研制的微型燃气轮机达到国际先进水平。”', '持续发力,构建创新生态体系\n\n“我们研制的微型燃气轮机达到国际先进水平。”'],
    ['a byline after a headline stays', '廊坊开发区深入实施“升位争先工程” 力争用3至5年时间,跻身全国国家级开发区前30强\n\n□河北日报记者 孟宪峰', '廊坊开发区深入实施“升位争先工程” 力争用3至5年时间,跻身全国国家级开发区前30强\n\n□河北日报记者 孟宪峰'],
    ['empty text', '', ''],
  ])('%s', (_name, input, expected) => {
    const n = normalize(input);
    expect(n.text).toBe(expected);
    expect(n.origin.length).toBe(n.text.length);
  });

  it('maps every normalised span back to the original', () => {
    const input = '\ufeff为实施“升\r\n\r\n位争先工程”投入１.８亿元。';
    const n = normalize(input);
    const at = n.text.indexOf('升位');
    const span = toOriginalSpan(n, at, at + 2);
    expect(input.slice(span.start, span.end)).toBe('升\r\n\r\n位');
    const money = n.text.indexOf('1.8亿元');
    const m = toOriginalSpan(n, money, money + 5);
    expect(input.slice(m.start, m.end)).toBe('１.８亿元');
  });
});
