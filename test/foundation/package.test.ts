import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

// The built package, as users load it: CommonJS and ESM entry points both work.
describe('built package', () => {
  it('loads through require (CJS)', () => {
    const cjs = require('../../dist/index.cjs') as typeof import('../../src/index.js');
    const analyzer = cjs.createAnalyzerSync({ segmenter: 'none' });
    expect(analyzer.analyze('增长5%。').tokens.map((t) => t.text)).toEqual(['增', '长', '5%', '。']);
  });

  it('loads through import (ESM)', async () => {
    const esm = (await import('../../dist/index.js')) as typeof import('../../src/index.js');
    const analyzer = await esm.createAnalyzer({ segmenter: 'node-rs' });
    expect(analyzer.analyze('投入1.8亿元').tokens.map((t) => t.text)).toContain('1.8亿');
  });
});
