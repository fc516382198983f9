import { defineConfig } from 'tsup';

// Library entry points ship as ESM + CJS with declarations; the CLI is ESM only.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'numbers/index': 'src/numbers/index.ts',
      // the worker thread script of `zhnews batch` and analyzeMany(), found beside the bundles
      'batch-worker': 'src/batch/worker.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    shims: true,
    splitting: false,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
