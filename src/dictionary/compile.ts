import type { EntitySubtype, EntityType } from '../core/types.js';
import { simplifiedForm } from '../normalize/simplifiedForm.js';
import { CompactTrie } from './trie.js';
import type { ParsedEntry } from './types.js';

/**
 * Many strings in one: a single string plus offsets, so a million names cost two allocations
 * (and load from a snapshot as one decode) instead of a million objects. `at(i)` slices lazily.
 */
export class StringTable {
  private readonly blob: string;
  private readonly offsets: Uint32Array;

  private constructor(blob: string, offsets: Uint32Array) {
    this.blob = blob;
    this.offsets = offsets;
  }

  /**
   * Packs strings into a table.
   *
   * @example
   * StringTable.from(['华为', '腾讯']).at(1) //=> '腾讯'
   */
  static from(strings: readonly string[]): StringTable {
    const offsets = new Uint32Array(strings.length + 1);
    let at = 0;
    for (let i = 0; i < strings.length; i++) {
      at += (strings[i] as string).length;
      offsets[i + 1] = at;
    }
    return new StringTable(strings.join(''), offsets);
  }

  /**
   * A table over an existing blob and offsets (length n + 1, rising, ending at the blob's length).
   * Throws a RangeError when they do not fit together.
   *
   * @example
   * StringTable.fromParts('华为腾讯', Uint32Array.of(0, 2, 4)).at(0) //=> '华为'
   */
  static fromParts(blob: string, offsets: Uint32Array): StringTable {
    if (offsets.length < 1 || offsets[0] !== 0 || offsets[offsets.length - 1] !== blob.length) throw new RangeError('string table does not fit its blob');
    for (let i = 1; i < offsets.length; i++) if ((offsets[i] as number) < (offsets[i - 1] as number)) throw new RangeError('string table offsets are not rising');
    return new StringTable(blob, offsets);
  }

  /** Number of strings. */
  get length(): number {
    return this.offsets.length - 1;
  }

  /** The i-th string. */
  at(i: number): string {
    return this.blob.slice(this.offsets[i], this.offsets[i + 1]);
  }

  /** The blob and offsets, for a snapshot. */
  toParts(): { blob: string; offsets: Uint32Array } {
    return { blob: this.blob, offsets: this.offsets };
  }
}

/**
 * A compiled dictionary layer: entries in flat tables plus one trie whose payload is
 * `entryIndex * 2 + (alias ? 1 : 0)`. Immutable once built, so a layer is shared between
 * taggers (the built-in one by every tagger of the process, a user file layer by the taggers
 * derived with `withEntries`), and it can be written to and read from a binary snapshot as-is.
 */
export interface CompiledDictionary {
  /** Every name and alias, each mapped to `entryIndex * 2 + (alias ? 1 : 0)`. */
  readonly trie: CompactTrie;
  /** The canonical name per entry. */
  readonly names: StringTable;
  /** 0 = enterprise, 1 = institution. */
  readonly types: Uint8Array;
  /** Index into `subtypeNames`, per entry. */
  readonly subtypeCodes: Uint16Array;
  /** The subtypes the entries use; `subtypeCodes` index into it. */
  readonly subtypeNames: readonly EntitySubtype[];
  /** Id per entry (`''` = none), or null when no entry has one. */
  readonly ids: StringTable | null;
  /** Index into `contextNames` per entry (0 = no context), or null when no entry needs a context. */
  readonly contextCodes: Uint16Array | null;
  /** Context names; index 0 is `''` (none). See `ParsedEntry.context`. */
  readonly contextNames: readonly string[];
}

/** A dictionary hit resolved to its entry. */
export interface DictionaryHit {
  readonly end: number;
  readonly canonical: string;
  readonly type: EntityType;
  readonly subtype: EntitySubtype;
  readonly alias: boolean;
  readonly id?: string;
  readonly context?: string;
}

function intern(table: string[], index: Map<string, number>, s: string): number {
  let k = index.get(s);
  if (k === undefined) {
    k = table.length;
    if (k > 65535) throw new RangeError('more than 65,536 distinct subtypes or contexts');
    table.push(s);
    index.set(s, k);
  }
  return k;
}

function pushSimplified(keys: string[], values: number[], key: string, value: number): void {
  const simplified = simplifiedForm(key);
  if (simplified === null) return;
  keys.push(simplified);
  values.push(value);
}

/**
 * Compiles parsed entries (in layer order; a later entry with the same name replaces an earlier
 * one and inherits its aliases, and a later claim on an alias wins) into a
 * {@link CompiledDictionary}. `names.length` counts rows, repeated names included.
 *
 * @example
 * const d = compileDictionary([{ name: '华为技术有限公司', type: 'enterprise', subtype: 'company', aliases: ['华为'], file: 'x', line: 2 }]);
 * lookupAt(d, '华为发布', 0)?.canonical //=> '华为技术有限公司'
 */
export function compileDictionary(entries: readonly ParsedEntry[]): CompiledDictionary {
  return compileWithCollisions(entries).dictionary;
}

/**
 * {@link compileDictionary}, also telling which entries share a name or alias with another key
 * (ASCII case folded): `colliding[i]` is 1 for those. Only they can have cross-row problems, so
 * the checks of a million-row layer run on this subset (see `loadDictionaryLayer`).
 *
 * @example
 * compileWithCollisions([
 *   { name: '甲公司', type: 'enterprise', subtype: 'company', aliases: ['甲'], file: 'x', line: 2 },
 *   { name: '乙公司', type: 'enterprise', subtype: 'company', aliases: ['甲'], file: 'x', line: 3 },
 * ]).colliding //=> Uint8Array [1, 1]
 */
