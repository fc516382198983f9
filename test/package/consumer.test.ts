import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The package as a user gets it: packed with its prepack build, installed into a fresh project by
// npm (no optional peer), then the README's and the docs' TypeScript examples compiled there
// against the installed types, with both module resolutions users pick.
const root = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const work = mkdtempSync(join(tmpdir(), 'zhnews-consumer-'));
const consumer = join(work, 'app');
const DOC_FILES = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** Every ```ts block of a Markdown file (blocks fenced ```ts signature are sketches, not examples). */
function tsExamples(file: string): { file: string; line: number; code: string }[] {
  const text = readFileSync(join(root, file), 'utf8');
  const out: { file: string; line: number; code: string }[] = [];
  for (const m of text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
    out.push({ file, line: text.slice(0, m.index).split('\n').length + 1, code: m[1] ?? '' });
  }
  return out;
}

function sizeOf(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += sizeOf(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

function installedPackages(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    if (name.startsWith('@')) out.push(...readdirSync(join(dir, name)).map((n) => `${name}/${n}`));
    else out.push(name);
  }
  return out;
}

/** What `npm pack --json` printed: it must be JSON alone, so the prepack build prints nothing on stdout. */
let packed: { filename: string; files: { path: string }[] };

beforeAll(() => {
  // Pack a copy of the repository as `npm publish` would, prepack build included, so that the
  // repository's own dist/ (which other tests read) is left alone.
  const source = join(work, 'source');
  mkdirSync(source);
  for (const entry of ['package.json', 'tsup.config.ts', 'tsconfig.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'src', 'scripts', 'dict', 'bin', 'docs']) {
    cpSync(join(root, entry), join(source, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(source, 'node_modules'), 'dir');
  const json = execFileSync(npm, ['pack', '--json', '--pack-destination', work], { cwd: source, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  packed = (JSON.parse(json) as [typeof packed])[0];
  const { filename } = packed;
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync(npm, ['install', join(work, filename), '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: consumer,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed tarball', () => {
  it('ships the build, the dictionaries, the docs and the licence, and no TypeScript source', () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'bin/zhnews.js', 'dist/index.js', 'dist/cli.js', 'docs/statements.md']));
    expect(paths.filter((p) => p.startsWith('src/') || p.startsWith('test/') || p.endsWith('.ts') && !p.endsWith('.d.ts') && !p.endsWith('.d.cts'))).toEqual([]);
  });

  it('ships source maps without the sources in them', () => {
    const maps = readdirSync(join(consumer, 'node_modules', 'zhnews', 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    for (const map of maps) {
      const parsed = JSON.parse(readFileSync(join(consumer, 'node_modules', 'zhnews', 'dist', map), 'utf8')) as { sourcesContent?: unknown };
      expect([map, parsed.sourcesContent]).toEqual([map, undefined]);
    }
  });
});

describe('installed into a fresh project', () => {
  it('pulls no native code and runs no install script', () => {
    const modules = join(consumer, 'node_modules');
    for (const name of installedPackages(modules)) {
      const manifest = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')) as { scripts?: Record<string, string>; gypfile?: boolean };
      const scripts = manifest.scripts ?? {};
      expect([name, scripts.preinstall, scripts.install, scripts.postinstall, manifest.gypfile]).toEqual([name, undefined, undefined, undefined, undefined]);
    }
  });

  // 53 MB before the pure-TypeScript segmenter, 26 MB with the expanded double array shipped
  // (11.8 MB); the compact dictionary file (~2.5 MB, expanded at load time) and OpenCC's tables
  // packed at build time instead of opencc-js (6 MB) bring it to ~15 MB.
  it('keeps node_modules within 20 MB', () => {
    const mb = sizeOf(join(consumer, 'node_modules')) / 2 ** 20;
    expect(mb, 'MB in the consumer node_modules').toBeLessThanOrEqual(20);
  });

  it('runs the command line from the installed package', () => {
    const out = execFileSync(join(consumer, 'node_modules', '.bin', 'zhnews'), ['analyze', '-'], { input: '今年将投入至少1.8亿元。', encoding: 'utf8' });
    expect((JSON.parse(out) as { statements: { value: number }[] }).statements.map((s) => s.value)).toEqual([180000000]);
  });

  const examples = DOC_FILES.flatMap(tsExamples);
  it.each(['nodenext', 'bundler'] as const)('compiles every TypeScript example of the README and docs (%s resolution)', (resolution) => {
    expect(examples.length).toBeGreaterThan(3);
    const dir = join(consumer, `examples-${resolution}`);
    mkdirSync(dir);
    const names = examples.map((e, i) => {
      const name = `${e.file.replace(/\W/g, '_')}_${e.line}.ts`;
      // An example that uses the library without importing it continues the one before it.
      const code = /from 'zhnews/.test(e.code) ? e.code : `import { createAnalyzer } from 'zhnews';\n${e.code}`;
      writeFileSync(join(dir, name), `${code}\nexport {};\n// example ${i}: ${e.file}:${e.line}\n`);
      return name;
    });
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          lib: ['ES2023', 'DOM'],
          module: resolution === 'nodenext' ? 'NodeNext' : 'ESNext',
          moduleResolution: resolution === 'nodenext' ? 'NodeNext' : 'Bundler',
          noUnusedLocals: false,
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [join(root, 'node_modules', '@types')],
        },
        files: names,
      }),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    try {
      execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
    } catch (error) {
      // tsc prints each error as file(line,col): the file name says which doc and line it came from
      throw new Error(String((error as { stdout?: string }).stdout ?? error));
    }
  });
});
