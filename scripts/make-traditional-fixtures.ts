/**
 * Regenerates `fixtures/traditional/`: the seed article (`fixtures/langfang-development-zone.txt`)
 * converted to traditional characters with opencc-js, Hong Kong (`cn` → `hk`) and Taiwan
 * (`cn` → `tw`) variants. The files are committed; rerun after an opencc-js upgrade:
 * `npx tsx scripts/make-traditional-fixtures.ts`. Character conversion keeps every offset.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seed = readFileSync(join(root, 'fixtures', 'langfang-development-zone.txt'), 'utf8');
mkdirSync(join(root, 'fixtures', 'traditional'), { recursive: true });
for (const variant of ['hk', 'tw'] as const) {
  const converted = OpenCC.Converter({ from: 'cn', to: variant })(seed);
  if (converted.length !== seed.length) throw new Error(`${variant}: conversion changed the length`);
  writeFileSync(join(root, 'fixtures', 'traditional', `langfang-development-zone.${variant}.txt`), converted);
}
