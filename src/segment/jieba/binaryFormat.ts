/**
 * The compiled jieba dictionary file: a compact serialisation of the double-array trie over
 * UTF-16 code units (remapped to a dense alphabet), each word's log-probability weight and POS
 * tag, and the B/E/M/S hidden Markov model for unknown words. Written by
 * `scripts/build-jieba.ts` at build time, expanded here from bytes in plain JavaScript (no
 * `node:` module, no platform decompressor), so it loads the same way in Node, a browser, Deno
 * and Bun.
 *
 * Why compact: the expanded double array is ~11 MB (three 32-bit words per slot, most slots
 * free); the file keeps only what the array is made of, the trie in preorder with each node's
 * base, child codes and word entry as variable-length integers (~3 MB). Expanding it is one
 * linear pass that writes base, check and info exactly as the build made them, side by side per
 * slot (one cache line holds what a step of the segmenter reads: the check of a child, then its
 * base and word entry).
 *
 * Layout (little-endian): a header of 32-bit words (magic, version, byte-order probe, metadata
 * length, slot count, then one byte length per section), UTF-8 JSON metadata, then 8-byte-aligned
 * sections in the order of {@link SECTIONS}.
 */

const MAGIC = 0x424a485a; // 'ZHJB'
const VERSION = 2;
const BYTE_ORDER_PROBE = 0x01020304;

/** Scalars and small tables of the compiled dictionary. */
export interface JiebaMeta {
  /** Where the data came from and under which licence. */
  readonly source: string;
  /** Tag names by id; id 0 is "no tag" (words whose tag cppjieba leaves empty). */
  readonly tags: readonly string[];
  /** Sum of the main dictionary's frequencies: user words with a frequency weigh log(freq / freqSum). */
  readonly freqSum: number;
  /** The lowest word weight: what a character outside the dictionary weighs. */
  readonly minWeight: number;
  /** The median word weight: what a user word without a frequency weighs (cppjieba's default). */
  readonly medianWeight: number;
  /** HMM start log-probabilities, states B, E, M, S. */
  readonly hmmStart: readonly number[];
  /** HMM transition log-probabilities, row = from state, column = to state (B, E, M, S). */
  readonly hmmTrans: readonly (readonly number[])[];
}

/** The typed arrays of the compiled dictionary, as the segmenter reads them. */
export interface JiebaTables {
  /** UTF-16 code unit → dense alphabet code (0: the unit occurs in no word). */
  readonly alphabet: Uint16Array;
  /**
   * The double array, three 32-bit words per slot `s`: `trie[3s]` its base, `trie[3s + 1]` its
   * check, `trie[3s + 2]` its word entry. The child of node s by code c is t = base(s) + c, valid
   * when check(t) === s; the entry is 0 when no word ends at the node, else (weight index << 8) |
   * tag id (read it with `>>> 8` and `& 0xff`).
   */
  readonly trie: Int32Array;
  /** Distinct word weights (natural log of frequency / freqSum). */
  readonly weights: Float64Array;
  /** Code points the HMM has emission probabilities for, ascending. */
  readonly hmmChars: Uint32Array;
  /** Emission log-probabilities: hmmEmit[k * 4 + state] for hmmChars[k] (missing: -3.14e100). */
  readonly hmmEmit: Float64Array;
}

/** A decoded dictionary file. */
export interface JiebaData {
  readonly meta: JiebaMeta;
  readonly tables: JiebaTables;
}

/** The error for bytes that are not a compiled jieba dictionary of this version. */
export class JiebaDictionaryError extends Error {
  /** Always `JiebaDictionaryError`. */
  override readonly name = 'JiebaDictionaryError';
}

// units: the UTF-16 unit of each alphabet code (code i + 1); entries: the distinct info words,
// most used first, so the trie stream refers to the common ones in one byte; trie: the stream.
const SECTIONS = ['units', 'entries', 'weights', 'hmmChars', 'hmmEmit', 'trie'] as const;
type SectionName = (typeof SECTIONS)[number];
const ELEMENT_BYTES: Record<SectionName, number> = { units: 2, entries: 4, weights: 8, hmmChars: 4, hmmEmit: 8, trie: 1 };
const HEADER_WORDS = 5 + SECTIONS.length;
const HEADER_BYTES = (4 * HEADER_WORDS + 7) & ~7;

const align8 = (n: number): number => (n + 7) & ~7;

