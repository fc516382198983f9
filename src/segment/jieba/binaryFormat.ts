/**
 * The compiled jieba dictionary: one binary file holding a double-array trie over UTF-16 code
 * units (remapped to a dense alphabet), each word's log-probability weight and POS tag, and the
 * B/E/M/S hidden Markov model for unknown words. Written by `scripts/build-jieba.ts` at build
 * time, read here from bytes, so loading is one file read and a few typed-array views (no parse).
 *
 * Layout (little-endian): a 16-byte header (magic, version, byte-order probe, metadata length),
 * UTF-8 JSON metadata, then 8-byte-aligned sections in the order of {@link SECTIONS}.
 */

const MAGIC = 0x424a485a; // 'ZHJB'
const VERSION = 1;
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

/** The typed arrays of the compiled dictionary (views on the file's bytes where alignment allows). */
export interface JiebaTables {
  /** UTF-16 code unit → dense alphabet code (0: the unit occurs in no word). */
  readonly alphabet: Uint16Array;
  /** Double-array base: child of node s by code c is base[s] + c, valid when check[child] === s. */
  readonly base: Int32Array;
  readonly check: Int32Array;
  /** Per node: 0 when no word ends here, else (weight index << 8) | tag id. */
  readonly info: Uint32Array;
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

const SECTIONS = ['alphabet', 'base', 'check', 'info', 'weights', 'hmmChars', 'hmmEmit'] as const;
type SectionName = (typeof SECTIONS)[number];
const KINDS: Record<SectionName, { bytes: number; make(buf: ArrayBuffer, off: number, len: number): JiebaTables[SectionName] }> = {
  alphabet: { bytes: 2, make: (b, o, n) => new Uint16Array(b, o, n) },
  base: { bytes: 4, make: (b, o, n) => new Int32Array(b, o, n) },
  check: { bytes: 4, make: (b, o, n) => new Int32Array(b, o, n) },
  info: { bytes: 4, make: (b, o, n) => new Uint32Array(b, o, n) },
  weights: { bytes: 8, make: (b, o, n) => new Float64Array(b, o, n) },
  hmmChars: { bytes: 4, make: (b, o, n) => new Uint32Array(b, o, n) },
  hmmEmit: { bytes: 8, make: (b, o, n) => new Float64Array(b, o, n) },
};

/** The error for bytes that are not a compiled jieba dictionary of this version. */
export class JiebaDictionaryError extends Error {
  /** Always `JiebaDictionaryError`. */
  override readonly name = 'JiebaDictionaryError';
}

const align8 = (n: number): number => (n + 7) & ~7;

/**
 * Serialises a compiled dictionary (used by the build script).
 *
 * @example
 * const bytes = encodeJiebaData({ meta, tables });
 */
export function encodeJiebaData(data: JiebaData): Uint8Array {
  const metaBytes = new TextEncoder().encode(JSON.stringify(data.meta));
  const lengths = SECTIONS.map((name) => data.tables[name].length);
  // header: magic, version, probe, meta length, then one element count per section
  const headerBytes = align8(16 + 4 * SECTIONS.length);
  let size = align8(headerBytes + metaBytes.length);
  const offsets = SECTIONS.map((name, i) => {
    const at = size;
    size = align8(size + lengths[i]! * KINDS[name].bytes);
    return at;
  });
  const out = new Uint8Array(size);
  const header = new Uint32Array(out.buffer, 0, 4 + SECTIONS.length);
  header.set([MAGIC, VERSION, BYTE_ORDER_PROBE, metaBytes.length, ...lengths]);
  out.set(metaBytes, headerBytes);
  SECTIONS.forEach((name, i) => {
    const t = data.tables[name];
    out.set(new Uint8Array(t.buffer, t.byteOffset, t.byteLength), offsets[i]!);
  });
  return out;
}

/**
 * Reads a compiled dictionary from its bytes without copying them (unless they are not 8-byte
 * aligned). Throws {@link JiebaDictionaryError} for anything else.
 *
 * @example
 * const data = decodeJiebaData(new Uint8Array(await (await fetch(url)).arrayBuffer()));
 */
export function decodeJiebaData(bytes: Uint8Array): JiebaData {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('the jieba dictionary must be given as a Uint8Array');
  const headerBytes = align8(16 + 4 * SECTIONS.length);
  if (bytes.byteLength < headerBytes) throw new JiebaDictionaryError('not a zhnews jieba dictionary (too short)');
  const own = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const header = new Uint32Array(own.buffer, own.byteOffset, 4 + SECTIONS.length);
  if (header[0] !== MAGIC) {
    if (header[2] === 0x04030201) throw new JiebaDictionaryError('the jieba dictionary was compiled on a machine of the other byte order');
    throw new JiebaDictionaryError('not a zhnews jieba dictionary (bad magic number)');
  }
  if (header[1] !== VERSION) throw new JiebaDictionaryError(`jieba dictionary version ${header[1]} is not ${VERSION}: rebuild it`);
  const metaLength = header[3]!;
  const meta = JSON.parse(new TextDecoder().decode(own.subarray(headerBytes, headerBytes + metaLength))) as JiebaMeta;
  let at = align8(headerBytes + metaLength);
  const tables: Partial<Record<SectionName, JiebaTables[SectionName]>> = {};
  SECTIONS.forEach((name, i) => {
    const n = header[4 + i]!;
    const kind = KINDS[name];
    if (at + n * kind.bytes > own.byteLength) throw new JiebaDictionaryError('the jieba dictionary is truncated');
    tables[name] = kind.make(own.buffer as ArrayBuffer, own.byteOffset + at, n);
    at = align8(at + n * kind.bytes);
  });
  return { meta, tables: tables as JiebaTables };
}
