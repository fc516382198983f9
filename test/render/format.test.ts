import { describe, expect, it } from 'vitest';
import { escapeAttr, escapeHtml } from '../../src/render/escape.js';
import { chineseMagnitude, formatHorizon, formatNumber, formatValue, horizonYear } from '../../src/render/format.js';
import { entityBadge, subtypeLabel } from '../../src/render/labels.js';
import { plainHtml } from '../../src/render/plainText.js';

describe('render formatting', () => {
  it('escapes text and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeAttr('a\r\nb\nc')).toBe('a&#10;b&#10;c');
  });

  it('formats numbers in base units exactly, with 万/亿 hints', () => {
    expect(formatNumber(180000000)).toBe('180,000,000');
    expect(formatNumber(33.3333333333)).toBe('33.3333333333');
    expect(formatNumber(-1234567.5)).toBe('-1,234,567.5');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1e21)).toBe('1e+21');
    expect(chineseMagnitude(2590000000)).toBe('25.9亿');
    expect(chineseMagnitude(12000000)).toBe('1200万');
    expect(chineseMagnitude(9999)).toBeNull();
  });

  it('formats comparator, value and unit, and horizons', () => {
    expect(formatValue({ comparator: 'approx', value: 2, min: null, max: null, unit: '%' })).toBe('≈ 2 %');
    expect(formatValue({ comparator: 'eq', value: 16, min: null, max: null, unit: '' })).toBe('= 16');
    expect(formatValue({ comparator: 'range', value: null, min: 3, max: null, unit: '年' })).toBe('3–? 年');
    expect(formatHorizon({ text: '到2027年', from: 2020, to: 2027 })).toBe('到2027年 (2020–2027)');
    expect(formatHorizon({ text: '近年来' })).toBe('近年来');
    expect(horizonYear({ text: '2019年以来', from: 2019 })).toBe(2019);
    expect(horizonYear(null)).toBeNull();
  });

  it('labels open subtypes as written', () => {
    expect(subtypeLabel('port')).toBe('port');
    expect(entityBadge('institution', 'hospital')).toBe('医院');
    expect(entityBadge('institution', 'port')).toBe('机构·port');
  });

  it('folds blank-line runs for display without losing characters', () => {
    expect(plainHtml('\n\n\n标题\n\n段\n\n\n\n', true, true)).toBe('<span class="xnl">\n\n\n</span>标题\n\n段<span class="xnl">\n\n\n\n</span>');
    expect(plainHtml('a\r\n \r\n\r\n\u3000\u3000b', false, false)).toBe('a\r\n \r\n<span class="xnl">\r\n</span>\u3000\u3000b');
  });
});
