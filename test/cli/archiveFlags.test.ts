import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDistinctOutputs, countFlag, readerOptions, recordFieldsFlag, secondsFlag } from '../../src/cli/archiveFlags.js';
import { UsageError } from '../../src/cli/usageError.js';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function help(args: string[]): string {
  return spawnSync(process.execPath, [cli, ...args, '--help'], { encoding: 'utf8' }).stdout;
}

describe('flags shared by the archive commands', () => {
  it.each([
    [undefined, ['source', 'line', 'date', 'entities', 'quantities', 'statements']],
    ['id,statements', ['statements']],
    [' entities , quantities ,', ['entities', 'quantities']],
  ])('--fields %s', (value, fields) => {
    expect(recordFieldsFlag(value, ['id', 'source', 'line', 'date', 'entities', 'quantities', 'statements'])).toEqual(fields);
  });

  it('names the unknown fields and the choices', () => {
    expect(() => recordFieldsFlag('statements,sentiment', ['id', 'statements'])).toThrow(/unknown --fields sentiment; choose from id, statements/);
  });

  it.each([
    ['out.jsonl', 'out.jsonl', true],
    ['out.jsonl', './out.jsonl', true],
    ['out.jsonl', 'errors.jsonl', false],
    [undefined, 'errors.jsonl', false],
  ])('--output %s --errors %s refused: %s', (output, errors, refused) => {
    const check = () => checkDistinctOutputs(output, errors);
    if (refused) expect(check).toThrow(UsageError);
    else expect(check).not.toThrow();
  });

  it.each([
    ['100', 1, 100],
    ['0', 0, 0],
  ])('countFlag(%s, min %d) = %d', (value, min, n) => expect(countFlag(value, '--chunk', min)).toBe(n));

  it.each(['0', '-1', '1.5', 'ten', ''])('countFlag refuses %j', (value) => {
    expect(() => countFlag(value, '--chunk', 1)).toThrow(/--chunk must be a whole number ≥ 1/);
  });

  it.each([
    ['2.5', 2.5],
    ['300', 300],
  ])('secondsFlag(%s) = %d', (value, n) => expect(secondsFlag(value, '--max-seconds-per-document')).toBe(n));

  it.each(['0', '-3', '1e3', 'abc'])('secondsFlag refuses %j', (value) => {
    expect(() => secondsFlag(value, '--max-seconds-per-document')).toThrow(/number of seconds > 0/);
  });

  it('gives each command fresh reader options (commander options are not shared objects)', () => {
    const a = readerOptions();
    const b = readerOptions();
    expect(a.map((o) => o.long)).toEqual(['--text-field', '--id-field', '--date-field', '--encoding']);
    expect(a[0]).not.toBe(b[0]);
  });

  it('batch and queue add offer the same reader flags (built dist/cli.js)', () => {
    for (const command of [['batch'], ['queue', 'add']]) {
      const text = help(command);
      for (const flag of ['--text-field <name>', '--id-field <name>', '--date-field <name>', '--encoding <name>']) expect(text).toContain(flag);
    }
  });
});
