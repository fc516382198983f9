/**
 * The unit tries of the numbers stage, built from the typed tables of `src/lexicon/units.ts`
 * (the words live there; this module only makes them fast to match).
 */
import { CURRENCY_SYMBOL_WORDS, CURRENCY_UNITS, LATIN_UNIT_WORDS, PER_UNIT_WORDS, PREFIXED_UNIT_WORDS, UNIT_ROWS } from '../lexicon/units.js';
import type { UnitInfo, UnitKind } from '../lexicon/units.js';
import { buildTrie } from './trie.js';
import type { Trie } from './trie.js';

export type { UnitInfo, UnitKind } from '../lexicon/units.js';

/**
 * Currencies counted in 元 that are named before the amount (港币481亿元, 新台币2157.85亿元): the
 * name decides the currency of a bare 元 after the number.
 */
export const CURRENCY_BEFORE: Trie<string> = buildTrie(
  CURRENCY_UNITS.filter(([w, code]) => code !== 'CNY' && code !== 'BTC' && !w.startsWith('元') && /[元币]$/.test(w)),
  true,
);

/** Han and symbol units, longest match first. */
export const UNITS: Trie<UnitInfo> = buildTrie(UNIT_ROWS);

const KIND_OF = new Map<string, UnitKind>();
for (const [, info] of UNIT_ROWS) if (!KIND_OF.has(info.canonical)) KIND_OF.set(info.canonical, info.kind);

/** The kind of a canonical unit (`吨` → measure, `CNY` → currency), or undefined. */
export function unitKindOf(canonical: string): UnitKind | undefined {
  return KIND_OF.get(canonical) ?? (/^[A-Za-z³²]+$/.test(canonical) ? 'measure' : undefined);
}

/** Latin units; they must end at a non-letter (`5G` is a label, `5GW` a measure). */
export const LATIN_UNITS: Trie<UnitInfo> = buildTrie(
  LATIN_UNIT_WORDS.map(([w, c]) => [w, { canonical: c, kind: 'measure' } as UnitInfo] as const),
);

/** 千/兆 starting one of these is an SI prefix of the unit, not a magnitude of the number. */
export const PREFIXED_UNITS: Trie<true> = buildTrie(PREFIXED_UNIT_WORDS.map((w) => [w, true] as const));

/** Currency symbols written before the number. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map(CURRENCY_SYMBOL_WORDS);

/**
 * 每吨, 每盎司, 每平方米, 每股: "per unit" written before a price (每吨5000元 → CNY/吨), matched
 * leftwards from the number. Measures and shares only: 每人500元 or 每月500元 is an amount
 * per person or period, which the spec does not type as a unit price.
 */
export const PER_UNIT: Trie<string> = buildTrie(
  PER_UNIT_WORDS.flatMap(([w, c]) => [[`每${w}`, c] as const, [`每一${w}`, c] as const]),
  true,
);

/** True when `canonical` may follow a price as its "per" unit (元/吨, 美元每盎司). */
export function isPerUnit(canonical: string): boolean {
  return PER_UNIT_CANONICAL.has(canonical);
}

const PER_UNIT_CANONICAL = new Set<string>(PER_UNIT_WORDS.map(([, c]) => c));
