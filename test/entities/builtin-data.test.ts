import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityDictDir, parseEntityDictionary, parseTsvTable, validateEntries } from '../../src/dictionary/index.js';

const dir = entityDictDir();
const entityFiles = ['enterprises.tsv', 'institutions.tsv', 'sports.tsv', 'aliases.tsv'];

describe('shipped dictionaries', () => {
  it.each(entityFiles)('%s parses without errors', (file) => {
    const { entries, diagnostics } = parseEntityDictionary(readFileSync(join(dir, file), 'utf8'), file);
    expect(diagnostics).toEqual([]);
    expect(entries.length).toBeGreaterThan(0);
  });

  it('built-in layers have no conflicting types and no alias claimed twice', () => {
    const all = ['enterprises.tsv', 'institutions.tsv', 'sports.tsv'].flatMap((f) => parseEntityDictionary(readFileSync(join(dir, f), 'utf8'), f).entries);
    expect(validateEntries(all).map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([]);
  });

  it('every other TSV file has a header and well-formed rows', () => {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.tsv') && !entityFiles.includes(x))) {
      expect(parseTsvTable(readFileSync(join(dir, f), 'utf8'), f).diagnostics).toEqual([]);
    }
  });

  it('suffix rows have known types and sane bounds', () => {
    const { rows } = parseTsvTable(readFileSync(join(dir, 'suffixes.tsv'), 'utf8'), 'suffixes.tsv');
    for (const { cells, line } of rows) {
      expect(['enterprise', 'institution', 'none'], `suffixes.tsv:${line}`).toContain(cells.type);
      expect(Number(cells.min) <= Number(cells.max), `suffixes.tsv:${line}`).toBe(true);
    }
  });

  it('ships under 15 MB', () => {
    let bytes = 0;
    for (const f of readdirSync(dir)) bytes += readFileSync(join(dir, f)).length;
    expect(bytes).toBeLessThan(15e6);
  });
});
