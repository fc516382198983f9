import { defineConfig, type Options } from 'tsup';

// Source maps point at the TypeScript in the repository; they carry no copy of it, so the
// tarball stays small and ships no source twice.
const noSourcesContent: Options['esbuildOptions'] = (options) => {
  options.sourcesContent = false;
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
]);
