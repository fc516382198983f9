/**
 * Reading request bodies: the media type check (415), the size limit (413, also while the bytes
 * arrive, since Content-Length may be absent or wrong) and strict UTF-8 decoding (400).
 */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './errors.js';

/** A media type without parameters, lower-cased, and its charset if one was given. */
export function mediaType(req: IncomingMessage): { type: string; charset: string | undefined } {
  const header = req.headers['content-type'] ?? '';
  const [type = '', ...params] = header.split(';').map((p) => p.trim());
  const charset = params.find((p) => /^charset=/i.test(p))?.slice('charset='.length).replace(/^"|"$/g, '').toLowerCase();
  return { type: type.toLowerCase(), charset };
}

/**
 * Checks the body's media type against the accepted ones (and that any charset is UTF-8),
 * returning the matched type; throws a 415 otherwise.
 *
 * @example
 * acceptMediaType(req, ['application/json', 'text/plain']) //=> 'text/plain'
 */
export function acceptMediaType(req: IncomingMessage, accepted: readonly string[]): string {
  const { type, charset } = mediaType(req);
  if (!accepted.includes(type)) {
    throw new HttpError('unsupported-media-type', `Content-Type must be ${accepted.join(' or ')}, got ${type === '' ? 'none' : JSON.stringify(type)}`);
  }
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new HttpError('unsupported-media-type', `the body must be UTF-8, got charset=${charset}`);
  }
  return type;
}

/** Throws a 413 at once when the declared Content-Length is over the limit. */
export function checkDeclaredLength(req: IncomingMessage, maxBytes: number): void {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError('too-large', `the body is larger than the limit of ${maxBytes} bytes`);
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes bytes as strict UTF-8 (a leading BOM is dropped); invalid bytes are a 400.
 *
 * @example
 * decodeUtf8(Buffer.from('增长17%')) //=> '增长17%'
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new HttpError('bad-encoding', 'the body is not valid UTF-8');
  }
}

/**
 * Reads the whole body as text, at most `maxBytes` (413 beyond, as soon as the limit is passed).
 *
 * @example
 * const text = await readBody(req, 5_000_000);
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  checkDeclaredLength(req, maxBytes);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    // Listeners, not an async iterator: leaving an iterator early destroys the socket, and the
    // client would get no 413. Past the limit the rest is read and dropped.
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > maxBytes) {
        over = true;
        chunks.length = 0;
        reject(tooLarge(maxBytes));
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (over) return;
      try {
        resolve(decodeUtf8(Buffer.concat(chunks, size)));
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

/**
 * Parses a JSON body; a syntax error is a 400 `bad-json` with the parser's message.
 *
 * @example
 * parseJson('{"text":"增长17%"}') //=> { text: '增长17%' }
 */
export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw new HttpError('bad-json', `the body is not valid JSON: ${(error as Error).message}`);
  }
}
