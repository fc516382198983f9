/**
 * Encoding detection and decoding of input bytes, the one path every command and the batch
 * engine use: UTF-8 (with or without BOM), GB18030 (a superset of GBK and GB2312) and UTF-16
 * (LE/BE, with or without BOM), through iconv-lite.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** Why bytes are not text: `binary` (NUL or control bytes) or `undecodable` (invalid in every encoding tried). */
export interface DecodeProblem {
  readonly code: 'binary' | 'undecodable';
  readonly message: string;
}

/** An encoding a batch input may be read as. */
export type Encoding = 'utf8' | 'gb18030' | 'utf16le' | 'utf16be';

/** What `--encoding` accepts: `auto` or a concrete encoding (`utf16` = by BOM, else little-endian). */
export type EncodingChoice = 'auto' | Encoding | 'utf16';

const ALIASES: Readonly<Record<string, EncodingChoice>> = {
  auto: 'auto',
  utf8: 'utf8',
  'utf-8': 'utf8',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  utf16: 'utf16',
  'utf-16': 'utf16',
  utf16le: 'utf16le',
  'utf-16le': 'utf16le',
  utf16be: 'utf16be',
  'utf-16be': 'utf16be',
};

/**
 * Parses an `--encoding` value (case-insensitive; `gbk` and `gb2312` mean gb18030), or returns
 * null when it is not one.
 *
 * @example
 * parseEncodingChoice('GBK') //=> 'gb18030'
 * parseEncodingChoice('latin1') //=> null
 */
export function parseEncodingChoice(value: string): EncodingChoice | null {
  return ALIASES[value.toLowerCase()] ?? null;
}

/** The outcome of looking at the first bytes of a file. */
export type Detection =
  | { readonly ok: true; readonly encoding: Encoding; readonly bomLength: number }
  | { readonly ok: false; readonly error: DecodeProblem };

function bom(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf16be', length: 2 };
  return null;
}

/** UTF-16 without BOM: ASCII-heavy text has NUL in every other byte. */
function utf16ByNulls(sample: Uint8Array): Encoding | null {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? even++ : odd++;
  const half = sample.length / 2;
  if (odd > half * 0.2 && even < odd / 10) return 'utf16le';
  if (even > half * 0.2 && odd < even / 10) return 'utf16be';
  return null;
}

/**
 * UTF-16 without BOM and without NUL bytes: Chinese text, whose code units are nearly all CJK
 * ideographs (U+4E00–U+9FFF), CJK punctuation (U+3000–U+303F), full-width forms (U+FF00–U+FFEF),
 * general punctuation or ASCII. Read in the wrong byte order, or as UTF-8/GBK bytes, the same
 * bytes scatter over the whole code space, so a clear majority is a safe sign.
 */
function utf16ByText(sample: Uint8Array): Encoding | null {
  const units = Math.floor(sample.length / 2);
  if (units < 8) return null;
  const score = (hi: number, lo: number): number => {
    let text = 0;
    let cjk = 0;
    for (let i = 0; i < units; i++) {
      const u = (sample[2 * i + hi]! << 8) | sample[2 * i + lo]!;
      if (u >= 0x4e00 && u <= 0x9fff) {
        cjk++;
        text++;
      } else if ((u >= 0x3000 && u <= 0x303f) || (u >= 0xff00 && u <= 0xffef) || (u >= 0x2000 && u <= 0x206f)) text++;
      else if ((u >= 0x20 && u < 0x7f) || u === 0x09 || u === 0x0a || u === 0x0d) text++;
    }
    // mostly text, and really Chinese (pure ASCII read as UTF-16 would be "CJK" only by accident)
    return text >= units * 0.9 && cjk >= units * 0.3 ? text : 0;
  };
  const le = score(1, 0);
  const be = score(0, 1);
  if (le === 0 && be === 0) return null;
  return le >= be ? 'utf16le' : 'utf16be';
}

/** Share of C0 control bytes other than tab, newline, carriage return, form feed and escape. */
function controlShare(sample: Uint8Array): number {
  if (sample.length === 0) return 0;
  let n = 0;
  for (const b of sample) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) n++;
  return n / sample.length;
}

/** Cuts a sample so it does not end inside a multi-byte UTF-8 sequence. */
function trimUtf8Tail(sample: Uint8Array): Uint8Array {
  let end = sample.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = sample[end - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte
    if (b >= 0xc0) end -= back; // lead byte of a sequence that may be cut
    break;
  }
  return sample.subarray(0, end);
}

