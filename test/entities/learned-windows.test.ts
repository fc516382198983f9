import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEntityTagger } from '../../src/entities/index.js';
import { loadRuleData } from '../../src/entities/builtinRules.js';
import { extractFeatures, FEATURES_PER_CHAR, LABELS } from '../../src/entities/learned/features.js';
import { loadOrgModel } from '../../src/entities/learned/load.js';
import { decode } from '../../src/entities/learned/model.js';
import { plausibleWindows } from '../../src/entities/learned/windows.js';
import { indexTokens, tokenArraysOf } from '../../src/entities/tokenIndex.js';
import { jiebaTokens } from './helpers.js';

const rules = loadRuleData();
const rulesOnly = createEntityTagger({ learned: false });
const windowsOf = (text: string): number[] => {
  const tokens = jiebaTokens(text);
  return plausibleWindows(text, tokens, rulesOnly.tag(text, tokens), rules);
};
const pieces = (text: string): string[] => {
  const w = windowsOf(text);
  const out: string[] = [];
  for (let k = 0; k < w.length; k += 2) out.push(text.slice(w[k], w[k + 1]));
  return out;
};

describe('where the learned recogniser runs', () => {
  it.each([
    // no name, no organisation head, no name-like word: nothing to run on
    ['今天天气很好，大家都出门散步了。', []],
    ['他说这件事情很重要。', []],
  ])('%s → %j', (text, want) => {
    expect(pieces(text)).toEqual(want);
  });

  it.each([
    // around a found name, an organisation head the rules left alone (部), a name-like word
    ['今天天气很好，中石油管道等重点项目开工。', '中石油'],
    ['据内政部消息，他已经离开。', '内政部'],
    ['他在新浪工作了三年。', '新浪'],
  ])('%s has a window around %s, inside one clause (the break itself as context)', (text, name) => {
    const found = pieces(text).filter((p) => p.includes(name));
    expect(found).toHaveLength(1);
    expect(found[0]!.slice(1, -1)).not.toMatch(/[，。]/);
  });

  it('gives sorted, disjoint windows on whole tokens (property)', () => {
    const words = ['北京市', '体委', '场馆处', '公司', '，', '。', '他说', '很好', '新华社', '研究所', '与', '联合国', '的', '天气', '银行', '部'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (ws) => {
        const text = ws.join('');
        const tokens = jiebaTokens(text);
        const w = windowsOf(text);
        let last = 0;
        for (let k = 0; k < w.length; k += 2) {
          const from = w[k] as number;
          const to = w[k + 1] as number;
          expect(from).toBeGreaterThanOrEqual(last);
          expect(to).toBeGreaterThan(from);
          expect(to).toBeLessThanOrEqual(text.length);
          expect(tokens.some((t) => t.start === from)).toBe(true);
          expect(tokens.some((t) => t.end === to)).toBe(true);
          last = to;
        }
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same windows and features with the per-character token index as without (property)', () => {
    const words = ['北京市', '体委', '场馆处', '公司', '，', '。', '他说', '很好', '新华社', '研究所', '与', '联合国', '的', '天气', '银行', '部', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (ws) => {
        const text = ws.join('');
        const tokens = jiebaTokens(text).filter((t) => t.text.trim() !== ''); // gaps where the spaces were
        const arrays = tokenArraysOf(tokens);
        const ix = indexTokens(text, arrays);
        const ruleEntities = rulesOnly.tag(text, tokens);
        const w = plausibleWindows(text, tokens, ruleEntities, rules);
        expect(plausibleWindows(text, tokens, ruleEntities, rules, ix?.at)).toEqual(w);
        for (let k = 0; k < w.length; k += 2) {
          const input = { text, tokens: arrays, ruleEntities, rules };
          const plain = extractFeatures(input, 16, undefined, w[k], w[k + 1]);
          expect(Array.from(extractFeatures({ ...input, tokenAt: ix?.at }, 16, undefined, w[k], w[k + 1]))).toEqual(Array.from(plain));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('computes a window\'s features as the whole text would (property)', () => {
    const text = '新华社北京电 卫生部营养与食品研究所的专家说，北京市体委场馆处处长和中石油管道公司的代表出席。';
    const tokens = jiebaTokens(text);
    const input = { text, tokens, ruleEntities: rulesOnly.tag(text, tokens), rules };
    const all = extractFeatures(input, 16);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), fc.integer({ min: 1, max: 20 }), (from, len) => {
        const to = Math.min(text.length, from + len);
        const part = extractFeatures(input, 16, undefined, from, to);
        expect(Array.from(part.subarray(0, (to - from) * FEATURES_PER_CHAR))).toEqual(Array.from(all.subarray(from * FEATURES_PER_CHAR, to * FEATURES_PER_CHAR)));
      }),
      { numRuns: 100 },
    );
  });

  it('decodes the same labels from the emission sums made with the features as from the rows (property)', () => {
    const model = loadOrgModel();
    if (!model) throw new Error('the shipped model is missing');
    const text = '新华社北京电 卫生部营养与食品研究所的专家说，北京市体委场馆处处长和中石油管道公司的代表出席。';
    const tokens = jiebaTokens(text);
    const input = { text, tokens, ruleEntities: rulesOnly.tag(text, tokens), rules };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), fc.integer({ min: 1, max: 30 }), (from, len) => {
        const to = Math.min(text.length, from + len);
        const sums = new Float64Array((to - from) * LABELS);
        const rows = extractFeatures(input, model.bits, undefined, from, to, { weights: model.weights, sums });
        expect(Array.from(decode(model, rows, to - from, text, from, undefined, sums))).toEqual(Array.from(decode(model, rows, to - from, text, from)));
      }),
      { numRuns: 100 },
    );
  });
});
