import { describe, expect, it } from 'vitest';
import { createAnalyzerSync } from '../../src/pipeline/createAnalyzer.js';
import { expectSpansValid } from '../helpers/spans.js';

/**
 * Sentences written in Hong Kong, Taiwan and Macau news style for these tests, each stating
 * figures from the public source named beside it (wording ours, figures theirs).
 */
interface Row {
  readonly text: string;
  readonly source: string;
  /** Statements expected, as [quoted text, value, unit, change]. */
  readonly statements: readonly (readonly [string, number, string, 'increase' | 'decrease' | null])[];
}

const ROWS: readonly Row[] = [
  {
    text: '台積電1月營收為新台幣2157.85億元，年增率7.9%。',
    source: 'TSMC, January 2024 revenue report (8 Feb 2024): NT$215.79 billion, up 7.9% year over year',
    statements: [['2157.85億元', 215785000000, 'TWD', null], ['7.9%', 7.9, '%', null]],
  },
  {
    text: '台積電1月營收2157.85億元新台幣，年增7.9%，月增22.4%。',
    source: 'TSMC, January 2024 revenue report (8 Feb 2024): up 22.4% from December 2023',
    statements: [['2157.85億元新台幣', 215785000000, 'TWD', null], ['7.9%', 7.9, '%', 'increase'], ['22.4%', 22.4, '%', 'increase']],
  },
  {
    text: '台積電2023年全年營收為新台幣2兆1617.4億元，年減4.5%。',
    source: 'TSMC, fourth-quarter 2023 results (18 Jan 2024): 2023 revenue NT$2,161.74 billion, down 4.5%',
    statements: [['2兆1617.4億元', 2161740000000, 'TWD', null], ['4.5%', 4.5, '%', 'decrease']],
  },
  {
    text: '鴻海2023年營收6兆1622億元新台幣，年減7.38%。',
    source: 'Hon Hai Precision Industry, December 2023 revenue report (5 Jan 2024): 2023 revenue NT$6.16 trillion, down 7.38%',
    statements: [['6兆1622億元新台幣', 6162200000000, 'TWD', null], ['7.38%', 7.38, '%', 'decrease']],
  },
  {
    text: '澳門2023年全年博彩毛收入為1830.6億澳門元。',
    source: 'DICJ (Macau Gaming Inspection and Coordination Bureau), monthly gross gaming revenue, December 2023: MOP 183.06 billion for the year',
    statements: [['1830.6億澳門元', 183060000000, 'MOP', null]],
  },
  {
    text: '財政司司長預計，新財政年度的綜合赤字為港幣481億元。',
    source: 'HKSAR Government, 2024-25 Budget speech (28 Feb 2024): consolidated deficit of $48.1 billion forecast for 2024-25',
    statements: [['481億元', 48100000000, 'HKD', null]],
  },
  {
    text: '特區政府預計，2024至25年度綜合赤字約為481億港幣。',
    source: 'HKSAR Government, 2024-25 Budget speech (28 Feb 2024)',
    statements: [['約為481億港幣', 48100000000, 'HKD', null]],
  },
  {
    text: '香港2023年本地生產總值按年實質增長3.2%。',
    source: 'HKSAR Census and Statistics Department, GDP for 2023 (advance estimates, 31 Jan 2024): real growth 3.2%',
    statements: [['3.2%', 3.2, '%', 'increase']],
  },
];

const analyzer = createAnalyzerSync();

describe('Hong Kong, Taiwan and Macau news sentences', () => {
  it.each(ROWS.map((r) => [r.text, r] as const))('%s', (text, row) => {
    const doc = analyzer.analyze(text, { date: '2024-02-28' });
    expect(doc.script).toBe('traditional');
    expectSpansValid(text, doc);
    const found = doc.statements.map((s) => [s.text, s.value, s.unit, s.change]);
    for (const expected of row.statements) expect(found, row.source).toContainEqual(expected);
  });

  it('年增率 is the level of a growth rate and 營收 is the metric of the amount', () => {
    const doc = analyzer.analyze(ROWS[0]!.text);
    expect(doc.statements.map((s) => s.metric)).toEqual(['营收', '年增率']);
  });

  it('the currency named before the amount is no part of the metric', () => {
    const doc = analyzer.analyze(ROWS[5]!.text);
    expect(doc.statements[0]?.metric).toBe('综合赤字');
  });

  // The segmenter cuts 年增 into 年 / 增; the metric joins split tokens to find the linking verb.
  it('年增7.9% after 營收 gives the metric 营收', () => {
    const doc = analyzer.analyze(ROWS[1]!.text);
    expect(doc.statements[1]?.metric).toBe('营收');
  });

  it.each([
    // false positives: a currency word before the number that is no currency of a 元 amount
    ['每股派息0.5元', 'CNY'],
    ['人民幣匯率中間價報7.1元', 'CNY'],
  ])('%s keeps %s for 元 when no 元-counted currency stands right before it', (text, unit) => {
    const doc = analyzer.analyze(text);
    expect(doc.quantities.map((q) => q.unit)).toEqual([unit]);
  });
});
