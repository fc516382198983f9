/**
 * The binary snapshot of a {@link CompiledDictionary}: the typed arrays written raw, so loading a
 * million names is one file read, a checksum and a few array views (no JSON of objects).
 *
 * Layout (little-endian):
 *
 * | bytes | what |
 * |---|---|
 * | 0–7 | magic `ZHNDICT\0` |
 * | 8–11 | format version ({@link SNAPSHOT_VERSION}) |
 * | 12–15 | byte length M of the metadata JSON |
 * | 16–23 | byte length P of the payload |
 * | 24–43 | SHA-1 of every other byte of the file |
 * | 48… | metadata JSON (UTF-8: section offsets, subtype and context names, caller's `extra`), padded to 8 |
 * | … | payload: the sections, each 8-byte aligned |
 *
 * Pure (no I/O): `cache.ts` reads and writes the files.
 */
import { createHash } from 'node:crypto';
import { StringTable, type CompiledDictionary } from './compile.js';
import { CompactTrie } from './trie.js';

/** Bumped whenever the layout or the compiled form changes; part of every cache key. */
export const SNAPSHOT_VERSION = 2;

const MAGIC = Buffer.from('ZHNDICT\0', 'latin1');
const HEAD = 48;

type SectionName =
  | 'nodes'
  | 'pairs'
  | 'types'
  | 'subtypeCodes'
  | 'contextCodes'
  | 'nameOffsets'
  | 'nameBlob'
  | 'idOffsets'
  | 'idBlob';

interface SnapshotMeta {
  readonly size: number;
  readonly subtypeNames: string[];
  readonly contextNames: string[];
  readonly sections: Partial<Record<SectionName, [number, number]>>;
  readonly extra: unknown;
}

function bytesOf(a: ArrayBufferView): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/**
 * Writes a compiled dictionary (and any JSON `extra`, e.g. its warnings) as one binary buffer.
 *
 * @example
 * const buf = encodeSnapshot(compileDictionary([]), { warnings: [] });
 * decodeSnapshot(buf).dictionary.names.length //=> 0
 */
export function encodeSnapshot(dict: CompiledDictionary, extra: unknown = null): Buffer {
  if (!isLittleEndian()) throw new Error('dictionary snapshots need a little-endian machine');
  const trie = dict.trie.toParts();
  const names = dict.names.toParts();
  const parts: [SectionName, Uint8Array][] = [
    ['nodes', bytesOf(trie.nodes)],
    ['types', bytesOf(dict.types)],
    ['subtypeCodes', bytesOf(dict.subtypeCodes)],
    ['nameOffsets', bytesOf(names.offsets)],
    ['nameBlob', Buffer.from(names.blob, 'utf16le')],
  ];
  if (trie.pairs) parts.push(['pairs', trie.pairs]);
  if (dict.contextCodes) parts.push(['contextCodes', bytesOf(dict.contextCodes)]);
  if (dict.ids) {
    const ids = dict.ids.toParts();
    parts.push(['idOffsets', bytesOf(ids.offsets)], ['idBlob', Buffer.from(ids.blob, 'utf16le')]);
  }
  const sections: Partial<Record<SectionName, [number, number]>> = {};
  let at = 0;
  for (const [name, bytes] of parts) {
    sections[name] = [at, bytes.byteLength];
    at = align8(at + bytes.byteLength);
  }
  const payloadBytes = at;
  const meta: SnapshotMeta = { size: trie.size, subtypeNames: [...dict.subtypeNames], contextNames: [...dict.contextNames], sections, extra };
  const metaBuf = Buffer.from(JSON.stringify(meta), 'utf8');
  const payloadStart = align8(HEAD + metaBuf.byteLength);
  const out = Buffer.alloc(payloadStart + payloadBytes);
  MAGIC.copy(out, 0);
  out.writeUInt32LE(SNAPSHOT_VERSION, 8);
  out.writeUInt32LE(metaBuf.byteLength, 12);
  out.writeBigUInt64LE(BigInt(payloadBytes), 16);
  metaBuf.copy(out, HEAD);
  for (const [name, bytes] of parts) out.set(bytes, payloadStart + (sections[name] as [number, number])[0]);
  checksum(out).copy(out, 24);
  return out;
}

/** Thrown by {@link decodeSnapshot} for anything that is not an intact snapshot of this version. */
export class SnapshotError extends Error {
  /** Always `SnapshotError`. */
  override readonly name = 'SnapshotError';
}

/** What {@link decodeSnapshot} reads back. */
export interface DecodedSnapshot {
  /** The compiled dictionary, its typed arrays viewing the buffer where alignment allows. */
  readonly dictionary: CompiledDictionary;
  /** The `extra` value given to {@link encodeSnapshot} (diagnostics, keys), or null. */
  readonly extra: unknown;
}

/**
 * Reads a snapshot written by {@link encodeSnapshot}. The typed arrays are views on `buf` where
 * alignment allows (no copy). Throws {@link SnapshotError} when the buffer is truncated, of
 * another version, fails its checksum or does not fit together; never returns a damaged
 * dictionary.
 *
 * @example
 * const { dictionary } = decodeSnapshot(encodeSnapshot(compileDictionary([{ name: '甲公司', type: 'enterprise', subtype: 'company', aliases: ['甲'], file: 'x', line: 2 }])));
 * lookupAt(dictionary, '甲发布', 0)?.canonical //=> '甲公司'
 */
