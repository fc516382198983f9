import { describe, expect, it } from 'vitest';
import { findAtomicSpans, scanAtomicSpans } from '../../src/segment/atomicSpans.js';
import { SpanBuffer } from '../../src/segment/jieba/spanBuffer.js';

/** The spans as `text:pos` strings, easy to read in a table. */
function spans(text: string, from?: number, to?: number): string[] {
  return findAtomicSpans(text, from, to).map((s) => `${text.slice(s.start, s.end)}:${s.pos}`);
}

describe('findAtomicSpans', () => {
  it.each([
    ['a decimal with a magnitude', '投入1.8亿元', ['1.8亿:m']],
    ['thousands groups', '共1,200,000人', ['1,200,000:m']],
    ['a comma not followed by exactly three digits', '1,20人和3,4567人', ['20:m', '4567:m']],
    ['percent and per mille', '增长17%,下降3‰', ['17%:m', '3‰:m']],
    ['at most three magnitudes', '5十百千万元', ['5十百千:m']],
    ['a year', '2019年增长', ['2019年:t']],
    ['a fiscal year is one word', '2019年度报告', ['2019年度:t']],
    ['a month and a day after it', '4月12日召开', ['4月:t', '12日:t']],
    ['a day number without a month before it is no date', '第12号文件', ['12:m']],
    ['a count of months (12个月) is no date', '用了12个月', ['12:m']],
    ['a three-digit year is no date', '公元前221年', ['221:m']],
    ['month 13 is no date', '13月', ['13:m']],
    ['4月份 is a month count unit, not a date', '4月份', []],
    ['a decimal is no date', '1.5月', ['1.5:m']],
    ['ASCII words, with inner hyphen, dot and underscore', 'COVID-19和node.js及a_b', ['COVID-19:eng', 'node.js:eng', 'a_b:eng']],
    ['a digit-led label', '5G网络和3D打印', ['5G:eng', '3D:eng']],
    ['single digits stay out (jieba keeps them whole anyway)', '第1名', []],
    ['full-width digits are not ASCII', '１２３', []],
    ['no digit or letter', '廊坊开发区。', []],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('stays inside [from, to) for the number itself', () => {
    expect(spans('投入1.8亿元', 2, 5)).toEqual(['1.8:m']);
    expect(spans('ab12cd', 1, 5)).toEqual(['b12c:eng']);
  });

  it('writes kinds into a buffer without objects', () => {
    const out = new SpanBuffer(1);
    scanAtomicSpans('5G在2019年增长17%', 0, 14, out);
    expect(Array.from(out.tags.subarray(0, out.length))).toEqual([1, 2, 0]);
    expect(Array.from(out.starts.subarray(0, out.length))).toEqual([0, 3, 10]);
  });
});
