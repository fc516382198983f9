import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverInputs, formatOf } from '../../src/batch/discover.js';
import { lineChunkItems } from '../../src/batch/chunkTask.js';
import { readInput, readInputChunked, type InputItem, type ReadOptions } from '../../src/batch/readers.js';
import { DEFAULT_FIELDS } from '../../src/batch/record.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const options: ReadOptions = { encoding: 'auto', fields: DEFAULT_FIELDS, maxDocumentBytes: 1e6 };
const tmp = mkdtempSync(join(tmpdir(), 'zhnews-readers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function read(paths: string[], opts: ReadOptions = options): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for (const input of await discoverInputs(paths, root)) for await (const item of readInput(input, opts)) items.push(item);
  return items;
}

/** Reads as `zhnews batch` does: JSON Lines cut into chunks here, their lines parsed as a worker parses them. */
async function readChunked(paths: string[], opts: ReadOptions, chunkBytes: number): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for (const input of await discoverInputs(paths, root)) {
    for await (const unit of readInputChunked(input, { ...opts, chunkBytes })) {
      if (unit.kind === 'lines') items.push(...lineChunkItems({ ...unit, fieldNames: opts.fields }));
      else items.push(unit);
    }
  }
  return items;
}

function summary(items: InputItem[]) {
  return items.map((i) => (i.kind === 'doc' ? [i.id, i.line ?? null, i.date ?? null, i.text.slice(0, 6)] : [i.id, i.line ?? null, i.error.code]));
}

describe('formatOf', () => {
  it.each([
    ['a.txt', 'txt', false],
    ['a.jsonl', 'jsonl', false],
    ['a.NDJSON', 'jsonl', false],
    ['a.csv.gz', 'csv', true],
    ['a.jsonl.gz', 'jsonl', true],
    ['README', 'txt', false],
  ])('%s', (name, format, gzip) => {
    expect(formatOf(name)).toEqual({ format, gzip });
  });
});

describe('readInput on the fixture archive', () => {
  it('reads every file of the archive in path order, each document or error once', async () => {
    expect(summary(await read(['fixtures/batch/archive']))).toEqual([
      ['a-utf8.txt', null, null, '廊坊开发区深'],
      ['b-gbk.txt', null, null, '“作为廊坊经'],
      ['news-1', 1, '2020-04-14', '实施“升位争'],
      ['fixtures/batch/archive/c-news.jsonl:2', 2, 'invalid-json'],
      ['news-3', 4, '2020-04-15', '积极培育壮大'],
      ['gz-1', 1, null, '发挥创新平台'],
      ['gz-2', 2, '2020', '廊坊开发区位'],
      ['e-scan.txt', null, 'binary'],
      ['f-empty.txt', null, null, ''],
    ]);
  });

  it.each([1, 100, 1e6])('gives the same items when JSON Lines are cut into chunks of %d bytes for the workers', async (chunkBytes) => {
    expect(await readChunked(['fixtures/batch/archive', 'fixtures/batch/formats'], options, chunkBytes)).toEqual(
      await read(['fixtures/batch/archive', 'fixtures/batch/formats']),
    );
  });

  it('decodes the GBK file to the same text as its UTF-8 source', async () => {
    const [gbk] = await read(['fixtures/batch/archive/b-gbk.txt']);
    expect(gbk).toMatchObject({ kind: 'doc', id: 'fixtures/batch/archive/b-gbk.txt' });
    expect(gbk?.kind === 'doc' && gbk.text).toContain('廊坊开发区承载着为全市经济发展挑大梁');
  });

  it.each([
    ['fixtures/batch/formats/bom-utf8.txt', '在廊坊开发区'],
    ['fixtures/batch/formats/utf16le.txt', '今年,廊坊开发区'],
  ])('decodes %s without its BOM', async (path, start) => {
    const [item] = await read([path]);
    expect(item?.kind === 'doc' && item.text.slice(0, start.length)).toBe(start);
  });

  it('reads a GBK CSV with quoted newlines and custom columns', async () => {
    const items = await read(['fixtures/batch/formats/gbk.csv'], { ...options, fields: { text: '正文', id: '编号', date: '日期' } });
    expect(summary(items)).toEqual([
      ['gbk-1', 2, '2020-04-14', '走进位于廊坊'],
      ['gbk-2', 3, '2020-04-15', '实施“升位争'],
    ]);
    expect(items[1]?.kind === 'doc' && items[1].text.endsWith('\n（第二段）')).toBe(true);
  });

  it('reports a CSV without the text column once', async () => {
    expect(summary(await read(['fixtures/batch/formats/gbk.csv']))).toEqual([['fixtures/batch/formats/gbk.csv', 1, 'invalid-csv']]);
  });
});

