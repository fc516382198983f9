import type { EntitySubtype, EntityType } from '../core/types.js';
import { CompactTrie } from './trie.js';
import type { ParsedEntry } from './types.js';

/**
 * A compiled dictionary layer: entries in parallel arrays plus one trie whose payload is
 * `entryIndex * 2 + (alias ? 1 : 0)`. Immutable once built, so the built-in layer is shared.
 */
export interface CompiledDictionary {
  readonly trie: CompactTrie;
  readonly names: readonly string[];
  /** 0 = enterprise, 1 = institution. */
  readonly types: Uint8Array;
  readonly subtypes: readonly EntitySubtype[];
  readonly ids: readonly (string | undefined)[];
  /** Context an entry needs (see `ParsedEntry.context`), per entry. */
  readonly contexts: readonly (string | undefined)[];
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

/**
 * Compiles parsed entries (in layer order; a later entry with the same name replaces an earlier
 * one, and a later claim on an alias wins) into a {@link CompiledDictionary}.
 *
 * @example
 * const d = compileDictionary([{ name: '华为技术有限公司', type: 'enterprise', subtype: 'company', aliases: ['华为'], file: 'x', line: 2 }]);
 * lookupAt(d, '华为发布', 0)?.canonical //=> '华为技术有限公司'
 */
export function compileDictionary(entries: readonly ParsedEntry[]): CompiledDictionary {
  const index = new Map<string, number>();
  const names: string[] = [];
  const types: number[] = [];
  const subtypes: EntitySubtype[] = [];
  const ids: (string | undefined)[] = [];
  const contexts: (string | undefined)[] = [];
  const aliasLists: string[][] = [];
  for (const e of entries) {
    let i = index.get(e.name);
    if (i === undefined) {
      i = names.length;
      index.set(e.name, i);
      names.push(e.name);
      types.push(0);
      subtypes.push('');
      ids.push(undefined);
      contexts.push(undefined);
      aliasLists.push([]);
    }
    types[i] = e.type === 'enterprise' ? 0 : 1;
    subtypes[i] = e.subtype;
    ids[i] = e.id;
    contexts[i] = e.context;
    const list = aliasLists[i] as string[];
    for (const a of e.aliases) list.push(a);
  }
  const keys: string[] = [];
  const values: number[] = [];
  // Aliases first, names last: a string that is both an alias and a name resolves to the name.
  for (let i = 0; i < names.length; i++) {
    for (const a of aliasLists[i] ?? []) {
      keys.push(a);
      values.push(i * 2 + 1);
    }
  }
  for (let i = 0; i < names.length; i++) {
    keys.push(names[i] as string);
    values.push(i * 2);
  }
  return { trie: CompactTrie.build(keys, values), names, types: Uint8Array.from(types), subtypes, ids, contexts };
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

/** Resolves a trie payload. */
export function hitOf(dict: CompiledDictionary, payload: number, end: number): DictionaryHit {
  const i = payload >> 1;
  const id = dict.ids[i];
  const context = dict.contexts[i];
  return {
    end,
    canonical: dict.names[i] as string,
    type: dict.types[i] === 0 ? 'enterprise' : 'institution',
    subtype: dict.subtypes[i] as EntitySubtype,
    alias: (payload & 1) === 1,
    ...(id !== undefined ? { id } : {}),
    ...(context !== undefined ? { context } : {}),
  };
}
