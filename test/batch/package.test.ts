import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

// The built package (run `npx tsup` first): the worker script must be found beside the bundles
// by ESM and CommonJS consumers alike.
const body = `
  const out = [];
  for await (const o of analyzeMany(['今年将投入至少1.8亿元。', { id: 'b', text: 42 }], { workers: 2, analyzer: { segmenter: 'node-rs' } })) {
    out.push(o.ok ? [o.id, o.analysis.tokens.length > 3] : [o.id, o.error.code]);
  }
  console.log(JSON.stringify(out));`;

describe('analyzeMany from the built package', () => {
  it.each([
    ['ESM import', ['--input-type=module', '-e', `import { analyzeMany } from 'zhnews';\n${body}`]],
    ['CommonJS require', ['-e', `const { analyzeMany } = require('zhnews');\n(async () => {${body}\n})();`]],
  ])('%s runs documents on worker threads', (_name, args) => {
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([
      ['0', true],
      ['b', 'invalid-document'],
    ]);
  });
});
