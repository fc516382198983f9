import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

// The subpaths documented as browser-safe are bundled as a browser would bundle them (esbuild,
// platform browser, no Node built-ins) and run in a bare `vm` context: no `process`, no
// `require`, no `Buffer`. A stray `node:` import fails the bundle; a stray global use fails the run.
const root = fileURLToPath(new URL('../../', import.meta.url));

async function bundleForBrowser(entry: string, call: string): Promise<string> {
  const result = await build({
    stdin: { contents: `import * as lib from ${JSON.stringify(entry)};\nglobalThis.out = ${call};`, resolveDir: root },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  expect(code).not.toMatch(/require\(["']node:|require\(["'](fs|path|url|crypto|os|worker_threads)["']\)/);
  return code;
}

function runBare(code: string): unknown {
  const context = createContext({});
  runInContext(code, context, { timeout: 10_000 });
  return (context as { out?: unknown }).out;
}

describe('browser bundles of the pure subpaths', () => {
  it('zhnews/numbers bundles without Node built-ins and parses numbers in a bare context', async () => {
    const code = await bundleForBrowser(
      './dist/numbers/index.js',
      "[lib.parseNumber('一千二百万'), lib.extractQuantities('压缩至55个工作日以内').map((q) => [q.text, q.value, q.comparator])]",
    );
    expect(JSON.parse(JSON.stringify(runBare(code)))).toEqual([12000000, [['55个工作日以内', 55, 'lte']]]);
  });

  it('zhnews/render bundles without Node built-ins and draws a page in a bare context', async () => {
    const doc = {
      text: '增长<b>5%</b>。',
      sentences: [],
      tokens: [],
      entities: [],
      quantities: [],
      statements: [],
    };
    const code = await bundleForBrowser('./dist/render/index.js', `lib.renderHtml(${JSON.stringify(doc)})`);
    const html = runBare(code);
    expect(typeof html).toBe('string');
    expect(html as string).toContain('&lt;b&gt;5%&lt;/b&gt;');
    expect(html as string).not.toContain('<b>5%</b>');
  });

  // Known gap: the root entry still reaches nodejieba, the dictionary cache and the worker pool
  // through `node:` modules; it passes once the segmenter is pure TypeScript and those sit
  // behind Node-only entry points.
  it.fails('the root entry bundles for the browser', async () => {
    await bundleForBrowser('./dist/index.js', "typeof lib.extractStatements");
  });
});
