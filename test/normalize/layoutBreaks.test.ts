import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/normalize.js';

// Which line breaks normalize() removes as page layout (the sentence goes on) and which it keeps
// (a new paragraph, a headline): each rule of continuesOnNextLine, both ways.
describe('layout breaks', () => {
  const prose = '廊坊开发区不断强化创城宣传引导,通过发放市民文明手册、文明环保袋等方式,引导居民';
  it.each([
    ['an unclosed quote goes on', '实施“升\n位争先工程”', '实施“升位争先工程”'],
    ['an unclosed bracket goes on across blank lines', '重点项目（含\n\n\n续建项目）', '重点项目（含续建项目）'],
    ['a closed bracket does not carry the line', '项目（续建）\n新的一行', '项目（续建）\n新的一行'],
    ['a list comma goes on', '人员不足、\n频繁换岗等问题。', '人员不足、频繁换岗等问题。'],
    ['a full stop ends the line', '增长5%。\n下一段。', '增长5%。\n下一段。'],
    ['a closing quote ends the line', '他说“好”\n下一段。', '他说“好”\n下一段。'],
    ['a list number starts a paragraph (一、)', '主要工作有,\n一、招商引资。', '主要工作有,\n一、招商引资。'],
    ['a list number starts a paragraph (2.)', '主要工作有,\n2.招商引资。', '主要工作有,\n2.招商引资。'],
    ['a list number starts a paragraph (3．, folded to 3.)', '主要工作有,\n3．招商引资。', '主要工作有,\n3.招商引资。'],
    ['digits without a list mark are text', '主要工作有,\n2019年招商引资。', '主要工作有,2019年招商引资。'],
    ['a bullet starts a paragraph', '主要工作有,\n●招商引资。', '主要工作有,\n●招商引资。'],
    ['a short unpunctuated next line is a headline', `${prose}\n持续发力`, `${prose}\n持续发力`],
    ['a long line of prose stopping mid-sentence goes on', `${prose}\n树立文明理念。`, `${prose}树立文明理念。`],
    ['a short line stopping mid-sentence is a headline', '持续发力 构建创新生态\n树立文明理念。', '持续发力 构建创新生态\n树立文明理念。'],
    ['trailing spaces and the next indentation go with the break', '实施“升  \n\n\u3000\u3000位争先工程”', '实施“升位争先工程”'],
    ['a blank last line is no next line', '实施“升\n  \n', '实施“升\n  \n'],
  ])('%s', (_name, input, expected) => {
    const n = normalize(input);
    expect(n.text).toBe(expected);
    // every kept unit maps back to the same unit of the input (up to width folding)
    for (let i = 0; i < n.text.length; i++) {
      const unit = input[n.origin[i]!]!;
      expect([unit, unit.normalize('NFKC')]).toContain(n.text[i]);
    }
  });

  it('maps offsets after a removed break in text that was also folded', () => {
    const input = '投入１.８亿元（含\n\n续建项目）';
    const n = normalize(input);
    expect(n.text).toBe('投入1.8亿元（含续建项目）');
    expect(Array.from(n.origin.subarray(7, 10))).toEqual([7, 8, 11]); // （含 then 续 after the break
  });
});
