import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompactTrie } from '../../src/dictionary/index.js';

function bruteLongest(keys: readonly string[], values: readonly number[], text: string, start: number): { end: number; value: number } | null {
  let best: { end: number; value: number } | null = null;
  keys.forEach((k, i) => {
    if (k.length > 0 && text.startsWith(k, start) && (!best || start + k.length >= best.end)) {
      // the later of two equal keys wins
      best = { end: start + k.length, value: values[i] as number };
    }
  });
  return best;
}

describe('CompactTrie', () => {
  it('finds the longest key at a position', () => {
    const t = CompactTrie.build(['华为', '华为技术有限公司', '华'], [1, 2, 3]);
    expect(t.longestAt('在华为技术有限公司', 1)).toEqual({ end: 9, value: 2 });
    expect(t.longestAt('华为云', 0)).toEqual({ end: 2, value: 1 });
    expect(t.longestAt('中华', 0)).toBeNull();
    expect(t.get('华为')).toBe(1);
    expect(t.get('华为技')).toBe(-1);
    expect(t.size).toBe(3);
  });

  it('agrees with a brute-force scan (property)', () => {
    const alphabet = fc.constantFrom('华', '为', '公', '司', 'a', '(', '\u{20000}'.charAt(0));
    const word = fc.array(alphabet, { minLength: 0, maxLength: 5 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(alphabet, { maxLength: 12 }).map((a) => a.join('')), (keys, text) => {
        const values = keys.map((_, i) => i);
        const t = CompactTrie.build(keys, values);
        for (let i = 0; i < text.length; i++) expect(t.longestAt(text, i)).toEqual(bruteLongest(keys, values, text, i));
      }),
      { numRuns: 300 },
    );
  });
});
