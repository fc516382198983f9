/**
 * Reading one whole document (a file, or standard input for `-`) as text, the way `batch`
 * reads a `.txt` file: encoding detected (or forced), binary refused, invalid bytes refused.
 */
import { readFile } from 'node:fs/promises';
import { decodeStrict, detectEncoding, type EncodingChoice } from './decode.js';

/** A file that is not readable text: `binary` or `undecodable`, with the file named in the message. */
export class InputTextError extends Error {
  override readonly name = 'InputTextError';
  constructor(
    readonly code: 'binary' | 'undecodable',
    message: string,
  ) {
    super(message);
  }
}

async function readBytes(path: string): Promise<Buffer> {
  if (path !== '-') return readFile(path);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Decodes the bytes of one document: BOM, UTF-16 (with or without BOM), UTF-8 or GB18030 by
 * detection, or the encoding given. The BOM is dropped. Throws {@link InputTextError} for
 * binary content or bytes invalid in the encoding.
 *
 * @example
 * decodeDocument(iconv.encode('增长17%', 'gbk'), 'news.txt') //=> '增长17%'
 */
export function decodeDocument(bytes: Uint8Array, name: string, encoding: EncodingChoice = 'auto'): string {
  const detected = detectEncoding(bytes, encoding, true);
  if (!detected.ok) throw new InputTextError(detected.error.code, `${name}: ${detected.error.message}`);
  const decoded = decodeStrict(bytes.subarray(detected.bomLength), detected.encoding);
  if (!decoded.ok) throw new InputTextError(decoded.error.code, `${name}: ${decoded.error.message}`);
  return decoded.text;
}

/**
 * Reads a file path, or standard input for `-`, as one document's text (see {@link decodeDocument}).
 *
 * @example
 * const text = await readDocument('gbk-news.txt'); // decoded from GB18030
 */
export async function readDocument(path: string, encoding: EncodingChoice = 'auto'): Promise<string> {
  return decodeDocument(await readBytes(path), path === '-' ? 'standard input' : path, encoding);
}
