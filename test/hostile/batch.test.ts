/**
 * Hostile input to `zhnews batch`, through the built CLI: no input is ever emptied, links and
 * unreadable folders are accounted for, a runaway document becomes an error record.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'zhnews-hostile-'));
chmodSync(tmp, 0o755);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function batch(args: string[], options: { cwd?: string; uid?: number } = {}) {
  const asOther = options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {};
  const r = spawnSync(process.execPath, [cli, 'batch', ...args], { cwd: options.cwd ?? tmp, encoding: 'utf8', ...asOther });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ids = (text: string): string[] =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id: string }).id);

describe('an output that is an input is refused, the input left byte-identical', () => {
  const dir = join(tmp, 'same');
  mkdirSync(dir);
  const input = join(dir, 'in.jsonl');
  const content = '{"id":"a","text":"今年增长17%。"}\n{"id":"b","text":"下降5%。"}\n';
  writeFileSync(input, content);
  symlinkSync('in.jsonl', join(dir, 'link.jsonl'));
  linkSync(input, join(dir, 'hard.jsonl'));
  mkdirSync(join(dir, 'archive'));
  writeFileSync(join(dir, 'archive', 'x.jsonl'), content);

  it.each([
    ['the same name', ['in.jsonl', '-o', 'in.jsonl']],
    ['./', ['in.jsonl', '-o', './in.jsonl']],
    ['an absolute path', ['in.jsonl', '-o', input]],
    ['a symbolic link', ['in.jsonl', '-o', 'link.jsonl']],
    ['a hard link', ['in.jsonl', '-o', 'hard.jsonl']],
    ['--errors', ['in.jsonl', '-o', 'out.jsonl', '--errors', 'in.jsonl']],
    ['a glob', ['*.jsonl', '-o', 'in.jsonl']],
    ['a file inside an input directory', ['archive', '-o', 'archive/x.jsonl']],
    ['--resume into a named input', ['in.jsonl', '-o', 'in.jsonl', '--resume']],
  ])('%s', (_name, args) => {
    const r = batch([...args, '--workers', '0'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/is also an input .*writing it would destroy that input/);
    expect(readFileSync(input, 'utf8')).toBe(content);
    expect(readFileSync(join(dir, 'archive', 'x.jsonl'), 'utf8')).toBe(content);
  });
});

describe('--resume into a file zhnews did not write', () => {
  it.each([
    ['no final newline', '这是别人的笔记，没有换行'],
    ['one foreign line', 'title,body\n'],
  ])('%s: refused, byte-identical', (_name, content) => {
    const out = join(tmp, `foreign-${content.length}.jsonl`);
    writeFileSync(out, content);
    const r = batch(['-', '-o', out, '--resume', '--workers', '0']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/does not look like a zhnews output/);
    expect(readFileSync(out, 'utf8')).toBe(content);
  });
});

describe('links and unreadable folders in a directory input', () => {
  const dir = join(tmp, 'links');
  const arch = join(dir, 'arch');
  mkdirSync(join(arch, 'sub'), { recursive: true });
  mkdirSync(join(dir, 'elsewhere'));
  writeFileSync(join(arch, 'a.txt'), '今年增长17%。');
  writeFileSync(join(dir, 'elsewhere', 'b.txt'), '下降5%。');
  writeFileSync(join(arch, 'sub', 'c.txt'), '达到3亿元。');
  symlinkSync('../elsewhere/b.txt', join(arch, 'linked.txt'));
  symlinkSync('../nowhere.txt', join(arch, 'broken.txt'));
  symlinkSync('..', join(arch, 'sub', 'loop')); // a loop back to arch/

  it('follows links to files, reports broken ones, and walks a loop once', () => {
    const r = batch(['arch', '--workers', '0', '--fields', 'id'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(ids(r.stdout)).toEqual(['a.txt', 'linked.txt', 'sub/c.txt']);
    expect(r.stderr).toMatch(/"id":"broken.txt".*"code":"read-failed".*broken symbolic link/);
    expect(r.stderr).toMatch(/4 documents read: 3 analysed, 1 failed/);
  });

  it('a glob through the link loop reads each file once', () => {
    const r = batch(['arch/**/*.txt', '--workers', '0', '--fields', 'id'], { cwd: dir });
    expect(ids(r.stdout)).toEqual(['arch/a.txt', 'arch/linked.txt', 'arch/sub/c.txt']);
  });

  // Root reads any folder, so the run that must be refused runs as the unprivileged user.
  const root = process.getuid?.() === 0;
  it.skipIf(process.platform === 'win32')('an unreadable subfolder is an error record and the batch goes on', () => {
    const locked = join(dir, 'locked-arch');
    mkdirSync(join(locked, 'secret'), { recursive: true });
    writeFileSync(join(locked, 'ok.txt'), '今年增长17%。');
    writeFileSync(join(locked, 'secret', 'z.txt'), '下降5%。');
    chmodSync(dir, 0o755);
    chmodSync(join(locked, 'secret'), 0o000);
    try {
      const r = batch(['locked-arch', '--workers', '0', '--fields', 'id'], { cwd: dir, ...(root ? { uid: 65534 } : {}) });
      expect(r.status).toBe(2);
      expect(ids(r.stdout)).toEqual(['ok.txt']);
      expect(r.stderr).toMatch(/"id":"secret".*"code":"read-failed".*cannot list the folder/);
      expect(r.stderr).toMatch(/2 documents read: 1 analysed, 1 failed/);
    } finally {
      chmodSync(join(locked, 'secret'), 0o755);
    }
  });
});

