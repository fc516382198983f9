import { defineConfig } from 'tsup';

// Library entry points ship as ESM + CJS with declarations; the CLI is ESM only.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'numbers/index': 'src/numbers/index.ts',
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
