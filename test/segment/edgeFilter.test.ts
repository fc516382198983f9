import { describe, expect, it } from 'vitest';
import { edgeFilter, hasEdge } from '../../src/segment/jieba/edgeFilter.js';
import { loadBundledJieba } from '../../src/segment/jieba/nodeLoader.js';

// The DP skips a trie step when the filter says the edge is absent: a false "absent" would change
// words, so every edge of the trie must pass; absent edges should mostly be refused.
describe('the jieba trie edge filter', () => {
  const { tables } = loadBundledJieba();
  const { trie } = tables;
  const filter = edgeFilter(tables);

  it('lets every edge of the trie through (no false negatives)', () => {
    let edges = 0;
    let missed = 0;
    for (let t = 1; t < trie.length / 3; t++) {
      const parent = trie[3 * t + 1]!;
      if (parent < 0) continue;
      edges++;
      if (!hasEdge(filter, parent, t - trie[3 * parent]!)) missed++;
    }
    expect(edges).toBeGreaterThan(400_000);
    expect(missed).toBe(0);
  });

  it('refuses most edges that are not there', () => {
    let absent = 0;
    let refused = 0;
    // children of the first nodes by every code they do not have
    for (let s = 1; s < 2000; s++) {
      if (trie[3 * s + 1]! < 0) continue;
      for (let code = 1; code < 200; code++) {
        const t = trie[3 * s]! + code;
        if (trie[3 * t + 1] === s) continue;
        absent++;
        if (!hasEdge(filter, s, code)) refused++;
      }
    }
    expect(refused / absent).toBeGreaterThan(0.8);
  });

  it('is built once per dictionary', () => {
    expect(edgeFilter(tables)).toBe(filter);
  });
});
