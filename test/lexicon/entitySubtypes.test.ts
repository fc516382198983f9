import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { EntitySubtype, KnownEntitySubtype } from '../../src/core/types.js';
import { KNOWN_SUBTYPES } from '../../src/dictionary/index.js';
import { ENTITY_SUBTYPES, entitySubtypeInfo } from '../../src/lexicon/entitySubtypes.js';
import { entityBadge, subtypeLabel } from '../../src/render/labels.js';
import { pageStyles } from '../../src/render/styles.js';

// Tests generated from the subtype table and the built-in dictionaries that emit subtypes
// (dict/entities/*.tsv with a `subtype` column: names, aliases, rule suffixes, sports clubs).

const DICT_DIR = new URL('../../dict/entities/', import.meta.url);

/** Every subtype a built-in dictionary or suffix rule can give an entity. */
function emittedSubtypes(): Set<string> {
  const out = new Set<string>();
  for (const file of readdirSync(DICT_DIR).filter((f) => f.endsWith('.tsv'))) {
    const rows = readFileSync(new URL(file, DICT_DIR), 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    const head = rows[0]?.split('\t') ?? [];
    const type = head.indexOf('type');
    const sub = head.indexOf('subtype');
    if (type < 0 || sub < 0) continue;
    for (const r of rows.slice(1)) {
      const cells = r.split('\t');
      if (cells[type] === 'enterprise' || cells[type] === 'institution') out.add(cells[sub] ?? '');
    }
  }
  out.delete('');
  return out;
}

describe('lexicon: entity subtypes', () => {
  const emitted = emittedSubtypes();
  const css = pageStyles();

  it('the built-in dictionaries emit subtypes (the scan reads them)', () => {
    expect(emitted.size).toBeGreaterThanOrEqual(10);
  });

  it.each([...emitted].sort())('emitted subtype %s has a row, a label and a colour', (name) => {
    const info = entitySubtypeInfo(name);
    expect(info).toBeDefined();
    expect(subtypeLabel(name)).toBe(`${name} ${info?.zh}`);
    expect(css).toContain(`--s-${name}:${info?.light};`);
    expect(css).toContain(`--s-${name}:${info?.dark};`);
    expect(css).toContain(`[data-subtype="${name}"]{--ent-bg:var(--s-${name})}`);
  });

  it.each(ENTITY_SUBTYPES.map((s) => [s.name, s] as const))('%s is a known subtype of its type for the dictionary', (name, s) => {
    expect(KNOWN_SUBTYPES[s.type]).toContain(name);
    expect(entityBadge(s.type, name)).toBe(s.zh);
    expect(s.light).toMatch(/^#[0-9a-f]{6}$/);
    expect(s.dark).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('every table name is a value of the public subtype type', () => {
    expectTypeOf(ENTITY_SUBTYPES[0]!.name).toEqualTypeOf<KnownEntitySubtype>();
    expectTypeOf<KnownEntitySubtype>().toMatchTypeOf<EntitySubtype>();
    // and the union holds no name the table lacks (checked by the compiler through this record)
    const all: Record<KnownEntitySubtype, true> = Object.fromEntries(ENTITY_SUBTYPES.map((s) => [s.name, true])) as Record<KnownEntitySubtype, true>;
    const union: readonly KnownEntitySubtype[] = ['company', 'bank', 'government', 'party', 'hospital', 'university', 'research', 'media', 'community', 'association', 'public', 'school', 'sports'] satisfies readonly KnownEntitySubtype[];
    for (const n of union) expect(all[n]).toBe(true);
  });

  it('no two subtypes share a name, a label or a colour', () => {
    const distinct = (xs: readonly string[]) => new Set(xs).size === xs.length;
    expect(distinct(ENTITY_SUBTYPES.map((s) => s.name))).toBe(true);
    expect(distinct(ENTITY_SUBTYPES.map((s) => s.zh))).toBe(true);
    expect(distinct(ENTITY_SUBTYPES.map((s) => s.light))).toBe(true);
    expect(distinct(ENTITY_SUBTYPES.map((s) => s.dark))).toBe(true);
  });

  it('a user dictionary subtype has no row and shows as written', () => {
    expect(entitySubtypeInfo('port')).toBeUndefined();
    expect(subtypeLabel('port')).toBe('port');
    expect(entityBadge('enterprise', 'port')).toBe('企业·port');
  });
});
