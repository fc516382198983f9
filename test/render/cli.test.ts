import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { registerRender } from '../../src/cli/commands/render.js';
import { UsageError } from '../../src/cli/usageError.js';
import { readTextMarkup } from './markup.js';
import { SEED_PATH, seedText } from './seedAnalysis.js';

const seedPath = fileURLToPath(SEED_PATH);
const dir = mkdtempSync(join(tmpdir(), 'zhnews-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<void> {
  const program = new Command('zhnews').exitOverride();
  registerRender(program);
  await program.parseAsync(['node', 'zhnews', 'render', ...args]);
}

describe('zhnews render (in process)', () => {
  it('writes the page to -o FILE with --date, --id and --title', async () => {
    const out = join(dir, 'seed.html');
    await run([seedPath, '-o', out, '--date', '2020-04-14', '--id', 'seed-1', '--segmenter', 'none', '--title', '廊坊']);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<title>廊坊</title>');
    expect(html).toContain('date <b>2020-04-14</b>');
    expect(html).toContain('id <b>seed-1</b>');
    expect(readTextMarkup(html).text).toBe(seedText());
  });

  it('prints the page to standard output without -o', async () => {
    const chunks: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    });
    try {
      await run([seedPath, '--segmenter', 'none']);
    } finally {
      spy.mockRestore();
    }
    expect(chunks.join('')).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
  });

  it('passes --dict files to the analyzer as user dictionaries', async () => {
    const dict = join(dir, 'my-orgs.tsv');
    const news = join(dir, 'news.txt');
    const out = join(dir, 'news.html');
    writeFileSync(dict, 'name\ttype\tsubtype\taliases\tid\n桐柏馥记餐饮有限公司\tenterprise\tcompany\t桐柏馥记\tmy-1\n');
    writeFileSync(news, '桐柏馥记今年营业收入达到30万元。\n');
    await run([news, '--dict', dict, '-o', out, '--segmenter', 'none', '--date', '2020-04-14']);
    const html = readFileSync(out, 'utf8');
    const mention = [...readTextMarkup(html).highlights.values()].find((h) => h.text === '桐柏馥记');
    expect(mention?.attrs).toMatchObject({ 'data-type': 'enterprise', 'data-subtype': 'company' });
    expect(mention?.attrs['title']).toContain('canonical: 桐柏馥记餐饮有限公司');
    expect(mention?.attrs['title']).toContain('id: my-1');
  });

  it('fails on a missing --dict file instead of ignoring it', async () => {
    await expect(run([seedPath, '--dict', join(dir, 'no-such-dict.tsv'), '--segmenter', 'none'])).rejects.toThrow(/no-such-dict\.tsv/);
  });

  it('rejects an unknown segmenter as a usage error', async () => {
    await expect(run([seedPath, '--segmenter', 'jeiba'])).rejects.toThrow(UsageError);
  });
});

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const built = existsSync(cli) && /\.command\(["']render["']\)/.test(readFileSync(cli, 'utf8'));
if (!built) console.warn('[render cli] skipping the dist/cli.js tests: dist is missing or older than the render command (run `npm run build`)');

describe.skipIf(!built)('zhnews render (built dist/cli.js)', () => {
  const zhnews = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });

  it('reads standard input with - and escapes it', () => {
    const out = zhnews(['render', '-', '--segmenter', 'none'], '<script>x</script>今年增长5%。');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('&lt;script&gt;x&lt;/script&gt;今年增长5%。');
  });

  it.each([
    [['render', 'no-such-file.txt'], /no such file/],
    [['render', seedPath, '--segmenter', 'jeiba'], /--segmenter must be one of/],
    [['render'], /missing required argument/],
  ])('exits 1 with a message for %j', (args, message) => {
    const out = zhnews(args);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(message);
    expect(out.stdout).toBe('');
  });
});
