import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/types.js';
import { createAnalyzer } from '../../src/pipeline/createAnalyzer.js';
import { formatValue } from '../../src/render/format.js';
import { renderHtml } from '../../src/render/index.js';
import { seedEntities, seedStatements, seedText } from './seedAnalysis.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const skipReason = `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) to run the browser tests; .ci/run does`;
if (!hasChromium) console.warn(`[render browser] SKIPPED: ${skipReason}`);

// CI installs chromium (.ci/run), so there a missing browser is a failure, not a skip.
describe.runIf(!hasChromium && process.env['CI'] !== undefined && process.env['CI'] !== 'false')('browser tests in CI', () => {
  it('have a chromium to run in', () => {
    expect.fail(skipReason);
  });
});

const ARTIFACTS = fileURLToPath(new URL('../../artifacts/', import.meta.url));

describe.skipIf(!hasChromium)(`rendered seed page in headless Chromium (skipped when ${CHROMIUM} is absent)`, () => {
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  let doc: Analysis;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // The real analysis of the seed; while an extractor still returns nothing, hand-made mentions stand in.
    const analyzer = await createAnalyzer();
    const text = seedText();
    const real = analyzer.analyze(text, { date: '2020-04-14' });
    doc = {
      ...real,
      entities: real.entities.length > 0 ? real.entities : seedEntities(text),
      statements: real.statements.length > 0 ? real.statements : seedStatements(text),
    };
    profile = mkdtempSync(join(tmpdir(), 'zhnews-chromium-'));
    const file = join(profile, 'seed.html');
    writeFileSync(file, renderHtml(doc));
    context = await chromium.launchPersistentContext(join(profile, 'user-data'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
      colorScheme: 'light',
      offline: true,
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await context?.close();
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
  });

  it('shows every highlight, the legend, the table and the charts', async () => {
    await expect(page.locator('#doc-text').isVisible()).resolves.toBe(true);
    expect(await page.locator('#doc-text .hl[id]').count()).toBe(doc.entities.length + doc.statements.length);
    expect(await page.locator('#doc-text .ent[data-type]').evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-ref'))).size)).toBe(doc.entities.length);
    expect(await page.locator('#doc-text .stm[data-kind]').evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-ref'))).size)).toBe(doc.statements.length);
    const first = page.locator('#doc-text .hl').first();
    await expect(first.isVisible()).resolves.toBe(true);
    const look = await first.evaluate((el) => {
      const s = (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string; borderBottomWidth: string } }).getComputedStyle(el);
      return { bg: s.backgroundColor, border: s.borderBottomWidth };
    });
    expect(look.bg === 'rgba(0, 0, 0, 0)' && look.border === '0px', 'the highlight is drawn').toBe(false);
    await expect(page.locator('.legend').isVisible()).resolves.toBe(true);
    expect(await page.locator('#statements tbody tr').count()).toBe(Math.max(1, doc.statements.length));
    await page.locator('#statements').scrollIntoViewIfNeeded();
    await expect(page.locator('#statements').isVisible()).resolves.toBe(true);
    expect(await page.locator('svg.chart').count()).toBe(2);
    await expect(page.locator('svg.chart').first().isVisible()).resolves.toBe(true);
    // The text in the page is the document text, character for character.
    expect(await page.locator('#doc-text').evaluate((el) => el.textContent)).toBe(doc.text);
  });

  it('shows a statement’s details on hover and an entity’s on keyboard focus', async () => {
    const statement = doc.statements[0]!;
    await page.locator('#s0').scrollIntoViewIfNeeded();
    await page.locator('#s0').hover();
    const tip = page.locator('#tip');
    await expect(tip.isVisible()).resolves.toBe(true);
    const tipText = await tip.innerText();
    expect(tipText).toContain(formatValue(statement));
    for (const label of ['value', 'unit', 'comparator', 'change', 'metric', 'subject', 'horizon']) expect(tipText).toContain(label);
    if (statement.metric !== '') expect(tipText).toContain(statement.metric);
    expect(await page.locator('#s0').getAttribute('title'), 'the native title gives way to the tooltip').toBeNull();
    const cues = await page.locator('.cue[data-cue-for~="s0"]').count();
    expect(await page.locator('.cue.on').count(), 'the statement’s cue words light up').toBe(cues);
    // Keep this view (tooltip open near the top of the article) as the test artifact.
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'render-seed.png') });

    await page.mouse.move(5, 5);
    await page.locator('#e0').focus();
    await expect(tip.isVisible()).resolves.toBe(true);
    expect(await tip.innerText()).toContain(doc.entities[0]!.canonical);
    await page.keyboard.press('Escape');
    await expect(tip.isVisible()).resolves.toBe(false);
  });

  it('sorts the statements table by a column header button', async () => {
    const button = page.locator('#statements thead th:nth-child(4) button');
    const keys = () =>
      page.locator('#statements tbody tr td:nth-child(4)').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-sort') ?? ''));
    await button.click();
    await expect(page.locator('#statements thead th:nth-child(4)').getAttribute('aria-sort')).resolves.toBe('ascending');
    const asc = (await keys()).filter((k) => k !== '').map(Number);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await button.click();
    await expect(page.locator('#statements thead th:nth-child(4)').getAttribute('aria-sort')).resolves.toBe('descending');
    const desc = (await keys()).filter((k) => k !== '').map(Number);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
  });

  it('jumps from a table row to its highlight and opens its details', async () => {
    const last = doc.statements.length - 1;
    await page.locator(`#statements a[href="#s${last}"]`).click();
    await expect(page.locator(`#s${last}`).evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
    await expect(page.locator(`#s${last}`).isVisible()).resolves.toBe(true);
    await expect(page.locator('#tip').innerText()).resolves.toContain(formatValue(doc.statements[last]!));
    await page.keyboard.press('Escape');
  });

  it('shows a document’s <script> as text and runs none of it', async () => {
    const text = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">今年增长5%。';
    const fresh = await context.newPage();
    await fresh.setContent(renderHtml({ text, sentences: [], tokens: [], entities: [], quantities: [], statements: [] }));
    expect(await fresh.locator('#doc-text').innerText()).toContain('<script>window.pwned = 1</script>');
    expect(await fresh.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    await fresh.close();
  });

  it('raises no script errors, and looks right in dark mode too', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('#s0').hover();
    await page.screenshot({ path: join(ARTIFACTS, 'render-seed-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(pageErrors).toEqual([]);
  });
});
