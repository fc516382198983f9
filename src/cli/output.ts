/**
 * Writing command output: pieces gathered into blocks, written with backpressure, and write
 * failures (a full disk, a closed pipe) reported as one line instead of a stack trace.
 */

const BLOCK = 1 << 16;

/**
 * One line for an output failure: `ENOSPC` becomes "no space left on device".
 *
 * @example
 * describeWriteError(Object.assign(new Error('x'), { code: 'ENOSPC' })) //=> 'no space left on device (ENOSPC)'
 */
export function describeWriteError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const known: Record<string, string> = { ENOSPC: 'no space left on device', EDQUOT: 'disk quota exceeded', EIO: 'input/output error', EBADF: 'the output is closed' };
  if (e?.code && known[e.code]) return `${known[e.code]} (${e.code})`;
  return e?.code ? `${e.code}: ${e.message}` : String(e?.message ?? error);
}

/** Thrown when the output cannot be written; main prints it as `zhnews: cannot write the output: …`. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}

function writeBlock(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      reject(new OutputError(describeWriteError(error)));
    };
    stream.once('error', fail);
    const flowing = stream.write(text, (error) => {
      if (error) fail(error);
    });
    const done = (): void => {
      if (settled) return;
      settled = true;
      stream.off('error', fail);
      resolve();
    };
    if (flowing) done();
    else stream.once('drain', done);
  });
}

/**
 * Writes pieces of text to a stream in blocks of about 64 KB, waiting whenever the stream asks
 * to, then `end` (e.g. a final newline). Rejects with {@link OutputError} when a write fails.
 *
 * @example
 * await writeChunks(process.stdout, jsonChunks(doc), '\n');
 */
export async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string>, end = ''): Promise<void> {
  let block = '';
  for (const chunk of chunks) {
    block += chunk;
    if (block.length >= BLOCK) {
      await writeBlock(stream, block);
      block = '';
    }
  }
  block += end;
  if (block) await writeBlock(stream, block);
}
