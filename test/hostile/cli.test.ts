/**
 * One input path and a CLI people like, through the built dist/cli.js: analyze and render read
 * files the way batch does, refuse what is not text or not a date in one line, never overwrite
 * their input, and fail cleanly when the output cannot be written.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'zhnews-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function zhnews(args: string[], options: { env?: NodeJS.ProcessEnv; stdout?: number } = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: tmp,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    ...(options.stdout !== undefined ? { stdio: ['ignore', options.stdout, 'pipe'] } : {}),
  });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

const news = '廊坊开发区今年投资增长17%。';
const files: Record<string, Buffer> = {
  'utf8.txt': Buffer.from(news),
  'gbk.txt': iconv.encode(news, 'gbk'),
  'utf16le-bom.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(news, 'utf16le')]),
  'utf16le.txt': Buffer.from(`${news}\n`, 'utf16le'),
  'utf16be.txt': Buffer.from(news, 'utf16le').swap16(),
  'picture.png': Buffer.from('89504e470d0a1a0a0000000d4948445200000010000000100806000000', 'hex'),
};
for (const [name, bytes] of Object.entries(files)) writeFileSync(join(tmp, name), bytes);

describe('analyze and render read every file the way batch does', () => {
  it.each(['utf8.txt', 'gbk.txt', 'utf16le-bom.txt', 'utf16le.txt', 'utf16be.txt'])('analyze %s decodes the text', (name) => {
    const r = zhnews(['analyze', name, '--segmenter', 'none']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { text: string; statements: unknown[] };
    expect(doc.text.trim()).toBe(news);
    expect(doc.statements.length).toBeGreaterThan(0);
  });

  it.each([['analyze'], ['render']])('%s picture.png is refused as binary in one line', (command) => {
    const r = zhnews([command, 'picture.png', '--segmenter', 'none']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('zhnews: picture.png: binary content (NUL or control bytes), not text\n');
  });

  it('render gbk.txt draws the decoded text', () => {
    const r = zhnews(['render', 'gbk.txt', '--segmenter', 'none']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('廊坊开发区');
  });
});

describe('--date: the same rule as batch and analyze()', () => {
  it.each([['analyze'], ['render']])('%s --date 2020-13-45 is refused', (command) => {
    const r = zhnews([command, 'utf8.txt', '--date', '2020-13-45', '--segmenter', 'none']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^zhnews: --date: not a date: "2020-13-45" \(use YYYY-MM-DD.*\) \(see 'zhnews (analyze|render) --help'\)\n$/);
  });

  it('analyze --date 2020/4/14 is normalised like batch does', () => {
    const r = zhnews(['analyze', 'utf8.txt', '--date', '2020/4/14', '--segmenter', 'none']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { date: string }).date).toBe('2020-04-14');
  });
});

describe('output that cannot be written, or would destroy the input', () => {
  it.each([['analyze'], ['render']])('%s > /dev/full is one clean line', (command) => {
    if (!existsSync('/dev/full')) return;
    const fd = openSync('/dev/full', 'w');
    try {
      const r = zhnews([command, 'utf8.txt', '--segmenter', 'none'], { stdout: fd });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('zhnews: cannot write the output: no space left on device (ENOSPC)\n');
    } finally {
      closeSync(fd);
    }
  });

  it.each([['input.txt'], ['./input.txt'], [join(tmp, 'input.txt')]])('render input.txt -o %s is refused, the input left byte-identical', (output) => {
    writeFileSync(join(tmp, 'input.txt'), news);
    const r = zhnews(['render', 'input.txt', '-o', output, '--segmenter', 'none']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^zhnews: -o .*input\.txt is the input file; choose another output/);
    expect(readFileSync(join(tmp, 'input.txt'), 'utf8')).toBe(news);
  });
});

describe('usage errors, version, colour', () => {
  it.each([
    [['analyze', 'utf8.txt', '--bogus'], "zhnews: unknown option '--bogus' (see 'zhnews analyze --help')\n"],
    [['frobnicate'], /^zhnews: unknown command 'frobnicate'.* \(see 'zhnews --help'\)\n$/],
    [['batch', '-', '--workers', 'many'], "zhnews: --workers must be a whole number ≥ 0, got many (see 'zhnews batch --help')\n"],
    [['render', 'a.txt', 'b.txt'], /^zhnews: too many arguments for 'render'.*\(see 'zhnews render --help'\)\n$/],
    [['analyze'], "zhnews: missing required argument 'file' (see 'zhnews analyze --help')\n"],
  ])('%j: one line with a hint, exit 1', (args, expected) => {
    const r = zhnews(args);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    if (typeof expected === 'string') expect(r.stderr).toBe(expected);
    else expect(r.stderr).toMatch(expected);
  });

  it.each([['-V'], ['--version']])('%s prints the version', (flag) => {
    const r = zhnews([flag]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('colours the prefix with FORCE_COLOR, never with NO_COLOR', () => {
    expect(zhnews(['frobnicate'], { env: { FORCE_COLOR: '1' } }).stderr).toContain('\x1b[31mzhnews:\x1b[39m');
    expect(zhnews(['frobnicate'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stderr).not.toContain('\x1b[');
  });
});
