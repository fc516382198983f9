/**
 * Regenerates the batch-processing fixtures in `fixtures/batch/` from
 * `fixtures/langfang-development-zone.txt` (a 河北日报 article). The generated files are
 * committed; rerun after changing this script: `npx tsx scripts/make-batch-fixtures.ts`.
 * Output is deterministic (fixed gzip mtime, no randomness).
 *
 * - `archive/`: the mixed archive of the batch tests: UTF-8 .txt, GBK .txt, a .jsonl with a
 *   broken line, a .jsonl.gz, a binary file named .txt, and an empty .txt.
 * - `formats/`: one file per other supported format (UTF-8 with BOM, UTF-16LE, GBK CSV,
 *   JSONL with custom field names).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'fixtures', 'batch');
const article = readFileSync(join(root, 'fixtures', 'langfang-development-zone.txt'), 'utf8');
const paragraphs = article
  .split('\n')
  .map((p) => p.trim())
  .filter((p) => p.length > 30);
const para = (i: number): string => paragraphs[i % paragraphs.length]!;

function write(path: string, data: string | Buffer): void {
  const file = join(out, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

/** gzip with a fixed header (mtime 0), so the committed bytes do not change between runs. */
function gzip(text: string): Buffer {
  const z = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  z.writeUInt32LE(0, 4);
  return z;
}

rmSync(out, { recursive: true, force: true });

// archive/: 8 documents read, 6 analysed, 2 failed
write('archive/a-utf8.txt', `${para(0)}\n\n${para(1)}\n`);
write('archive/b-gbk.txt', iconv.encode(`${para(2)}\n${para(3)}\n`, 'gbk'));
write(
  'archive/c-news.jsonl',
  [
    JSON.stringify({ id: 'news-1', text: para(4), date: '2020-04-14' }),
    '{"id": "news-2", "text": "廊坊开发区', // broken: cut in the middle
    '',
    JSON.stringify({ id: 'news-3', text: para(5), date: '2020/4/15' }),
    '',
  ].join('\n'),
);
write(
  'archive/d-more.jsonl.gz',
  gzip([JSON.stringify({ id: 'gz-1', text: para(6) }), JSON.stringify({ id: 'gz-2', text: para(7), date: '2020' })].join('\n') + '\n'),
);
// PNG signature, an IHDR chunk and NUL padding: clearly not text
write('archive/e-scan.txt', Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 0), Buffer.from([1, 2, 3, 4, 0xff, 0xfe])]));
write('archive/f-empty.txt', '');

// formats/
write('formats/bom-utf8.txt', `\ufeff${para(8)}\n`);
write('formats/utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${para(9)}\n`, 'utf16le')]));
const csv = ['编号,标题,正文,日期', `gbk-1,标题一,"${para(10).replace(/"/g, '""')}",2020-04-14`, `gbk-2,"标题,二","${para(11)}\n（第二段）",2020年4月15日`, ''].join('\r\n');
write('formats/gbk.csv', iconv.encode(csv, 'gbk'));
write(
  'formats/custom-fields.ndjson',
  [JSON.stringify({ uid: 101, body: para(12), published: '2020-04-14T08:30:00+08:00' }), JSON.stringify({ uid: 102, body: para(13) })].join('\n') + '\n',
);
console.log(`wrote fixtures to ${out}`);