/** Cuts a sample after its last line feed, so no GB18030 character is cut in two. */
function trimToLine(sample: Uint8Array): Uint8Array {
  const nl = sample.lastIndexOf(0x0a);
  return nl > 0 ? sample.subarray(0, nl + 1) : sample;
}

/**
 * Detects the encoding from the first bytes of a file (a sample of a few KB is enough): BOM
 * first, then UTF-16 by NUL pattern or (not being UTF-8) by Chinese code units, then binary (NUL or many control bytes), then valid
 * UTF-8, then GB18030 without replacement characters. `complete` says the sample is the whole
 * input, so its end is not a cut.
 *
 * @example
 * detectEncoding(Buffer.from('增长17%', 'utf8')) //=> { ok: true, encoding: 'utf8', bomLength: 0 }
 * detectEncoding(iconv.encode('增长17%', 'gbk')) //=> { ok: true, encoding: 'gb18030', bomLength: 0 }
 */
export function detectEncoding(sample: Uint8Array, choice: EncodingChoice = 'auto', complete = false): Detection {
  const mark = bom(sample);
  if (choice !== 'auto') {
    if (choice === 'utf16') return { ok: true, encoding: mark?.encoding === 'utf16be' ? 'utf16be' : 'utf16le', bomLength: mark && mark.encoding !== 'utf8' ? 2 : 0 };
    return { ok: true, encoding: choice, bomLength: mark?.encoding === choice ? mark.length : 0 };
  }
  if (mark) return { ok: true, encoding: mark.encoding, bomLength: mark.length };
  const utf16 = utf16ByNulls(sample) ?? (isUtf8(complete ? sample : trimUtf8Tail(sample)) ? null : utf16ByText(sample));
  if (utf16) return { ok: true, encoding: utf16, bomLength: 0 };
  if (sample.includes(0) || controlShare(sample) > 0.1) {
    return { ok: false, error: { code: 'binary', message: 'binary content (NUL or control bytes), not text' } };
  }
  if (isUtf8(complete ? sample : trimUtf8Tail(sample))) return { ok: true, encoding: 'utf8', bomLength: 0 };
  const gb = iconv.decode(Buffer.from(complete ? sample : trimToLine(sample)), 'gb18030');
  if (!gb.includes('\ufffd')) return { ok: true, encoding: 'gb18030', bomLength: 0 };
  return {
    ok: false,
    error: { code: 'undecodable', message: 'neither valid UTF-8 nor GB18030 (nor UTF-16 with a BOM); set --encoding to force one' },
  };
}

/**
 * Decodes a whole piece of text (a file, or one line of a line-based file) strictly: invalid
 * bytes make an `undecodable` error instead of silent replacement characters.
 *
 * @example
 * decodeStrict(Buffer.from('增长', 'utf8'), 'utf8') //=> { ok: true, text: '增长' }
 */
export function decodeStrict(
  bytes: Uint8Array,
  encoding: Encoding,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: DecodeProblem } {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === 'utf8') {
    if (!isUtf8(buf)) return { ok: false, error: { code: 'undecodable', message: 'invalid UTF-8 bytes' } };
    return { ok: true, text: buf.toString('utf8') };
  }
  const text = iconv.decode(buf, encoding, { stripBOM: false });
  if (text.includes('\ufffd') && !buf.includes(REPLACEMENT[encoding])) {
    return { ok: false, error: { code: 'undecodable', message: `invalid ${encoding} bytes` } };
  }
  return { ok: true, text };
}

// A replacement character written in the source itself is not a decoding error. U+FFFD's
// GB18030 bytes are written out: encoding them at load would build the whole GB18030 codec
// on every start of the command line, batch or not.
const REPLACEMENT: Readonly<Record<Exclude<Encoding, 'utf8'>, Buffer>> = {
  gb18030: Buffer.from([0x84, 0x31, 0xa4, 0x37]),
  utf16le: Buffer.from([0xfd, 0xff]),
  utf16be: Buffer.from([0xff, 0xfd]),
};

/**
 * A streaming decoder for encodings where a line feed byte may sit inside a character
 * (UTF-16), used before splitting lines; characters cut between chunks are kept.
 *
 * @example
 * const d = streamDecoder('utf16le');
 * d.write(Buffer.from([0x2d])) + d.write(Buffer.from([0x4e])) + d.end() //=> '中'
 */
export function streamDecoder(encoding: Encoding): { write(chunk: Buffer): string; end(): string } {
  const decoder = iconv.getDecoder(encoding, { stripBOM: false });
  return { write: (chunk) => decoder.write(chunk), end: () => decoder.end() ?? '' };
}
