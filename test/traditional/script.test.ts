import { describe, expect, it } from 'vitest';
import { detectScript } from '../../src/normalize/detectScript.js';
import { normalize, SpanMap, toOriginalSpan } from '../../src/normalize/normalize.js';
import { conversionChain } from '../../src/normalize/openccData.js';
import { toSimplified } from '../../src/normalize/toSimplified.js';

describe('detectScript', () => {
  it.each([
    ['台積電1月營收年增率達7.9%', 'traditional'],
    ['澳門2023年博彩毛收入為1830億澳門元', 'traditional'],
    ['長江和記實業有限公司公布業績', 'traditional'],
    ['台积电1月营收同比增长7.9%', 'simplified'],
    ['廊坊开发区将投入至少1.8亿元', 'simplified'],
    // only characters both scripts share: nothing to convert
    ['中国人民银行', 'simplified'],
    ['Revenue rose 7.9% in January', 'simplified'],
    ['', 'simplified'],
    // a simplified article quoting one traditional name stays simplified
    ['据报道，香港的長和集团今年营收增长了百分之五，公司表示将继续扩大投资规模', 'simplified'],
    // a traditional article with a few simplified-only forms (Hong Kong writes 着) stays traditional
    ['港府着力發展創新科技，預計明年經濟增長2%至3%', 'traditional'],
  ] as const)('%s → %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });
});

describe('toSimplified', () => {
  it('converts characters one to one with OpenCC data, Hong Kong and Taiwan forms alike', () => {
    const c = toSimplified('台積電營收年增率，港幣、新台幣、澳門元；着眼於綫上');
    expect(c.text).toBe('台积电营收年增率，港币、新台币、澳门元；着眼于线上');
    // null ranges: output unit i is input unit i
    expect(c.start).toBeNull();
    expect(c.end).toBeNull();
  });

  it('keeps phrases OpenCC protects (乾隆 is not 干隆)', () => {
    expect(toSimplified('乾隆年間').text).toBe('乾隆年间');
  });

  it('maps a phrase that changes length back to the whole phrase (regional phrase chain)', () => {
    const c = toSimplified('記憶體營收', conversionChain({ phrases: true }));
    expect(c.text).toBe('内存营收');
    expect([c.start?.[0], c.end?.[0], c.start?.[1], c.end?.[1]]).toEqual([0, 3, 0, 3]);
    expect([c.start?.[2], c.end?.[2]]).toEqual([3, 4]);
  });

  it('maps a character whose simplified form is astral (one unit to two) to the one unit', () => {
    const c = toSimplified('㗲x');
    expect(c.text).toBe('𠵾x');
    expect(Array.from(c.start ?? [])).toEqual([0, 0, 1]);
    expect(Array.from(c.end ?? [])).toEqual([1, 1, 2]);
  });

  it('leaves text without traditional characters as it is', () => {
    const text = 'GDP增长6.2%，abc';
    expect(toSimplified(text).text).toBe(text);
  });
});

describe('normalize with scripts', () => {
  it('auto converts traditional text and reports the script', () => {
    const n = normalize('營收年增率達３成\r\n');
    expect(n.script).toBe('traditional');
    expect(n.text).toBe('营收年增率达3成\n');
    expect(toOriginalSpan(n, 0, 5)).toEqual({ start: 0, end: 5 });
  });

  it('auto leaves simplified text unconverted', () => {
    const n = normalize('营收同比增长３成');
    expect(n.script).toBe('simplified');
    expect(n.text).toBe('营收同比增长3成');
    expect(n.originEnd).toBeUndefined();
  });

  it('the script option forces or skips the conversion', () => {
    expect(normalize('營收', { script: 'simplified' }).text).toBe('營收');
    // forced on a text with few marks (one traditional character beside simplified ones)
    expect(normalize('长和集團', { script: 'traditional' }).text).toBe('长和集团');
    expect(normalize('长和集團', { script: 'traditional' }).script).toBe('traditional');
  });

  it('composes the conversion with the removal of layout breaks and dropped characters', () => {
    const original = '\uFEFF國家商務部公佈了\n評價結果，營收增長';
    const n = normalize(original);
    expect(n.text).toBe('国家商务部公布了\n评价结果，营收增长');
    const at = n.text.indexOf('营收');
    expect(toOriginalSpan(n, at, at + 2)).toEqual({ start: original.indexOf('營收'), end: original.indexOf('營收') + 2 });
  });

  it('maps spans back, telling converted spans from untouched ones', () => {
    const original = '鴻海 2023 revenue';
    const spans = new SpanMap(normalize(original));
    expect(spans.map(0, 2)).toBe(false); // 鸿海: the item's text must come from the original
    expect([spans.start, spans.end]).toEqual([0, 2]);
    expect(spans.map(3, 7)).toBe(true);
    expect([spans.start, spans.end]).toEqual([3, 7]);
  });

  it('maps spans across dropped characters and a phrase of another length', () => {
    const original = '\uFEFF營收，㗲x';
    const n = normalize(original);
    expect(n.text).toBe('营收，𠵾x');
    const spans = new SpanMap(n);
    expect(spans.map(0, 2)).toBe(false);
    expect([spans.start, spans.end]).toEqual([1, 3]);
    expect(spans.map(2, 3)).toBe(true); // ，unchanged, after the dropped BOM
    expect([spans.start, spans.end]).toEqual([3, 4]);
    expect(spans.map(3, 5)).toBe(false); // the astral form of one unit
    expect([spans.start, spans.end]).toEqual([4, 5]);
    expect(spans.map(5, 6)).toBe(true);
    expect([spans.start, spans.end]).toEqual([5, 6]);
    expect(spans.map(6, 6)).toBe(true); // empty at the end
    expect([spans.start, spans.end]).toEqual([6, 6]);
  });
});

describe('toSimplified on long texts', () => {
  it('converts a text longer than the reused buffers, then a short one, with their own ranges', () => {
    const long = '記憶體營收，'.repeat(400_000); // 2.4 M units: past the buffers kept between texts
    const c = toSimplified(long, conversionChain({ phrases: true }));
    expect(c.text.length).toBe(long.length - 400_000);
    expect(c.text.slice(0, 10)).toBe('内存营收，内存营收，');
    expect([c.start?.[c.text.length - 1], c.end?.[c.text.length - 1]]).toEqual([long.length - 1, long.length]);
    const short = toSimplified('營收');
    expect(short).toEqual({ text: '营收', start: null, end: null });
  });
});
