#!/usr/bin/env node
// The `zhnews` command. A published package always ships dist/; in a fresh clone of the
// repository nothing is built yet (the build runs in `prepack`, not on install), so the first
// run builds once, with the build's messages on standard error to keep standard output clean.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('zhnews: dist/ is missing (a fresh clone): building once with `npm run build`…\n');
  const built = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '--silent'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: ['ignore', 2, 2],
    shell: process.platform === 'win32',
  });
  if (built.status !== 0 || !existsSync(fileURLToPath(cli))) {
    process.stderr.write('zhnews: the build failed; run `npm run build` to see why\n');
    process.exit(1);
  }
}
await import(cli.href);
