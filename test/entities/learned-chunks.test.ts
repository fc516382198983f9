import { describe, expect, it } from 'vitest';
import { createEntityTagger } from '../../src/entities/index.js';
import { jiebaTokens } from './helpers.js';

describe('the learned recogniser on a long document', () => {
  it('decodes window by window and finds the same names as in each sentence alone', () => {
    const tagger = createEntityTagger();
    const sentence = '中石油管道等重点项目由华安汽车承建。';
    const one = tagger.tag(sentence, jiebaTokens(sentence)).map((e) => e.text);
    const text = sentence.repeat(600); // 10,800 characters: three pieces
    const tokens = jiebaTokens(text);
    const all = tagger.tag(text, tokens);
    expect(all.length).toBe(one.length * 600);
    for (const e of all) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
