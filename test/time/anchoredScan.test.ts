import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLANKS, anchoredScan, type AnchoredScan } from '../../src/time/anchoredScan.js';
import { PATTERN, SCAN } from '../../src/time/expressions.js';

/** The matches of a plain global scan: `index:text` of each. */
function plain(pattern: RegExp, s: string): string[] {
  const re = new RegExp(pattern.source, pattern.flags);
  const out: string[] = [];
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(`${m.index}:${m[0]}`);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** The matches the anchored scan finds, in the same form. */
function scanned(scan: AnchoredScan, s: string): string[] {
  const out: string[] = [];
  if (!scan.hasAnchor(s, 0, s.length)) return out;
  for (let m = scan.next(s, 0); m !== null; m = scan.next(s, m.index + Math.max(1, m[0].length))) out.push(`${m.index}:${m[0]}`);
  return out;
}

// Sentences with every branch of the time pattern, spaced and unspaced, and near misses.
const SENTENCES = [
  '“十四五”期间，十三五规划以来，十五五末',
  '截至2018年3月31日止年度，截至2018年3月31日止财政年度',
  '2021-2025年，2003年-2017年，2016年度-2018年度，2014年、2015年，2016年度与2017年度，2021 - 2025 年',
  '17/18年度，2017/18年度，2017/2018财年，2017/2018榨季，2019/20产季，3/4',
  '自2018年4月高唐农商银行推出信e贷以来，从2012年3月来，1995年撤地建市以来，2021年以来',
  '截至2018年2月2日，截止到2019年12月31日晚间，10日，5日晚，12月21日电，2月 5 日',
  '到2025年底前，至2030年，截至2017年底，2019年前三季度，2020年上半年',
  '今年，去年同期，上一年，本年度一季度，全年，年内，前三季度，第二季度，首季',
  '用3至5年时间，再用两年，经过10至15年，未来三年，今后 5 年左右，花十年',
  '3至5年，三到五年时间，10-20年内，连续26年，近五年，过去三年，前两年，十年来，5年以来',
  '目前，当前，现在，眼下，现时，至此，截至目前，截至发稿，截止收盘，截至收盘，当时，那时候，彼时，届时',
];
// Anchors and starts in words that are no time (日本, 青年, 至少, 当地, 现代化): nothing to find.
const NEAR_MISSES = '日本企业在青年节前后，至少五个，当地现代化，那些彼此';

describe('anchoredScan finds exactly the matches of a plain global scan', () => {
  it('BLANKS is ECMAScript \\s over the whole BMP', () => {
    for (let c = 0; c < 0x10000; c++) expect(BLANKS.includes(String.fromCharCode(c)), `U+${c.toString(16)}`).toBe(/\s/u.test(String.fromCharCode(c)));
  });

  for (const s of SENTENCES) {
    it(`time pattern: ${s.slice(0, 24)}…`, () => {
      const want = plain(PATTERN, s);
      expect(want.length).toBeGreaterThan(0);
      expect(scanned(SCAN, s)).toEqual(want);
    });
  }

  it('time pattern: anchors in words that are no time', () => {
    expect(plain(PATTERN, NEAR_MISSES)).toEqual([]);
    expect(scanned(SCAN, NEAR_MISSES)).toEqual([]);
  });

  it('time pattern on random text made of its own pieces', () => {
    const pieces = [
      ...'0123456789年季日五月度底末初前后来以内时间至到和与及、-—–/ \u3000\n“”"十一二两三四五六七八九自从截止用再花经过未今连续近去当目现眼那彼届全上下半首第规划期财榨产的在，。',
      '今年', '去年', '上一年', '年内', '季度', '目前', '当时', '那时候', '以来', '左右', '时间', '2025', '2017/18', '12月31日',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(scanned(SCAN, s)).toEqual(plain(PATTERN, s));
      }),
      { numRuns: 3000, seed: 13 },
    );
  });

  it('a reach too short loses the farthest match (the check above can fail)', () => {
    const short = anchoredScan(PATTERN, '年季日五目当现眼至截那彼届', '0123456789', 9);
    expect(plain(PATTERN, '2017/2018财年')).toEqual(['0:2017/2018财年']);
    expect(scanned(short, '2017/2018财年')).toEqual(['2:17/2018财年']);
  });

  it('the documented example', () => {
    const scan = anchoredScan(/\d+年/gu, '年', '0123456789', 4);
    expect(scan.next('在2024年和2025年', 6)?.[0]).toBe('2025年');
  });
});
