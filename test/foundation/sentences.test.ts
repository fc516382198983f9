import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/normalize.js';
import { splitSentences } from '../../src/sentences/splitSentences.js';

function sentences(text: string): string[] {
  const n = normalize(text);
  return splitSentences(n.text).map((s) => n.text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it.each([
    ['full stop, exclamation, question', '今年增长5%。真好！为什么？', ['今年增长5%。', '真好！', '为什么？']],
    ['ASCII end marks and semicolons', 'Fine! Why? 一是创新;二是改革；三是开放', ['Fine!', 'Why?', '一是创新;', '二是改革；', '三是开放']],
    ['never inside a decimal', '增长1.8%,达到3.5亿元。', ['增长1.8%,达到3.5亿元。']],
    ['closing quotes stay with their sentence', '“作为主战场,承载重任。”王平一介绍,他们深入实施了工程。', ['“作为主战场,承载重任。”', '王平一介绍,他们深入实施了工程。']],
    ['closing bracket stays', '（今年实现突破。）下一句。', ['（今年实现突破。）', '下一句。']],
    ['ellipsis', '等等……然后继续。', ['等等……', '然后继续。']],
    ['paragraph breaks end sentences', '持续发力,构建创新生态体系\n\n今年增长5%。', ['持续发力,构建创新生态体系', '今年增长5%。']],
    ['spaces around are not part of a sentence', '  今年增长5%。  \n', ['今年增长5%。']],
    ['whitespace only', ' \n\t\n', []],
  ])('%s', (_name, input, expected) => {
    expect(sentences(input)).toEqual(expected);
  });

  it('marks headlines (lines without end punctuation) as headings', () => {
    const n = normalize('持续发力,构建创新生态体系\n\n今年增长5%。末尾无标点');
    expect(splitSentences(n.text).map((s) => s.heading)).toEqual([true, false, false]);
  });

  it('splits the seed article into its headlines and sentences', () => {
    const seed = readFileSync(new URL('../../fixtures/langfang-development-zone.txt', import.meta.url), 'utf8');
    const list = sentences(seed);
    expect(list[0]).toBe('廊坊开发区深入实施“升位争先工程” 力争用3至5年时间,跻身全国国家级开发区前30强');
    expect(list).toContain('持续发力,构建创新生态体系');
    expect(list).toContain('全区金融机构发放25.9亿元 贷款支持企业复工复产');
    expect(list.some((s) => s.includes('“升位争先工程”提供软环境支撑。'))).toBe(true);
    expect(list.every((s) => !s.includes('\n'))).toBe(true);
  });
});
