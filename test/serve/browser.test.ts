/**
 * The playground in headless Chromium (as test/render/browser.test.ts launches it): open /,
 * paste the seed article, pick its date, analyse, and see the highlighted document (the render
 * view), at least 40 statements, the organisation list, and the JSON on the clipboard. Every
 * request the page makes must go to this server. A screenshot lands in artifacts/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzerSync } from '../../src/pipeline/createAnalyzer.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const skipReason = `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) to run the browser tests; .ci/run does`;
if (!hasChromium) console.warn(`[serve browser] SKIPPED: ${skipReason}`);

describe.runIf(!hasChromium && process.env['CI'] !== undefined && process.env['CI'] !== 'false')('serve browser tests in CI', () => {
  it('have a chromium to run in', () => {
    expect.fail(skipReason);
  });
});

const ARTIFACTS = fileURLToPath(new URL('../../artifacts/', import.meta.url));
const SEED = readFileSync(new URL('../../fixtures/langfang-development-zone.txt', import.meta.url), 'utf8');

describe.skipIf(!hasChromium)(`the playground in headless Chromium (skipped when ${CHROMIUM} is absent)`, () => {
  let server: RunningServer;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const foreign: string[] = [];

  beforeAll(async () => {
    server = await startServer({ port: 0, workers: 1 });
    profile = mkdtempSync(join(tmpdir(), 'zhnews-chromium-'));
    context = await chromium.launchPersistentContext(join(profile, 'user-data'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1400, height: 1000 },
      colorScheme: 'light',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
    // Nothing may leave for another origin: such requests are recorded and refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(server.url);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
  });

  it('asks for text before analysing', async () => {
    await page.click('#run');
    await expect(page.locator('#status').textContent()).resolves.toBe('Paste some text first.');
    await expect(page.locator('#status').getAttribute('class')).resolves.toBe('error');
  });

  it('analyses the pasted seed article: highlighted document, ≥ 40 statements, the organisations, the JSON', async () => {
    const expected = createAnalyzerSync({ segmenter: 'jieba' }).analyze(SEED, { date: '2020-04-14' });
    await page.locator('#text').fill(SEED);
    await page.locator('#date').fill('2020-04-14');
    await page.click('#run');
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    const view = page.frameLocator('#view');
    // the render view: text exactly as pasted, every statement highlighted (the frame loads its
    // srcdoc after the page marks itself ready, so wait for the new document to be complete)
    await expect.poll(() => view.locator('#doc-text').textContent({ timeout: 1000 }).catch(() => null), { timeout: 30_000 }).toBe(SEED);
    await expect.poll(() => view.locator('html').evaluate(() => (globalThis as unknown as { document: { readyState: string } }).document.readyState), { timeout: 30_000 }).toBe('complete');
    const statements = await view.locator('#doc-text .stm[data-kind]').evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-ref'))).size);
    expect(statements).toBe(expected.statements.length);
    expect(statements).toBeGreaterThanOrEqual(40);
    expect(await view.locator('#statements tbody tr').count()).toBe(expected.statements.length);
    // the organisation list: one line per organisation, in order of first mention
    const names = [...new Map(expected.entities.map((e) => [`${e.canonical}|${e.type}|${e.subtype}`, e.canonical])).values()];
    expect(names.length).toBeGreaterThan(0);
    await expect(page.locator('#entity-list li .name').allTextContents()).resolves.toEqual(names);
    await expect(page.locator('#entity-count').textContent()).resolves.toBe(String(names.length));
    await expect(page.locator('#status').textContent()).resolves.toMatch(new RegExp(`^${expected.statements.length} statements, ${expected.entities.length} organisation mentions`));
    // copy JSON: the analysis, indented
    await page.click('#copy');
    // the clipboard write is asynchronous: the status changes once it has resolved
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 10_000 }).toMatch(/^JSON copied/);
    const copied = await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
    expect(JSON.parse(copied)).toEqual(expected);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'serve-playground.png'), fullPage: true });
  });

  it('shows hostile text as text, exactly as the render view escapes it', async () => {
    const hostile = '<img src=x onerror="parent.document.title=\'pwned\'"><script>parent.document.title="pwned"</script>&amp; 廊坊开发区增长5%。';
    await page.evaluate(() => delete (globalThis as unknown as { document: { body: { dataset: Record<string, string> } } }).document.body.dataset['ready']);
    await page.locator('#text').fill(hostile);
    await page.click('#run');
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await expect.poll(() => page.frameLocator('#view').locator('#doc-text').textContent({ timeout: 1000 }).catch(() => null), { timeout: 30_000 }).toBe(hostile);
    expect(await page.frameLocator('#view').locator('#doc-text img, #doc-text script').count()).toBe(0);
    await expect(page.title()).resolves.toBe('zhnews playground');
  });

  it('made no request to another origin and logged no error', () => {
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