describe('--max-seconds-per-document', () => {
  it('turns a runaway document into a timeout record; the next document is analysed', () => {
    const seed = readFileSync(join(root, 'fixtures/langfang-development-zone.txt'), 'utf8');
    // ~2.4 s of analysis on the 2-core CI machine; the limit is a fifth of that, while the small
    // document after it takes milliseconds (the replacement worker's warm-up is not counted)
    const big = seed.repeat(Math.ceil(3.2e6 / Buffer.byteLength(seed)));
    const input = join(tmp, 'runaway.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'big', text: big })}\n${JSON.stringify({ id: 'small', text: '今年增长17%。' })}\n`);
    const r = batch([input, '--workers', '1', '--segmenter', 'none', '--max-document-mb', '4', '--max-seconds-per-document', '0.5', '--fields', 'id']);
    expect(r.status).toBe(2);
    expect(ids(r.stdout)).toEqual(['small']);
    expect(r.stderr).toMatch(/"id":"big".*"code":"timeout"/);
  });

  it.each([['0'], ['-1'], ['soon']])('rejects %s', (value) => {
    const r = batch(['-', '--max-seconds-per-document', value]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--max-seconds-per-document must be a number of seconds > 0/);
  });
});

describe('--workers above the available parallelism', () => {
  it('is capped with a warning', () => {
    const r = spawnSync(process.execPath, [cli, 'batch', '-', '--workers', '100', '--fields', 'id'], { cwd: tmp, input: '今年增长17%。', encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: --workers 100 is more than the \d+ this machine can run at once; using \d+/);
    expect(ids(r.stdout)).toEqual(['-']);
  });
});

describe('--quiet and CSV line breaks', () => {
  it('--quiet prints no summary', () => {
    const r = spawnSync(process.execPath, [cli, 'batch', '-', '--quiet', '--workers', '0', '--fields', 'id'], { cwd: tmp, input: '今年增长17%。', encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('CSV keeps a line break inside a quoted cell, and --resume reads such records', () => {
    const out = join(tmp, 'breaks.csv');
    const input = '{"id":"第一行\\n第二行","text":"今年投资增长17%。"}\n';
    const first = spawnSync(process.execPath, [cli, 'batch', '-', '--format', 'csv', '-o', out, '--workers', '0'], { cwd: tmp, input, encoding: 'utf8' });
    expect(first.status).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain('\n"第一行\n第二行",-,');
    const again = spawnSync(process.execPath, [cli, 'batch', '-', '--format', 'csv', '-o', out, '--resume', '--workers', '0'], { cwd: tmp, input, encoding: 'utf8' });
    expect(again.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(csv); // the last document is redone: the same rows again
  });
});
