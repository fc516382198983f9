import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readResumeState } from '../../src/batch/resume.js';

const tmp = mkdtempSync(join(tmpdir(), 'zhnews-resume-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

async function resume(content: string, format: 'jsonl' | 'csv') {
  const path = join(tmp, `out-${n++}.${format}`);
  writeFileSync(path, content);
  const state = await readResumeState(path, format);
  return { ids: [...state.done], truncated: state.truncated, after: readFileSync(path, 'utf8') };
}

describe('readResumeState', () => {
  it('a missing file: nothing done', async () => {
    expect(await readResumeState(join(tmp, 'missing.jsonl'), 'jsonl')).toEqual({ done: new Set(), exists: false, truncated: 0 });
  });

  it.each([
    ['complete lines', '{"id":"a","x":1}\n{"id":"b\\"q","x":2}\n', ['a', 'b"q'], 0],
    ['a cut last line is removed', '{"id":"a"}\n{"id":"b","stat', ['a'], 15],
    ['a last line without its newline is removed even if it parses', '{"id":"a"}\n{"id":"b"}', ['a'], 10],
    ['an empty file', '', [], 0],
  ])('JSON Lines: %s', async (_name, content, ids, truncated) => {
    const r = await resume(content, 'jsonl');
    expect(r.ids).toEqual(ids);
    expect(r.truncated).toBe(truncated);
    expect(r.after).toBe(content.slice(0, content.length - truncated));
  });

  it('JSON Lines: refuses a file with a foreign line in the middle', async () => {
    const path = join(tmp, 'foreign.jsonl');
    writeFileSync(path, '{"id":"a"}\nnot json\n{"id":"b"}\n');
    await expect(readResumeState(path, 'jsonl')).rejects.toThrow(/line 2 is not a zhnews record/);
  });

  it.each([
    [
      'the last document is redone (it may be cut between its rows)',
      '\ufeffid,source,kind\na,x.txt,fact\nb,y.txt,target\nb,y.txt,fact\n',
      ['a'],
      '\ufeffid,source,kind\na,x.txt,fact\n',
    ],
    ['a cut row goes, and the last complete document is redone too', 'id,source,kind\na,x.txt,fact\nb,y.txt,tar', [], 'id,source,kind\n'],
    ['only the header', 'id,source\n', [], 'id,source\n'],
  ])('CSV: %s', async (_name, content, ids, after) => {
    const r = await resume(content, 'csv');
    expect(r.ids).toEqual(ids);
    expect(r.after).toBe(after);
  });

  it.each([
    ['a foreign file without a final newline', 'jsonl', '今年增长17%，这是别人写的文件'],
    ['a foreign JSON file without a final newline', 'jsonl', '[1, 2, 3]'],
    ['a foreign one-line file with its newline', 'jsonl', 'hello\n'],
    ['zhnews lines, then a foreign last line', 'jsonl', '{"id":"a"}\nnotes at the end'],
    ['a foreign CSV without a final newline', 'csv', 'title,body'],
    ['a foreign CSV with a header', 'csv', 'title,body\nx,y\n'],
  ] as const)('refuses %s and leaves it byte-identical', async (_name, format, content) => {
    const path = join(tmp, `foreign-${n++}.${format}`);
    writeFileSync(path, content);
    await expect(readResumeState(path, format)).rejects.toThrow(/not look like a zhnews output/);
    expect(readFileSync(path, 'utf8')).toBe(content);
  });

  it('CSV: a record whose quoted cell holds line breaks is one record', async () => {
    const content = 'id,source,text\na,x.txt,"第一行\n第二行"\nb,y.txt,"第三行\r\n第四行"\nc,z.txt,"cut\n';
    const r = await resume(content, 'csv');
    expect(r.ids).toEqual(['a']); // b is the last complete document (redone); c was cut
    expect(r.after).toBe('id,source,text\na,x.txt,"第一行\n第二行"\n');
  });
});

