import { unpackDictionary, type PackedDictionary } from './packedDictionary.js';

/** `flags[c]` bits. */
export const ASK_TRIE = 1; // a key longer than one unit starts with c, or c's value is not one unit
export const IDEOGRAPHIC_DESCRIPTION = 2; // c opens an ideographic description sequence (⿰⿱…)
const LONGER_KEY = 4; // a key longer than one unit starts with c (ASK_TRIE is set too)
const ODD_VALUE = 8; // the key c alone has a value that is not one unit (ASK_TRIE is set too)

// Bits of the filter on a key's first two units.
const PAIR_BITS = 18;

/** The filter slot of a key starting with units `a`, `b`. */
function pairSlot(a: number, b: number): number {
  // Multiplicative hashing of both units as one 32-bit number; the top bits are the best mixed.
  return Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - PAIR_BITS);
}

/** True when bit `c` of the 65,536-bit set `bits` is set. */
export function hasBit(bits: Uint32Array, c: number): boolean {
  return (bits[c >>> 5]! & (1 << (c & 31))) !== 0;
}

function setBit(bits: Uint32Array, c: number): void {
  bits[c >>> 5]! |= 1 << (c & 31);
}

/** A trie node over UTF-16 units: the value of the key ending here, and the next units. */
interface TrieNode {
  value: string | undefined;
  next: Map<number, TrieNode> | undefined;
}

/**
 * One step of an OpenCC conversion as flat tables: nearly every unit is read through `single`
 * (one BMP unit to one) and only units flagged in `flags` ask the trie, so a conversion costs a
 * table lookup per unit and no setup per text. The bit sets `special` and `touches` (8 kB each)
 * answer the per-unit questions of the passes from memory that stays in cache between texts,
 * beside the analyzer's much larger tables.
 */
export class ConversionTable {
  /** `single[c]`: the one-unit replacement of unit `c`, 0 for none. */
  readonly single = new Uint16Array(0x10000);
  /** `flags[c]`: {@link ASK_TRIE}, {@link IDEOGRAPHIC_DESCRIPTION}, or 0 (read `single`). */
  readonly flags = new Uint8Array(0x10000);
  /** Units with flags: the passes look closer only at these. */
  readonly special = new Uint32Array(0x10000 >>> 5);
  /** Units this table may rewrite (flags, or a one-unit value other than the unit). */
  readonly touches = new Uint32Array(0x10000 >>> 5);
  private readonly root: TrieNode = { value: undefined, next: undefined };
  /**
   * A bit per slot of {@link pairSlot}: set where a longer key's first two units fall. Most units
   * that start some longer key are not followed by the rest of one (一 starts phrases, 一個 none),
   * so this answers them without walking the trie.
   */
  private readonly pairs = new Uint32Array(1 << (PAIR_BITS - 5));
  /** The value of the last successful {@link match}. */
  value = '';

  /**
   * A table of OpenCC dictionaries loaded as one group: the first dictionary listing a key wins
   * (as in OpenCC), within one dictionary its last entry.
   */
  constructor(dictionaries: readonly PackedDictionary[]) {
    const entries = new Map<string, string>();
    for (const dictionary of dictionaries) {
      const own = new Map(unpackDictionary(dictionary));
      for (const [key, value] of own) if (!entries.has(key)) entries.set(key, value);
    }
    for (const [key, value] of entries) this.add(key, value);
    // OpenCC never converts inside an ideographic description sequence (U+2FF0–U+2FFF).
    for (let c = 0x2ff0; c <= 0x2fff; c++) this.flags[c]! |= IDEOGRAPHIC_DESCRIPTION;
    for (let c = 0; c < 0x10000; c++) {
      if (this.flags[c] !== 0) setBit(this.special, c);
      if (this.flags[c] !== 0 || (this.single[c] !== 0 && this.single[c] !== c)) setBit(this.touches, c);
    }
  }

  private add(key: string, value: string): void {
    const first = key.charCodeAt(0);
    if (key.length === 1 && value.length === 1) this.single[first] = value.charCodeAt(0);
    else if (key.length === 1) this.flags[first]! |= ASK_TRIE | ODD_VALUE;
    else {
      this.flags[first]! |= ASK_TRIE | LONGER_KEY;
      setBit(this.pairs, pairSlot(first, key.charCodeAt(1)));
    }
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(unit);
      if (child === undefined) {
        child = { value: undefined, next: undefined };
        node.next.set(unit, child);
      }
      node = child;
    }
    node.value = value;
  }

  /**
   * The end of the longest key at `units[i]` that ends by `limit`, or 0 when none does; its value
   * is left in {@link value}. Walking by UTF-16 units matches what OpenCC's walk by code points
   * matches, since no key starts with a low surrogate.
   */
  match(units: Uint16Array, i: number, limit: number): number {
    const flags = this.flags[units[i]!]!;
    if ((flags & ODD_VALUE) === 0) {
      // Only longer keys start here: none matches unless the next unit may continue one.
      if (i + 1 >= limit) return 0;
      if (!hasBit(this.pairs, pairSlot(units[i]!, units[i + 1]!))) return 0;
    }
    let node: TrieNode | undefined = this.root;
    let end = 0;
    for (let j = i; j < limit; j++) {
      node = node.next?.get(units[j]!);
      if (node === undefined) break;
      if (node.value !== undefined) {
        end = j + 1;
        this.value = node.value;
      }
    }
    return end;
  }
}

/**
 * The end of the ideographic description sequence at `i` (`⿰氵每`: an operator and its 2 or 3
 * components, which may nest), or 0 when `units[i]` opens none that fits before `limit`. OpenCC
 * leaves such a sequence as it is: it describes one character, its parts are not text.
 */
export function descriptionEnd(units: Uint16Array, i: number, limit: number): number {
  const c = units[i]!;
  const arity = c === 0x2ff2 || c === 0x2ff3 ? 3 : c >= 0x2ff0 && c <= 0x2fff ? 2 : 0;
  if (arity === 0) return 0;
  let end = i + 1;
  for (let k = 0; k < arity; k++) {
    if (end >= limit) return 0;
    const nested = descriptionEnd(units, end, limit);
    end = nested > 0 ? nested : end + unitLength(units, end, limit);
  }
  return end;
}

/** 2 at a surrogate pair, else 1. */
function unitLength(units: Uint16Array, i: number, limit: number): number {
  const c = units[i]!;
  return c >= 0xd800 && c < 0xdc00 && i + 1 < limit && units[i + 1]! >= 0xdc00 && units[i + 1]! < 0xe000 ? 2 : 1;
}