export function decodeSnapshot(buf: Buffer): DecodedSnapshot {
  try {
    return decode(buf);
  } catch (error) {
    if (error instanceof SnapshotError) throw error;
    throw new SnapshotError(`damaged dictionary snapshot: ${(error as Error).message}`);
  }
}

function decode(buf: Buffer): { dictionary: CompiledDictionary; extra: unknown } {
  if (!isLittleEndian()) throw new SnapshotError('dictionary snapshots need a little-endian machine');
  if (buf.byteLength < HEAD || !buf.subarray(0, 8).equals(MAGIC)) throw new SnapshotError('not a zhnews dictionary snapshot');
  const version = buf.readUInt32LE(8);
  if (version !== SNAPSHOT_VERSION) throw new SnapshotError(`snapshot version ${version}, expected ${SNAPSHOT_VERSION}`);
  const metaBytes = buf.readUInt32LE(12);
  const payloadBytes = Number(buf.readBigUInt64LE(16));
  const payloadStart = align8(HEAD + metaBytes);
  if (payloadStart + payloadBytes !== buf.byteLength) throw new SnapshotError('snapshot is truncated or too long');
  const payload = buf.subarray(payloadStart);
  if (!checksum(buf).equals(buf.subarray(24, 44))) throw new SnapshotError('snapshot checksum mismatch');
  const meta = JSON.parse(buf.toString('utf8', HEAD, HEAD + metaBytes)) as SnapshotMeta;
  const section = (name: SectionName): Buffer | null => {
    const s = meta.sections[name];
    if (!s) return null;
    const [off, len] = s;
    if (!(Number.isInteger(off) && Number.isInteger(len) && off >= 0 && len >= 0 && off + len <= payloadBytes)) throw new SnapshotError(`bad section ${name}`);
    return payload.subarray(off, off + len);
  };
  const need = (name: SectionName): Buffer => {
    const s = section(name);
    if (!s) throw new SnapshotError(`missing section ${name}`);
    return s;
  };
  const view = <T>(b: Buffer, ctor: { new (buffer: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number }): T => {
    if (b.byteLength % ctor.BYTES_PER_ELEMENT !== 0) throw new SnapshotError('section length is not a whole number of elements');
    let src = b;
    // a view needs an aligned offset; copy when the buffer came unaligned
    if (b.byteOffset % ctor.BYTES_PER_ELEMENT !== 0) src = Buffer.from(b);
    return new ctor(src.buffer as ArrayBuffer, src.byteOffset, src.byteLength / ctor.BYTES_PER_ELEMENT);
  };
  const pairsBuf = section('pairs');
  const trie = CompactTrie.fromParts({
    nodes: view(need('nodes'), Int32Array),
    pairs: pairsBuf ? view(pairsBuf, Uint8Array) : null,
    size: meta.size,
  });
  const nameBlob = need('nameBlob');
  const names = StringTable.fromParts(nameBlob.toString('utf16le'), view(need('nameOffsets'), Uint32Array));
  const n = names.length;
  const types = view(need('types'), Uint8Array);
  const subtypeCodes = view(need('subtypeCodes'), Uint16Array);
  if (types.length !== n || subtypeCodes.length !== n) throw new SnapshotError('entry tables differ in length');
  if (!Array.isArray(meta.subtypeNames) || !Array.isArray(meta.contextNames) || meta.contextNames[0] !== '') throw new SnapshotError('bad subtype or context names');
  for (let i = 0; i < n; i++) {
    if ((types[i] as number) > 1 || (subtypeCodes[i] as number) >= meta.subtypeNames.length) throw new SnapshotError(`bad entry ${i}`);
  }
  const contextBuf = section('contextCodes');
  const contextCodes = contextBuf ? view(contextBuf, Uint16Array) : null;
  if (contextCodes) {
    if (contextCodes.length !== n) throw new SnapshotError('context table differs in length');
    for (let i = 0; i < n; i++) if ((contextCodes[i] as number) >= meta.contextNames.length) throw new SnapshotError(`bad context of entry ${i}`);
  }
  const idOffsets = section('idOffsets');
  const idBlob = section('idBlob');
  const ids = idOffsets && idBlob ? StringTable.fromParts(idBlob.toString('utf16le'), view(idOffsets, Uint32Array)) : null;
  if (ids && ids.length !== n) throw new SnapshotError('id table differs in length');
  // every payload must point at an entry
  const nodes = trie.toParts().nodes;
  for (let i = 2; i < nodes.length; i += 3) {
    const v = nodes[i] as number;
    if (v < -1 || v >> 1 >= n) throw new SnapshotError('trie payload points past the entries');
  }
  return {
    dictionary: { trie, names, types, subtypeCodes, subtypeNames: meta.subtypeNames, ids, contextCodes, contextNames: meta.contextNames },
    extra: meta.extra,
  };
}

/** SHA-1 over the whole snapshot except the 20 checksum bytes themselves. */
function checksum(buf: Buffer): Buffer {
  return createHash('sha1').update(buf.subarray(0, 24)).update(buf.subarray(44)).digest();
}

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

function isLittleEndian(): boolean {
  return new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
}
