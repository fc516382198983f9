import { describe, expect, it } from 'vitest';
import {
  NOT_COMPARATOR_WORDS,
  PREFIX_COMPARATORS,
  RANGE_CONNECTOR_CHARS,
  SUFFIX_COMPARATORS,
  VERB_COMPARATORS,
} from '../../src/lexicon/comparators.js';
import * as units from '../../src/lexicon/units.js';
import { extractQuantities } from '../../src/numbers/index.js';

// Tests generated from the lexicon's own data (src/lexicon/comparators.ts, units.ts): every
// entry must do what its table promises, in a short sentence of its own.

/** The one quantity of `text`, or a failure naming what was found instead. */
function only(text: string) {
  const qs = extractQuantities(text);
  expect(qs.map((q) => q.text), text).toHaveLength(1);
  return qs[0]!;
}

describe('lexicon: comparator words', () => {
  it.each(PREFIX_COMPARATORS)('prefix %s gives %s and belongs to the span', (word, comparator) => {
    const q = only(`今年${word}120万元。`);
    expect(q.comparator).toBe(comparator);
    expect(q.text).toBe(`${word}120万元`);
  });

  it.each(VERB_COMPARATORS)('verb %s gives %s and stays outside the span', (word, comparator) => {
    const q = only(`工期${word}120天。`);
    expect(q.comparator).toBe(comparator);
    expect(q.text).toBe('120天');
  });

  it.each(SUFFIX_COMPARATORS)('suffix %s gives %s and belongs to the span', (word, comparator) => {
    const q = only(`投资120万元${word}。`);
    expect(q.comparator).toBe(comparator);
    expect(q.text).toBe(`120万元${word}`);
  });

  it.each(NOT_COMPARATOR_WORDS)('%s bounds nothing', (word) => {
    const q = only(`他${word}120个。`);
    expect(q.comparator).toBe('eq');
    expect(q.text).toBe('120个');
  });

  it.each(NOT_COMPARATOR_WORDS)('%s ends like a prefix word, which it blocks', (word) => {
    expect(PREFIX_COMPARATORS.some(([w]) => w.endsWith(word.slice(-1)))).toBe(true);
  });

  it.each(RANGE_CONNECTOR_CHARS)('%s joins a range of two numbers', (c) => {
    const q = only(`工期3${c}5年。`);
    expect(q.comparator).toBe('range');
    expect([q.min, q.max]).toEqual([3, 5]);
  });

  it('no word has two meanings within or across the comparator tables', () => {
    const seen = new Map<string, string>();
    const add = (table: string, word: string, meaning: string) => {
      const before = seen.get(word);
      expect(before, `${word}: ${before} and ${table} ${meaning}`).toBeUndefined();
      seen.set(word, `${table} ${meaning}`);
    };
    for (const [w, c] of PREFIX_COMPARATORS) add('prefix', w, c);
    for (const w of NOT_COMPARATOR_WORDS) add('none', w, 'none');
    for (const [w, c] of VERB_COMPARATORS) add('verb', w, c);
    // A suffix word stands after the number: the same spelling may stand before it (多 and 多于).
    const suffixes = new Set<string>();
    for (const [w] of SUFFIX_COMPARATORS) {
      expect(suffixes.has(w), w).toBe(false);
      suffixes.add(w);
    }
  });
});

/** Kinds a unit word may have, and what each makes of the number. */
const KINDS = ['currency', 'percent', 'pp', 'permille', 'times', 'duration', 'year', 'measure', 'count', 'month', 'label', 'word'];

describe('lexicon: units', () => {
  it.each(units.UNIT_ROWS.map(([w, info]) => [w, info.kind] as const))('%s has a kind (%s)', (_, kind) => {
    expect(KINDS).toContain(kind);
  });

  it.each(units.CURRENCY_UNITS)('%s is money in %s', (word, iso) => {
    expect(iso).toMatch(/^[A-Z]{3}$/);
    const q = only(`花了58${word}。`);
    expect([q.unit, q.unitKind, q.value]).toEqual([iso, 'currency', 58]);
  });

  it.each(units.SUB_CURRENCY_UNITS)('%s is %s × %f', (word, iso, factor) => {
    const q = only(`花了5${word}。`);
    expect([q.unit, q.unitKind, q.value]).toEqual([iso, 'currency', 5 * factor]);
  });

  it.each(units.MEASURE_UNITS)('%s is a measure', (word) => {
    const q = only(`共有58${word}。`);
    expect(q.unitKind).toBe('measure');
  });

  it.each(units.COUNT_UNITS)('%s counts items', (word) => {
    const q = only(`共有58${word}。`);
    expect(q.unitKind).toBe('count');
  });

  it.each(units.DURATION_UNITS)('%s is a duration in %s', (word, canonical) => {
    const q = only(`用了58${word}。`);
    expect([q.unit, q.unitKind, q.duration]).toEqual([canonical, 'duration', true]);
  });

  it.each(units.LABEL_WORDS)('%s makes the number a label', (word) => {
    expect(extractQuantities(`共有58${word}。`)).toEqual([]);
  });

  it('no word is in two unit lists unless its meaning there is declared', () => {
    const lists: [string, readonly string[]][] = [
      ['currency', units.CURRENCY_UNITS.map(([w]) => w)],
      ['coin', units.SUB_CURRENCY_UNITS.map(([w]) => w)],
      ['duration', units.DURATION_UNITS.map(([w]) => w)],
      ['measure', units.MEASURE_UNITS],
      ['alias', units.MEASURE_ALIASES.map(([w]) => w)],
      ['count', units.COUNT_UNITS],
      ['label', units.LABEL_WORDS],
      ['noun', units.NOUN_WORDS],
      ['place', units.PLACE_AND_NOUN_WORDS],
    ];
    const where = new Map<string, string[]>();
    for (const [name, list] of lists) {
      expect(new Set(list).size, `${name} has duplicates`).toBe(list.length);
      for (const w of list) where.set(w, [...(where.get(w) ?? []), name]);
    }
    const overlaps = Object.fromEntries([...where].filter(([, ls]) => ls.length > 1).map(([w, ls]) => [w, ls.join('+')]));
    expect(overlaps).toEqual({});
  });
});