export function compileWithCollisions(entries: readonly ParsedEntry[]): { dictionary: CompiledDictionary; colliding: Uint8Array } {
  // One row per entry, no Map of names: a name given twice is resolved through the trie (the
  // later row's payload wins), and the earlier row's aliases are pointed at the later row.
  const n = entries.length;
  const names: string[] = new Array<string>(n);
  const types = new Uint8Array(n);
  const subtypeCodes = new Uint16Array(n);
  const contextCodes = new Uint16Array(n);
  const ids: string[] = new Array<string>(n);
  const subtypeNames: string[] = [];
  const subtypeIndex = new Map<string, number>();
  const contextNames: string[] = [''];
  const contextIndex = new Map<string, number>([['', 0]]);
  let anyId = false;
  let anyContext = false;
  const keys: string[] = [];
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    const e = entries[i] as ParsedEntry;
    names[i] = e.name;
    types[i] = e.type === 'enterprise' ? 0 : 1;
    subtypeCodes[i] = intern(subtypeNames, subtypeIndex, e.subtype);
    ids[i] = e.id ?? '';
    if (e.id !== undefined) anyId = true;
    if (e.context !== undefined) {
      contextCodes[i] = intern(contextNames, contextIndex, e.context);
      anyContext = true;
    }
    // Aliases first, names last: a string that is both an alias and a name resolves to the name.
    for (const a of e.aliases) {
      keys.push(a);
      values.push(i * 2 + 1);
    }
  }
  // A key written in traditional characters also goes in simplified: traditional text is matched
  // on its simplified view, so a name in either script matches text in either script (#19).
  for (let i = 0, end = keys.length; i < end; i++) pushSimplified(keys, values, keys[i] as string, values[i] as number);
  for (let i = 0; i < n; i++) pushSimplified(keys, values, names[i] as string, i * 2);
  for (let i = 0; i < n; i++) {
    keys.push(names[i] as string);
    values.push(i * 2);
  }
  const nameAt = keys.length - n;
  const duplicates = new Int32Array(keys.length).fill(-1);
  let trie = CompactTrie.build(keys, values, duplicates);
  const colliding = new Uint8Array(n);
  for (let k = 0; k < duplicates.length; k++) {
    const w = duplicates[k] as number;
    if (w >= 0) {
      colliding[(values[k] as number) >> 1] = 1;
      colliding[(values[w] as number) >> 1] = 1;
    }
  }
  keys.length = 0;
  values.length = 0;
  // rows whose name a later row repeats: their aliases belong to that later row
  let canon: Int32Array | null = null;
  for (let i = 0; i < n; i++) {
    const w = duplicates[nameAt + i] as number;
    if (w >= 0) {
      canon ??= Int32Array.from({ length: n }, (_, k) => k);
      canon[i] = w - nameAt;
    }
  }
  if (canon) {
    const c = canon;
    trie = trie.mapValues((v) => ((v & 1) === 1 ? (c[v >> 1] as number) * 2 + 1 : v));
  }
  const dictionary: CompiledDictionary = {
    trie,
    names: StringTable.from(names),
    types,
    subtypeCodes,
    subtypeNames,
    ids: anyId ? StringTable.from(ids) : null,
    contextCodes: anyContext ? contextCodes : null,
    contextNames,
  };
  return { dictionary, colliding };
}

/**
 * The entry index of a canonical `name` in `dict`, or -1 (aliases do not count).
 *
 * @example
 * entryIndexOf(compileDictionary([{ name: '甲公司', type: 'enterprise', subtype: 'company', aliases: [], file: 'x', line: 2 }]), '甲公司') //=> 0
 */
export function entryIndexOf(dict: CompiledDictionary, name: string): number {
  // names are written after aliases, so a key that is a name always resolves to that name
  const v = dict.trie.get(name);
  return v >= 0 && (v & 1) === 0 && dict.names.at(v >> 1) === name ? v >> 1 : -1;
}

/**
 * The longest dictionary name or alias starting at `start`, or null.
 *
 * @example
 * lookupAt(compileDictionary([]), '华为', 0) //=> null
 */
export function lookupAt(dict: CompiledDictionary, text: string, start: number): DictionaryHit | null {
  const m = dict.trie.longestAt(text, start);
  if (!m) return null;
  return hitOf(dict, m.value, m.end);
}

/**
 * Resolves a trie payload to its entry.
 *
 * @example
 * const d = compileDictionary([{ name: '甲公司', type: 'enterprise', subtype: 'company', aliases: [], file: 'x', line: 2 }]);
 * hitOf(d, 0, 3).canonical //=> '甲公司'
 */
export function hitOf(dict: CompiledDictionary, payload: number, end: number): DictionaryHit {
  const i = payload >> 1;
  const id = dict.ids ? dict.ids.at(i) : '';
  const context = dict.contextCodes ? dict.contextNames[dict.contextCodes[i] as number] ?? '' : '';
  const hit: { -readonly [K in keyof DictionaryHit]: DictionaryHit[K] } = {
    end,
    canonical: dict.names.at(i),
    type: dict.types[i] === 0 ? 'enterprise' : 'institution',
    subtype: dict.subtypeNames[dict.subtypeCodes[i] as number] as EntitySubtype,
    alias: (payload & 1) === 1,
  };
  // optional keys set only when present (the same keys in the same order as a spread, without
  // the spread's copy: the tagger makes one of these per dictionary hit)
  if (id !== '') hit.id = id;
  if (context !== '') hit.context = context;
  return hit;
}
