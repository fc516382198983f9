import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

  it('the root entry has a browser build, and the package maps it for browsers', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, Record<string, unknown>> };
    expect(manifest.exports['.']!.browser).toEqual({ types: './dist/browser.d.ts', default: './dist/browser.js' });
    expect(Object.keys(manifest.exports['.']!)[0]).toBe('browser');
    expect(manifest.exports['./browser']).toEqual({
      import: { types: './dist/browser.d.ts', default: './dist/browser.js' },
      require: { types: './dist/browser.d.cts', default: './dist/browser.cjs' },
    });
  });

  // The whole pipeline in a bare context: the package's data files come through `load` (here
  // read by the host, as a page would fetch them); the context gets TextDecoder/TextEncoder,
  // which every browser, worker, Deno and Bun has, and nothing of Node.
  const readPackageFile = (path: string): Uint8Array => new Uint8Array(readFileSync(join(root, path)));
  const requested: string[] = [];
  let browserContext: Promise<object> | undefined;
  /** One bare context holding the bundled root entry and one analyzer made through `load`. */
  function loadedContext(): Promise<object> {
    browserContext ??= (async () => {
      const code = await bundleForBrowser('./dist/browser.js', 'lib');
      const context = createContext({
        TextDecoder,
        TextEncoder,
        readPackageFile: (path: string) => (requested.push(path), readPackageFile(path)),
      });
      runInContext(code, context, { timeout: 30_000 });
      await runInContext('globalThis.analyzer = null; out.createAnalyzer({ load: (path) => readPackageFile(path) }).then((a) => { globalThis.analyzer = a; })', context);
      return context;
    })();
    return browserContext;
  }
  async function analyzeInBrowserBundle(call: string): Promise<unknown> {
    const context = await loadedContext();
    const json = runInContext(`(() => { const lib = out; return JSON.stringify(${call}); })()`, context, { timeout: 30_000 }) as string;
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.every((p) => p.startsWith('dist/') || p.startsWith('dict/'))).toBe(true);
    return JSON.parse(json);
  }

  it('the root entry analyzes a sentence in a bare context: tokens, entities, statements', async () => {
    const doc = (await analyzeInBrowserBundle("analyzer.analyze('今年，廊坊开发区将投入至少1.8亿元。', { date: '2020-04-14' })")) as {
      tokens: { text: string }[];
      statements: { kind: string; comparator: string; value: number; unit: string }[];
    };
    expect(doc.tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['廊坊', '开发区', '投入', '至少']));
    expect(doc.statements.map((s) => [s.kind, s.comparator, s.value, s.unit])).toEqual([['target', 'gte', 180000000, 'CNY']]);
  }, 60_000);

  it('the browser build tags organisations from the built-in dictionaries and runtime entries', async () => {
    const out = (await analyzeInBrowserBundle(
      "analyzer.withEntries([{ name: '廊坊纽特科技公司', type: 'enterprise', aliases: ['纽特'] }]).analyze('纽特与华为技术有限公司签约。').entities.map((e) => [e.text, e.canonical])",
    )) as [string, string][];
    expect(out).toEqual(expect.arrayContaining([['纽特', '廊坊纽特科技公司'], ['华为技术有限公司', '华为技术有限公司']]));
  }, 60_000);

  // Normalisation (full-width forms, traditional script, a lone surrogate) runs on code unit
  // arrays; without Node's Buffer the browser build turns them into strings another way.
  it.each([
    ['full-width digits and letters', '今年ＧＤＰ增长６．５％，投入１．８亿元。'],
    ['traditional script', '今年，廊坊開發區將投入至少1.8億元，較去年增長12%。'],
    ['a lone surrogate', '投入\ud800至少1.8亿元。'],
  ])('the browser build analyses %s exactly as the Node build', async (_name, text) => {
    const call = `analyzer.analyze(${JSON.stringify(text)}, { date: '2020-04-14' })`;
    const inBrowser = await analyzeInBrowserBundle(call);
    const { createAnalyzer } = (await import(join(root, 'dist', 'index.js'))) as typeof import('../../src/index.js');
    const inNode = JSON.parse(JSON.stringify((await createAnalyzer()).analyze(text, { date: '2020-04-14' }))) as unknown;
    expect(inBrowser).toEqual(inNode);
  }, 60_000);

  it('the browser build says what to do when asked for files or a native backend', async () => {
    const out = (await analyzeInBrowserBundle(
      "[() => lib.createAnalyzerSync({ dictionaries: ['orgs.tsv'] }), () => lib.createSegmenter('nodejieba')].map((f) => { try { f(); return 'no error'; } catch (e) { return e.message; } })",
    )) as string[];
    expect(out[0]).toMatch(/dictionary files need Node.*entries/);
    expect(out[1]).toMatch(/native Node module.*'jieba'/);
  }, 60_000);
});
