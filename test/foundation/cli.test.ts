import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const seedPath = 'fixtures/langfang-development-zone.txt';

function zhnews(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('zhnews CLI (built dist/cli.js)', () => {
  it('prints help and version', () => {
    const help = zhnews(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('analyze');
    const version = zhnews(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('analyzes a file to JSON with --date and --segmenter', () => {
    const out = zhnews(['analyze', seedPath, '--date', '2020-04-14', '--segmenter', 'node-rs']);
    expect(out.status).toBe(0);
    const doc = JSON.parse(out.stdout) as { date: string; sentences: unknown[]; tokens: { text: string }[] };
    expect(doc.date).toBe('2020-04-14');
    expect(doc.sentences.length).toBeGreaterThan(80);
    expect(out.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('reads standard input with -, and --pretty indents', () => {
    const out = zhnews(['analyze', '-', '--pretty', '--segmenter', 'none'], '增长１７％。');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('\n  "text": "增长１７％。"');
  });

  it.each([
    [['analyze', 'no-such-file.txt'], /no such file/],
    [['analyze', seedPath, '--segmenter', 'jeiba'], /--segmenter must be one of/],
    [['analyze', seedPath, '--date', 'April'], /--date: not a date: "April"/],
    [['analyze'], /missing required argument/],
    [['frobnicate'], /unknown command/],
  ])('exits 1 with a message for %j', (args, message) => {
    const out = zhnews(args);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(message);
    expect(out.stdout).toBe('');
  });
});