/** Growable byte buffer of unsigned LEB128 integers. */
class VarintWriter {
  private bytes = new Uint8Array(1 << 20);
  length = 0;
  write(n: number): void {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    while (n >= 0x80) {
      this.bytes[this.length++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    this.bytes[this.length++] = n;
  }
  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/**
 * The {@link JiebaTables.trie} array of separate base, check and info arrays (used by the build).
 *
 * @example
 * const trie = interleaveTrie(base, check, info); // trie[3 * s + 1] === check[s]
 */
export function interleaveTrie(base: Int32Array, check: Int32Array, info: Uint32Array): Int32Array {
  const trie = new Int32Array(3 * check.length);
  for (let s = 0; s < check.length; s++) {
    trie[3 * s] = base[s]!;
    trie[3 * s + 1] = check[s]!;
    trie[3 * s + 2] = info[s]!;
  }
  return trie;
}

// zigzag: small signed deltas of consecutive bases become small unsigned numbers (decoded inline)
const zigzag = (n: number): number => (n >= 0 ? n * 2 : -n * 2 - 1);

/**
 * The trie as a stream, depth first from the root, children visited from the highest code down
 * (the order the build placed them, so consecutive bases are close). Per node: (entry rank + 1,
 * or 0 when no word ends here) * 2 + 1 if it has children; then for a node with children their
 * count, its base as a delta from the previous base, and the child codes ascending as gaps.
 */
function encodeTrie(tables: JiebaTables, entryRank: Map<number, number>): Uint8Array {
  const { trie } = tables;
  const slots = trie.length / 3;
  const base = (s: number): number => trie[3 * s]!;
  const info = (s: number): number => trie[3 * s + 2]! >>> 0;
  const firstChild = new Int32Array(slots).fill(-1);
  const nextSibling = new Int32Array(slots).fill(-1);
  // children in ascending slot order = ascending code order (same base); link them in reverse
  for (let t = slots - 1; t > 0; t--) {
    const parent = trie[3 * t + 1]!;
    if (parent < 0) continue;
    nextSibling[t] = firstChild[parent]!;
    firstChild[parent] = t;
  }
  const out = new VarintWriter();
  const stack = [0];
  let previousBase = 0;
  while (stack.length > 0) {
    const s = stack.pop()!;
    let count = 0;
    for (let t = firstChild[s]!; t >= 0; t = nextSibling[t]!) count++;
    out.write((info(s) === 0 ? 0 : entryRank.get(info(s))! + 1) * 2 + (count > 0 ? 1 : 0));
    if (count === 0) continue;
    out.write(count);
    out.write(zigzag(base(s) - previousBase));
    previousBase = base(s);
    let previousCode = 0;
    for (let t = firstChild[s]!; t >= 0; t = nextSibling[t]!) {
      out.write(t - base(s) - previousCode);
      previousCode = t - base(s);
      stack.push(t);
    }
  }
  return out.result();
}

/**
 * Serialises a compiled dictionary (used by the build script).
 *
 * @example
 * const bytes = encodeJiebaData({ meta, tables });
 */
export function encodeJiebaData(data: JiebaData): Uint8Array {
  const { tables } = data;
  const codeCount = Math.max(...tables.alphabet);
  const units = new Uint16Array(codeCount);
  tables.alphabet.forEach((code, unit) => {
    if (code > 0) units[code - 1] = unit;
  });
  const uses = new Map<number, number>();
  for (let i = 2; i < tables.trie.length; i += 3) {
    const v = tables.trie[i]! >>> 0;
    if (v !== 0) uses.set(v, (uses.get(v) ?? 0) + 1);
  }
  const entries = Uint32Array.from([...uses.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([v]) => v));
  const entryRank = new Map<number, number>();
  entries.forEach((v, i) => entryRank.set(v, i));
  const sections: Record<SectionName, ArrayBufferView> = {
    units,
    entries,
    weights: tables.weights,
    hmmChars: tables.hmmChars,
    hmmEmit: tables.hmmEmit,
    trie: encodeTrie(tables, entryRank),
  };
  const metaBytes = new TextEncoder().encode(JSON.stringify(data.meta));
  let size = align8(HEADER_BYTES + metaBytes.length);
  const offsets = SECTIONS.map((name) => {
    const at = size;
    size = align8(size + sections[name].byteLength);
    return at;
  });
  const out = new Uint8Array(size);
  const header = new Uint32Array(out.buffer, 0, HEADER_WORDS);
  header.set([MAGIC, VERSION, BYTE_ORDER_PROBE, metaBytes.length, tables.trie.length / 3, ...SECTIONS.map((name) => sections[name].byteLength)]);
  out.set(metaBytes, HEADER_BYTES);
  SECTIONS.forEach((name, i) => {
    const v = sections[name];
    out.set(new Uint8Array(v.buffer, v.byteOffset, v.byteLength), offsets[i]!);
  });
  return out;
}

const corruptTrie = (): never => {
  throw new JiebaDictionaryError('the jieba dictionary is corrupt (trie stream)');
};

/** The LEB128 integer at `at` (several bytes; the one-byte case is inlined by the caller). */
function varintAt(stream: Uint8Array, at: number): number {
  let n = 0;
  for (let shift = 0; shift <= 21; shift += 7) {
    if (at >= stream.length) break;
    const byte = stream[at++]!;
    n |= (byte & 0x7f) << shift;
    if (byte < 0x80) return n;
  }
  return corruptTrie();
}

/** Where the LEB128 integer at `at` ends. */
function varintEnd(stream: Uint8Array, at: number): number {
  while (stream[at]! >= 0x80) at++;
  return at + 1;
}

/**
 * Reads the varint stream back into the double array (the inverse of {@link encodeTrie}). This
 * runs once per process on ~2.5 MB, so reads are inlined: almost every integer is one byte.
 */
function expandTrie(stream: Uint8Array, entries: Uint32Array, slots: number, codeCount: number): Int32Array {
  // base, check, info per slot; every check starts free (-1)
  const trie = new Int32Array(3 * slots);
  for (let i = 1; i < trie.length; i += 3) trie[i] = -1;
  const end = stream.length;
  // a node's children are pushed ascending and popped highest first, as the build placed them
  const stack = new Int32Array(slots);
  let top = 0;
  stack[top++] = 0;
  trie[1] = 0;
  let at = 0;
  let previousBase = 0;
  let v = 0;
  while (top > 0) {
    const s = stack[--top]!;
    if (at >= end) corruptTrie();
    v = stream[at]!;
    if (v < 0x80) at++;
    else {
      v = varintAt(stream, at);
      at = varintEnd(stream, at);
    }
    const entry = v >>> 1;
    if (entry > entries.length) corruptTrie();
    trie[3 * s + 2] = entry === 0 ? 0 : entries[entry - 1]!;
    if ((v & 1) === 0) continue;
    const count = varintAt(stream, at);
    at = varintEnd(stream, at);
    const delta = varintAt(stream, at);
    at = varintEnd(stream, at);
    const b = previousBase + ((delta >>> 1) ^ -(delta & 1));
    previousBase = b;
    trie[3 * s] = b;
    if (count === 0 || top + count > slots) corruptTrie();
    let code = 0;
    for (let i = 0; i < count; i++) {
      if (at >= end) corruptTrie();
      v = stream[at]!;
      if (v < 0x80) at++;
      else {
        v = varintAt(stream, at);
        at = varintEnd(stream, at);
      }
      code += v;
      const t = b + code;
      if (code < 1 || code > codeCount || t < 1 || t >= slots || trie[3 * t + 1] !== -1) corruptTrie();
      trie[3 * t + 1] = s;
      stack[top++] = t;
    }
  }
  if (at !== end) corruptTrie();
  return trie;
}

/**
 * Reads a compiled dictionary from its bytes, expanding the trie into typed arrays (one linear
 * pass, plain JavaScript). Throws {@link JiebaDictionaryError} for anything else.
 *
 * @example
 * const data = decodeJiebaData(new Uint8Array(await (await fetch(url)).arrayBuffer()));
 */
export function decodeJiebaData(bytes: Uint8Array): JiebaData {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('the jieba dictionary must be given as a Uint8Array');
  if (bytes.byteLength < HEADER_BYTES) throw new JiebaDictionaryError('not a zhnews jieba dictionary (too short)');
  const own = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const header = new Uint32Array(own.buffer, own.byteOffset, HEADER_WORDS);
  if (header[0] !== MAGIC) {
    if (header[2] === 0x04030201) throw new JiebaDictionaryError('the jieba dictionary was compiled on a machine of the other byte order');
    throw new JiebaDictionaryError('not a zhnews jieba dictionary (bad magic number)');
  }
  if (header[1] !== VERSION) throw new JiebaDictionaryError(`jieba dictionary version ${header[1]} is not ${VERSION}: rebuild it`);
  const metaLength = header[3]!;
  const slots = header[4]!;
  if (HEADER_BYTES + metaLength > own.byteLength) throw new JiebaDictionaryError('the jieba dictionary is truncated');
  const meta = JSON.parse(new TextDecoder().decode(own.subarray(HEADER_BYTES, HEADER_BYTES + metaLength))) as JiebaMeta;
  let at = align8(HEADER_BYTES + metaLength);
  const sections = {} as { [K in SectionName]: Uint8Array };
  SECTIONS.forEach((name, i) => {
    const n = header[5 + i]!;
    if (n % ELEMENT_BYTES[name] !== 0 || at + n > own.byteLength) throw new JiebaDictionaryError('the jieba dictionary is truncated');
    sections[name] = own.subarray(at, at + n);
    at = align8(at + n);
  });
  const typed = <T>(name: SectionName, make: (buffer: ArrayBuffer, offset: number, length: number) => T): T =>
    make(own.buffer as ArrayBuffer, sections[name].byteOffset, sections[name].byteLength / ELEMENT_BYTES[name]);
  const units = typed('units', (b, o, n) => new Uint16Array(b, o, n));
  const alphabet = new Uint16Array(65536);
  units.forEach((unit, i) => (alphabet[unit] = i + 1));
  const entries = typed('entries', (b, o, n) => new Uint32Array(b, o, n));
  const tables: JiebaTables = {
    alphabet,
    trie: expandTrie(sections.trie, entries, slots, units.length),
    weights: typed('weights', (b, o, n) => new Float64Array(b, o, n)),
    hmmChars: typed('hmmChars', (b, o, n) => new Uint32Array(b, o, n)),
    hmmEmit: typed('hmmEmit', (b, o, n) => new Float64Array(b, o, n)),
  };
  return { meta, tables };
}
