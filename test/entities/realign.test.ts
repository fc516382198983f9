import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity, Token } from '../../src/core/types.js';
import { createEntityTagger } from '../../src/entities/index.js';
import { realignTokens } from '../../src/segment/realign.js';
import { jiebaTokens } from './helpers.js';

const ent = (text: string, start: number, end: number): Entity => ({
  start,
  end,
  text: text.slice(start, end),
  type: 'enterprise',
  subtype: 'company',
  canonical: text.slice(start, end),
  source: 'rule',
});

describe('realignTokens', () => {
  it('merges the tokens of an entity into one nt token and splits tokens cut by an edge', () => {
    const text = '在华为公司上班';
    const tokens: Token[] = [
      { start: 0, end: 2, text: '在华', pos: 'p' },
      { start: 2, end: 4, text: '为公', pos: 'n' },
      { start: 4, end: 6, text: '司上', pos: 'n' },
      { start: 6, end: 7, text: '班', pos: 'n' },
    ];
    expect(realignTokens(text, tokens, [ent(text, 1, 5)])).toEqual([
      { start: 0, end: 1, text: '在', pos: 'p' },
      { start: 1, end: 5, text: '华为公司', pos: 'nt' },
      { start: 5, end: 6, text: '上', pos: 'n' },
      { start: 6, end: 7, text: '班', pos: 'n' },
    ]);
  });

  it('keeps empty token lists empty', () => {
    expect(realignTokens('华为', [], [ent('华为', 0, 2)])).toEqual([]);
  });

  it('on real text: tokens tile the text and no token crosses an entity boundary', () => {
    const text = '新奥动力科技(廊坊)有限公司与北京滨松光子技术股份有限公司廊坊分公司、建设银行签约。';
    const tokens = jiebaTokens(text);
    const entities = createEntityTagger().tag(text, tokens);
    const out = realignTokens(text, tokens, entities);
    expect(out.map((t) => t.text).join('')).toBe(text);
    for (const e of entities) expect(out.some((t) => t.start === e.start && t.end === e.end && t.pos === 'nt')).toBe(true);
  });

  it('property: tiles the text, never crosses an entity edge, one token per entity', () => {
    const arb = fc
      .tuple(fc.integer({ min: 1, max: 30 }), fc.array(fc.integer({ min: 1, max: 29 })), fc.array(fc.tuple(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 1, max: 6 }))))
      .map(([n, cuts, spans]) => {
        const text = '甲'.repeat(n);
        const bounds = [...new Set([0, n, ...cuts.filter((c) => c < n)])].sort((a, b) => a - b);
        const tokens: Token[] = [];
        for (let i = 1; i < bounds.length; i++) {
          const s = bounds[i - 1] as number;
          const e = bounds[i] as number;
          tokens.push({ start: s, end: e, text: text.slice(s, e), pos: 'n' });
        }
        const entities: Entity[] = [];
        let last = 0;
        for (const [s, len] of [...spans].sort((a, b) => a[0] - b[0])) {
          if (s >= last && s + len <= n) {
            entities.push(ent(text, s, s + len));
            last = s + len;
          }
        }
        return { text, tokens, entities };
      });
    fc.assert(
      fc.property(arb, ({ text, tokens, entities }) => {
        const out = realignTokens(text, tokens, entities);
        expect(out.map((t) => t.text).join('')).toBe(text);
        for (let i = 1; i < out.length; i++) expect((out[i] as Token).start).toBe((out[i - 1] as Token).end);
        for (const t of out) {
          for (const e of entities) {
            const crosses = t.start < e.end && e.start < t.end && !(t.start === e.start && t.end === e.end);
            expect(crosses).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
