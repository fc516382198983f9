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

  it('answers packedLongestAt as a brute-force scan, one-unit keys and token ends included (property)', () => {
    const alphabet = fc.constantFrom('华', '为', '公', '司', 'a', 'A', '县');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 10 }), fc.array(alphabet, { maxLength: 10 }).map((a) => a.join('')), fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 10 }), (keys, text, cuts) => {
        const values = keys.map((_, i) => i);
        // a trie with a one-unit key has no pair bitset, one without has: both walks are checked
        const t = CompactTrie.build(keys, values);
        const lower = text.toLowerCase();
        // token index per character from the cut lengths (-1 past the last token: a gap)
        const segments = new Int32Array(text.length).fill(-1);
        for (let k = 0, at = 0; k < cuts.length && at < text.length; at += cuts[k] as number, k++) segments.fill(k, at, Math.min(text.length, at + (cuts[k] as number)));
        const tokenEnd = (end: number): boolean => end >= text.length || segments[end - 1] !== segments[end] || (segments[end - 1] as number) < 0;
        for (let i = 0; i < text.length; i++) {
          const m = t.packedLongestAt(text, i);
          const want = bruteLongest(keys.map((k) => k.toLowerCase()), values, lower, i);
          expect(m < 0 ? null : { end: CompactTrie.endOf(m), value: CompactTrie.valueOf(m) }).toEqual(want);
          // with token ends: the longest key ending on one
          let best: { end: number; value: number } | null = null;
          keys.forEach((k, v) => {
            if (lower.startsWith(k.toLowerCase(), i) && tokenEnd(i + k.length) && (!best || i + k.length >= best.end)) best = { end: i + k.length, value: v };
          });
          const s = t.packedLongestAt(text, i, segments);
          expect(s < 0 ? null : { end: CompactTrie.endOf(s), value: CompactTrie.valueOf(s) }).toEqual(best);
        }
      }),
      { numRuns: 300 },
    );
  });
});
