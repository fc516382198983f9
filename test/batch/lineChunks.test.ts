import { describe, expect, it } from 'vitest';
import { chunkLines, lineChunks, splitLineChunk, type LineChunk } from '../../src/batch/lineChunks.js';
import type { InputItem } from '../../src/batch/readers.js';

const readFailed = (error: unknown) => ({ code: 'read-failed' as const, message: (error as Error).message });

async function* pieces(parts: readonly (string | Buffer | Error)[]): AsyncGenerator<Buffer> {
  for (const part of parts) {
    if (part instanceof Error) throw part;
    yield typeof part === 'string' ? Buffer.from(part) : part;
  }
}

/** Each unit as [firstLine, lines, text] for a chunk or [line, code] for a record. */
async function cut(parts: readonly (string | Buffer | Error)[], options: { chunkBytes?: number; maxLineBytes?: number; bomLength?: number } = {}) {
  const out: Array<[number, number, string] | [number | undefined, string]> = [];
  const units: Array<LineChunk | InputItem> = [];
  for await (const unit of lineChunks(pieces(parts), {
    source: 's.jsonl',
    encoding: 'utf8',
    bomLength: options.bomLength ?? 0,
    maxLineBytes: options.maxLineBytes ?? 100,
    chunkBytes: options.chunkBytes ?? 10,
    readFailed,
  })) {
    units.push(unit);
    if (unit.kind === 'lines') out.push([unit.firstLine, unit.lines, Buffer.from(unit.bytes).toString()]);
    else if (unit.kind === 'error') out.push([unit.line, unit.error.code]);
  }
  return { out, units };
}

describe('lineChunks', () => {
  it.each([
    ['lines gathered up to the chunk size, cut after the line that reaches it', ['aaaa\nbbbb\ncccc\ndd\n'], {}, [[1, 2, 'aaaa\nbbbb\n'], [3, 2, 'cccc\ndd\n']]],
    ['a line split across reads is whole in one chunk', ['aa', 'aa\nbb', 'bb\n'], { chunkBytes: 100 }, [[1, 1, 'aaaa\n'], [2, 1, 'bbbb\n']]],
    ['a last line without its newline (a chunk also ends with each read)', ['a\nb'], { chunkBytes: 100 }, [[1, 1, 'a\n'], [2, 1, 'b']]],
    ['blank lines are lines (numbers stay right)', ['\n\nx\n'], { chunkBytes: 100 }, [[1, 3, '\n\nx\n']]],
    ['the byte order mark is skipped, even split across reads', ['\xef', '\xbb\xbfx\n'].map((s) => Buffer.from(s, 'latin1')), { bomLength: 3, chunkBytes: 100 }, [[1, 1, 'x\n']]],
    ['a line over the limit is a record, never buffered', ['a\n', 'x'.repeat(80), 'x'.repeat(80), '\nb\n'], { chunkBytes: 100 }, [[1, 1, 'a\n'], [2, 'too-large'], [3, 1, 'b\n']]],
    ['an unfinished line over the limit at the end', ['a\n' + 'x'.repeat(150)], { chunkBytes: 100 }, [[1, 1, 'a\n'], [2, 'too-large']]],
    ['a broken stream keeps the lines before it', ['a\nb\nhalf', new Error('unexpected end of file')], { chunkBytes: 100 }, [[1, 2, 'a\nb\n'], [3, 'read-failed']]],
    ['no lines, no chunk', [''], {}, []],
  ] as const)('%s', async (_name, parts, options, expected) => {
    expect((await cut(parts as readonly (string | Buffer | Error)[], options)).out).toEqual(expected);
  });

  it('gives every chunk a buffer of its own (it is sent to another thread)', async () => {
    const { units } = await cut(['aaaa\nbbbb\ncccc\ndddd\n'], { chunkBytes: 5 });
    const buffers = units.map((u) => (u as LineChunk).bytes.buffer);
    expect(new Set(buffers).size).toBe(units.length);
    for (const u of units) expect((u as LineChunk).bytes.byteLength).toBe((u as LineChunk).bytes.buffer.byteLength);
  });
});

describe('splitLineChunk and chunkLines', () => {
  const chunk: LineChunk = { kind: 'lines', source: 's', encoding: 'utf8', firstLine: 7, lines: 3, bytes: Buffer.from('a\n\nccc') };

  it('splits a chunk into one chunk per line, numbers kept', () => {
    expect(splitLineChunk(chunk).map((c) => [c.firstLine, c.lines, Buffer.from(c.bytes).toString()])).toEqual([
      [7, 1, 'a\n'],
      [8, 1, '\n'],
      [9, 1, 'ccc'],
    ]);
  });

  it('reads the lines of a chunk without their newlines', () => {
    expect([...chunkLines(chunk.bytes, 7)].map(([line, bytes]) => [line, Buffer.from(bytes).toString()])).toEqual([
      [7, 'a'],
      [8, ''],
      [9, 'ccc'],
    ]);
  });
});
