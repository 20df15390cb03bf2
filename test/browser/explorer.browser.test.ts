/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, so these files see the DOM types too.
import type { Page } from 'playwright-core';
import { run } from '../support/gql';
import { CoverageMatrixDocument } from '../generated/operations';
import { axeViolations, type Harness, newPage, screenshot, startHarness, stopHarness } from './support';

let hx: Harness;
let page: Page;

beforeAll(async () => {
  hx = await startHarness();
  page = await newPage(hx);
});
afterAll(async () => {
  await page.context().close();
  await stopHarness(hx);
});
afterEach(() => {
  // Every page stays on the test server and runs without a script error.
  expect(hx.offsite.splice(0)).toEqual([]);
  expect(hx.errors.splice(0)).toEqual([]);
  // ... and within the service's Content-Security-Policy.
  expect(hx.csp.splice(0)).toEqual([]);
});

/** Opens a path, waits for the page's data, checks accessibility and keeps a screenshot. */
async function visit(path: string, ready: string, name: string) {
  await page.goto(`${hx.base}${path}`);
  await page.waitForSelector(ready);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, name);
}

describe('the explorer in a browser', () => {
  it('home: headline counts and a heat map whose cells list their pledges, by mouse and keyboard', async () => {
    await visit('/', '.heatmap table', 'home-en');
    expect(await page.title()).toBe('Commitments graph');
    expect(await page.locator('.heat tbody tr').count()).toBe(23);
    expect(await page.locator('.counts li').count()).toBe(6);
    // A cell with pledges behind it lists them.
    const cell = page.locator('.heat button.cell:not(.h0)').first();
    const n = Number(await cell.textContent());
    await cell.click();
    await page.waitForSelector('.cell-pledges li');
    expect(await page.locator('.cell-pledges li').count()).toBe(n);
    // Arrow keys move the single tab stop across the grid.
    await page.locator('.heat button.cell').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toMatch(/^GCM-2, Americas: /);
  });

  it('search → item → pledge → path to a chosen item, with each step explained', async () => {
    await page.goto(`${hx.base}/`);
    await page.fill('input[name=q]', 'basic services');
    await page.click('form[role=search] button');
    await page.waitForSelector('.results a[href="/items/GCM-15"]');
    await screenshot(page, 'search-en');
    await page.click('.results a[href="/items/GCM-15"]');
    await page.waitForSelector('h1:has-text("basic services")');
    expect(page.url()).toBe(`${hx.base}/items/GCM-15`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'item-en');
    await page.locator('main section a[href^="/pledges/"]').first().click();
    await page.waitForSelector('.graph canvas');
    expect(page.url()).toMatch(/\/pledges\/[a-z-]+-\d{4}-\d+$/);
    await page.selectOption('#path-to', 'GCM-15');
    await page.click('form.controls button');
    await page.waitForSelector('.steps ol li');
    const steps = await page.locator('.steps ol li').allTextContents();
    expect(steps.length).toBeGreaterThan(0);
    expect(steps[steps.length - 1]).toContain('GCM-15');
    expect(page.url()).toMatch(/\?to=GCM-15$/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'pledge-path-en');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download the graph as PNG')]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
  });

  it('switches language from the header, for titles and the interface', async () => {
    await visit('/items/SDG-10.7?lang=fr', 'main h1', 'item-fr');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.textContent('header nav a[href="/?lang=fr"]')).toBe('Recherche');
    const frTitle = await page.textContent('main h1');
    await page.click('header a[hreflang=es]');
    await page.waitForSelector('main h1');
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    expect(page.url()).toBe(`${hx.base}/items/SDG-10.7?lang=es`);
    const esTitle = await page.textContent('main h1');
    expect(esTitle).not.toBe(frTitle);
    expect(await page.textContent('header nav a[aria-current=page], header nav a')).toBe('Búsqueda');
    await visit('/?lang=es', '.heatmap table', 'home-es');
  });

  it('city, coverage and crosswalk pages render with their tables and graphs', async () => {
    await visit('/cities/montreal-ca', 'main h1', 'city-en');
    expect(await page.textContent('main h1')).toContain('Montr');
    expect(await page.locator('.badge').count()).toBeGreaterThan(0);
    // A commitment's path opens the pledge's graph with that path lit, step by step.
    const pathLink = page.locator('details[open] td a[href*="?to="]').first();
    const target = new URL(`${hx.base}${await pathLink.getAttribute('href')}`).searchParams.get('to');
    await pathLink.click();
    await page.waitForSelector('.steps ol li');
    expect(await page.locator('.steps ol li').last().textContent()).toContain(target);
    await visit('/coverage?framework=SDG&by=ACTION_AREA&lang=fr', '.heatmap table', 'coverage-sdg-fr');
    expect(await page.locator('.heat thead th').nth(1).textContent()).toBe('Gouvernance des migrations');
    await visit('/crosswalk?from=AA-4', '.graph canvas', 'crosswalk-en');
    expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(3);
  });

  it('the CSV download holds what coverageMatrix answers', async () => {
    await visit('/coverage?framework=NUA&by=STATUS', '.heatmap table', 'coverage-nua-status-en');
    const href = await page.getAttribute('a[href^="/export/coverage.csv"]', 'href');
    const res = await fetch(`${hx.base}${href}`);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split(/\r?\n/);
    const m = (
      await run(hx.app, hx.db, CoverageMatrixDocument, { framework: 'NUA', by: 'STATUS', filter: null, lang: 'EN' })
    ).data!.coverageMatrix;
    expect(lines[0]).toBe(['item', 'title', ...m.columns.map((c) => c.label)].join(','));
    expect(lines.length).toBe(m.rows.length + 1);
    m.rows.forEach((r, n) => {
      const counts = lines[n + 1].split(',').slice(-m.columns.length).map(Number);
      expect([r.item.id, counts]).toEqual([lines[n + 1].split(',')[0], r.pledgeCounts]);
    });
    const bad = await fetch(`${hx.base}/export/coverage.csv?framework=XYZ&by=REGION`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('GET /graphql in a browser is GraphiQL from the bundle, with the named operations as tabs', async () => {
    await page.goto(`${hx.base}/graphql`);
    await page.waitForSelector('.graphiql-container');
    await page.waitForSelector('text=CoverageMatrix');
    // Running the first tab proves the editor works under the CSP. GraphiQL 4 fills in a tab's
    // example variables when the tab is selected, not for the one open at first: select it.
    await page.click('.graphiql-tab-button:has-text("ActionAreaAcrossFrameworks")');
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('.graphiql-editor-tool .CodeMirror-code')).some((e) =>
        e.textContent?.includes('"AA-4"'),
      ),
    );
    await page.click('.graphiql-execute-button');
    await page.waitForSelector('.result-window :text("Accès aux services essentiels")');
    await screenshot(page, 'graphiql');
    const res = await fetch(`${hx.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ frameworks { code } }' }),
    });
    expect(res.status).toBe(200);
  });

  it('pages are served under a strict Content-Security-Policy, and a violation would be seen', async () => {
    const res = await fetch(`${hx.base}/coverage`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/style-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https:/);
    await visit('/', '.heatmap table', 'home-csp');
    // An inline <style>, as a careless change to a page would add, is refused and reported.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { background: red; }';
      document.head.append(style);
    });
    while (hx.csp.length === 0) await page.waitForTimeout(50);
    expect(hx.csp.splice(0)[0]).toMatch(/^style-src-elem blocked inline/);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 0, 0)');
    hx.errors.splice(0);
  });

  it('an unknown page and an unknown id say so', async () => {
    await visit('/pledges/no-such-pledge', 'main h1', 'pledge-unknown');
    expect(await page.textContent('main h1')).toBe('Nothing here with that id.');
    await visit('/crosswalk?from=NOPE-1&lang=es', 'main [role=alert]', 'crosswalk-unknown-es');
    expect(await page.textContent('main [role=alert]')).toBe('No hay nada con ese identificador. (NOPE-1)');
  });
});
