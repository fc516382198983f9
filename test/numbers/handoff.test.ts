import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/numbers/index.js';
import type { UnitKind } from '../../src/numbers/index.js';

// What numbers hands to statements, so statements never re-reads the text for it.
const CASES: readonly [text: string, quantity: string, unitKind: UnitKind, numeral: string, duration: boolean, dateLike: boolean][] = [
  ['投入至少1.8亿元', '至少1.8亿元', 'currency', '1.8亿', false, false],
  ['投资3至5万元', '3至5万元', 'currency', '3至5万', false, false],
  ['用3至5年时间', '3至5年', 'duration', '3至5', true, false],
  ['压缩至20个工作日', '20个工作日', 'duration', '20', true, false],
  ['位居全国第3位', '第3位', 'rank', '3', false, false],
  ['增长百分之九十五', '百分之九十五', 'percent', '九十五', false, false],
  ['提高2个百分点', '2个百分点', 'pp', '2', false, false],
  ['卡斯特罗30日会见', '30日', 'duration', '30', true, true],
  ['历时20天', '20天', 'duration', '20', true, false],
  ['产量1500吨', '1500吨', 'measure', '1500', false, false],
  ['企业200家', '200家', 'count', '200', false, false],
  ['收入$5', '$5', 'currency', '5', false, false],
  ['翻一番', '翻一番', 'times', '翻一番', false, false],
  ['共有2025人', '2025人', 'count', '2025', false, false],
];

describe('quantity hand-off: unit kind, numeral span, date and duration flags', () => {
  for (const [text, quantity, unitKind, numeral, duration, dateLike] of CASES) {
    it(`${text} → ${quantity}`, () => {
      const q = extractQuantities(text).find((x) => x.text === quantity);
      expect(q).toBeDefined();
      expect({ unitKind: q!.unitKind, numeral: q!.numeral.text, duration: q!.duration, dateLike: q!.dateLike }).toEqual({
        unitKind,
        numeral,
        duration,
        dateLike,
      });
    });
  }

  it('the numeral span lies inside the quantity and is the text it names', () => {
    const alphabet = [...'0123456789一二三四五六七八九十百千万亿两半至到多余约近超过以上下左右元美吨年月日天个家%，。比增长下降第位前'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        for (const q of extractQuantities(text)) {
          expect(q.start <= q.numeral.start && q.numeral.end <= q.end).toBe(true);
          expect(text.slice(q.numeral.start, q.numeral.end)).toBe(q.numeral.text);
          expect(q.duration).toBe(q.unitKind === 'duration');
        }
      }),
      { numRuns: 1000 },
    );
  });
});