// three documents, cut inside the third: the first two are read, then the stream fails
const gz = gzipSync(['{"text":"a"}', '{"text":"b"}', `{"text":"${Array.from({ length: 400 }, (_, i) => i * 7919).join(' ')}"}`].join('\n'));
const brokenGzip = gz.subarray(0, gz.length - 400);

describe('readInput edge cases', () => {
  const file = (name: string, data: string | Buffer): string => {
    writeFileSync(join(tmp, name), data);
    return join(tmp, name);
  };

  it.each([
    ['non-object lines', 'x.jsonl', '[1]\n"s"\nnull\n', [['invalid-json', 1], ['invalid-json', 2], ['invalid-json', 3]]],
    ['a line of invalid UTF-8 in a UTF-8 file', 'y.jsonl', Buffer.concat([Buffer.from('{"text":"好"}\n{"text":"'), Buffer.from([0xe5, 0x41]), Buffer.from('"}\n')]), [['doc', 1], ['undecodable', 2]]],
    ['CRLF line ends and a last line without newline', 'z.jsonl', '{"text":"a"}\r\n{"text":"b"}', [['doc', 1], ['doc', 2]]],
    ['a line over the size limit', 'big.jsonl', `{"text":"a"}\n{"text":"${'长'.repeat(400)}"}\n{"text":"c"}\n`, [['doc', 1], ['too-large', 2], ['doc', 3]]],
    ['a stray NUL byte in one line of a JSONL file', 'nul.jsonl', Buffer.concat([Buffer.from('{"text":"a"}\n{"text":"'), Buffer.from([0]), Buffer.from(`"}\n{"text":"${'长'.repeat(200)}"}\n`)]), [['doc', 1], ['invalid-json', 2], ['doc', 3]]],
    ['a CSV row with too many cells', 'r.csv', 'id,text\n1,a,extra\n2,b\n', [['invalid-csv', 2], ['doc', 3]]],
    ['an unterminated CSV quote', 'q.csv', 'text\n"open\n', [['invalid-csv', 2]]],
    ['a broken gzip stream', 'broken.jsonl.gz', brokenGzip, [['doc', 1], ['doc', 2], ['read-failed', 3]]],
  ])('%s', async (_name, name, data, expected) => {
    const items = await read([file(name, data)], { ...options, maxDocumentBytes: 1000 });
    expect(items.map((i) => [i.kind === 'doc' ? 'doc' : i.error.code, i.line])).toEqual(expected);
    // the same when the main thread only cuts chunks and a worker parses them
    for (const chunkBytes of [1, 30, 1e6]) {
      expect(await readChunked([join(tmp, name)], { ...options, maxDocumentBytes: 1000 }, chunkBytes)).toEqual(items);
    }
  });

  it('a .txt over the size limit is one too-large error', async () => {
    const items = await read([file('huge.txt', '长'.repeat(500))], { ...options, maxDocumentBytes: 1000 });
    expect(items.map((i) => (i.kind === 'error' ? i.error.code : 'doc'))).toEqual(['too-large']);
  });

  it('a forced encoding wins over detection', async () => {
    const items = await read([file('forced.txt', Buffer.from('中文', 'utf8'))], { ...options, encoding: 'utf16le' });
    expect(items[0]?.kind === 'doc' && items[0].text).toBe(Buffer.from('中文', 'utf8').toString('utf16le'));
  });
});

describe('discoverInputs', () => {
  it.each([
    [['fixtures/batch/formats/*.txt'], ['fixtures/batch/formats/bom-utf8.txt', 'fixtures/batch/formats/utf16le.txt']],
    [['fixtures/batch/formats/gbk.csv', 'fixtures/batch/formats'], ['fixtures/batch/formats/gbk.csv', 'fixtures/batch/formats/bom-utf8.txt', 'fixtures/batch/formats/custom-fields.ndjson', 'fixtures/batch/formats/utf16le.txt']],
    [['-'], ['-']],
  ])('%j', async (inputs, sources) => {
    expect((await discoverInputs(inputs, root)).map((s) => s.source)).toEqual(sources);
  });

  it.each([
    [[], /no inputs/],
    [['no/such/file.txt'], /no such file or directory: no\/such\/file.txt/],
    [['fixtures/batch/*.nothing'], /no files match/],
    [['-', '-'], /only once/],
  ])('%j throws', async (inputs, message) => {
    await expect(discoverInputs(inputs, root)).rejects.toThrow(message);
  });
});
