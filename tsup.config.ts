import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { BROWSER_SWAPS } from './src/browser/swaps.js';

// Source maps point at the TypeScript in the repository; they carry no copy of it, so the
// tarball stays small and ships no source twice.
const noSourcesContent: Options['esbuildOptions'] = (options) => {
  options.sourcesContent = false;
};

// The browser build: each Node-only module (file reading, native backends) resolves to its twin
// in src/browser/swap/, which has the same exports and takes data from the loaded package files.
const src = resolve('src');
const swaps = new Map(Object.entries(BROWSER_SWAPS).map(([from, to]) => [resolve(src, from), resolve(src, to)]));
const browserSwaps: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'zhnews-browser-swaps',
  setup(build) {
    build.onResolve({ filter: /\.js$/ }, (args) => {
      if (!args.path.startsWith('.')) return undefined;
      const twin = swaps.get(resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts'));
      return twin ? { path: twin } : undefined;
    });
  },
};

// Library entry points ship as ESM + CJS with declarations; the CLI is ESM only.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'numbers/index': 'src/numbers/index.ts',
      'render/index': 'src/render/index.ts',
      'dict/index': 'src/dict.ts',
      // the worker thread script of `zhnews batch` and analyzeMany(), found beside the bundles
      'batch-worker': 'src/batch/worker.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    esbuildOptions: noSourcesContent,
    target: 'node20',
    shims: true,
    splitting: false,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    esbuildOptions: noSourcesContent,
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // for browsers, workers and bundlers (CJS too, for bundlers of CommonJS code); Node resolves
    // the root entry to index.js
    entry: { browser: 'src/browser.ts' },
    format: ['esm', 'cjs'],
    platform: 'browser',
    target: 'es2022',
    dts: true,
    sourcemap: true,
    esbuildOptions: noSourcesContent,
    esbuildPlugins: [browserSwaps],
  },
]);
