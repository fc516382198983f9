import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createSegmenter } from '../../src/segment/index.js';

interface Sample {
  readonly cases: readonly { text: string; hmmOff: string[]; hmmOn: string[] }[];
}
const sample = JSON.parse(readFileSync(new URL('../../fixtures/jieba/parity-sample.json', import.meta.url), 'utf8')) as Sample;

// nodejieba is a dev dependency with a native build; where it is missing the recorded sample
// still checks the port.
let nodejieba: { cut(s: string, hmm?: boolean): string[] } | null = null;
try {
  nodejieba = createRequire(import.meta.url)('nodejieba') as typeof nodejieba;
  nodejieba!.cut('测试');
} catch {
  nodejieba = null;
}

describe.each([
  ['HMM off', false, 'hmmOff'],
  ['HMM on', true, 'hmmOn'],
] as const)('pure-TypeScript jieba, %s', (_name, hmm, field) => {
  const jieba = createSegmenter('jieba', { hmm });

  it.each(sample.cases.map((c) => [c.text.slice(0, 24), c] as const))('matches the recorded nodejieba output: %s', (_t, c) => {
    expect(jieba.cut(c.text)).toEqual(c[field]);
  });

  it.runIf(nodejieba !== null)('matches nodejieba.cut live on every sample text', () => {
    for (const c of sample.cases) expect(jieba.cut(c.text)).toEqual(nodejieba!.cut(c.text, hmm));
  });
});
