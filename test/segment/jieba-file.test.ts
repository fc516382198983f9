import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeJiebaData, encodeJiebaData, JiebaDictionaryError } from '../../src/segment/jieba/binaryFormat.js';
import { bundledJiebaPath } from '../../src/segment/jieba/nodeLoader.js';

// The shipped dictionary file is a compact encoding of the double-array trie, expanded at load
// time; these cases pin that the expansion is exact and that damage is reported, not crashed on.
const bytes = new Uint8Array(readFileSync(bundledJiebaPath()!));
const data = decodeJiebaData(bytes);

describe('the compiled jieba dictionary file', () => {
  it('is compact: a few MB for ~350,000 words, against 3 words of 4 bytes per double-array slot expanded', () => {
    const expanded = data.tables.trie.byteLength;
    expect(bytes.byteLength).toBeLessThan(4 * 2 ** 20);
    expect(bytes.byteLength * 3).toBeLessThan(expanded);
  });

  it('encodes back to the same bytes (the expansion loses nothing)', () => {
    expect(Buffer.from(encodeJiebaData(data)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('expands to a consistent double array: every child points back to its parent', () => {
    const { trie, alphabet } = data.tables;
    // '开发区' walks three levels down from the root (base, check, info side by side per slot)
    let s = 0;
    for (const ch of '开发区') {
      const t = trie[3 * s]! + alphabet[ch.charCodeAt(0)]!;
      expect(trie[3 * t + 1]).toBe(s);
      s = t;
    }
    expect(trie[3 * s + 2]).not.toBe(0);
  });

  // a damaged trie stream must give the dictionary error, never a RangeError or a silent wrong trie
  it.each([
    ['its last byte removed', (b: Uint8Array) => b.slice(0, b.length - 8)],
    ['the trie stream zeroed in the middle', (b: Uint8Array) => { const c = b.slice(); c.fill(0, c.length - 600_000, c.length - 500_000); return c; }],
    ['the trie stream filled with 0xff', (b: Uint8Array) => { const c = b.slice(); c.fill(0xff, c.length - 1000, c.length - 8); return c; }],
  ])('rejects a file with %s', (_name, damage) => {
    expect(() => decodeJiebaData(damage(bytes))).toThrow(JiebaDictionaryError);
  });
});
