import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/types.js';
import { createEntityTagger } from '../../src/entities/index.js';
import { jiebaTokens } from './helpers.js';

const tagger = createEntityTagger();
const rulesOnly = createEntityTagger({ learned: false });
const names = (es: readonly Entity[]): string[] => es.map((e) => e.text);

describe('nested names: the longest well-formed name over a parent and its unit', () => {
  it.each([
    // [parent][unit name][suffix word]
    ['卫生部营养与食品研究所的专家', ['卫生部营养与食品研究所']],
    // [parent][unit name 与][found name]
    ['联合国拉美与加勒比经济委员会发表报告', ['联合国拉美与加勒比经济委员会']],
    // [parent][unit name][one-character unit head], 处 of 处处长 (the unit, then its head's title)
    ['北京市体委场馆处处长', ['北京市体委场馆处']],
  ])('%s → %j (with and without the recogniser)', (text, want) => {
    expect(names(tagger.tag(text, jiebaTokens(text)))).toEqual(want);
    expect(names(rulesOnly.tag(text, jiebaTokens(text)))).toEqual(want);
  });

  it('keeps the parent where it also stands alone', () => {
    const text = '卫生部发布通知，卫生部营养与食品研究所的专家说';
    expect(names(tagger.tag(text, jiebaTokens(text)))).toEqual(['卫生部', '卫生部营养与食品研究所']);
  });

  it('gives the unit the type of its own head', () => {
    const text = '卫生部营养与食品研究所的专家';
    expect(tagger.tag(text, jiebaTokens(text))[0]).toMatchObject({ type: 'institution', source: 'rule', canonical: '卫生部营养与食品研究所' });
  });

  it.each([
    // two names joined by a conjunction, not one name with a conjunction inside
    ['北京大学和清华大学的学生', ['北京大学', '清华大学']],
    ['卫生部和教育部联合发文', ['卫生部', '教育部']],
    // a verb between two names
    ['中国队战胜德国队', ['中国队', '德国队']],
    // a title or a person word after the name is no unit
    ['外交部发言人表示', ['外交部']],
    ['新华社记者报道', ['新华社']],
    // a company's department stays the company (learned/merge: the department is part of it)
    ['海尔集团公司技术中心主任', ['海尔集团公司']],
  ])('%s → %j', (text, want) => {
    expect(names(tagger.tag(text, jiebaTokens(text)))).toEqual(want);
  });

  it('leaves text without words alone (no tokens)', () => {
    expect(names(tagger.tag('卫生部营养与食品研究所的专家', []))).not.toContain('卫生部营养与食品研究所');
  });
});
