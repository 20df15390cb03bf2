/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, so these files see the DOM types too.
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import { projectRoot } from '../../src/config';
import type { Database } from '../../src/db/database';
import { createApp, type App } from '../../src/server/app';
import { WEB_DIR } from '../../src/server/explorer';
import { closeTestDb, openTestDb } from '../support/db';

export const SCREENSHOTS = path.join(projectRoot(), 'test-output', 'screenshots');
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Harness {
  db: Database;
  app: App;
  base: string;
  browser: Browser;
  /** Requests that went anywhere but the test server, and script errors, per page opened. */
  offsite: string[];
  errors: string[];
  /** Content-Security-Policy violations the pages reported (securitypolicyviolation events). */
  csp: string[];
}

/** The real app on an ephemeral loopback port, and Debian's Chromium driven headless. */
export async function startHarness(): Promise<Harness> {
  if (!fs.existsSync(path.join(WEB_DIR, 'index.html')))
    throw new Error('dist/web is missing: run `npm run build` first');
  const db = openTestDb();
  const app = await createApp(db, { production: false });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // Root in CI has no user namespaces for Chromium's sandbox; the pages are our own.
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return { db, app, base, browser, offsite: [], errors: [], csp: [] };
}

export async function stopHarness(h: Harness): Promise<void> {
  await h.browser.close();
  await h.app.apollo.stop();
  await closeTestDb(h.db);
}

/** A new page that records every request leaving 127.0.0.1 and every script error. */
export async function newPage(h: Harness, width = 1280): Promise<Page> {
  const context = await h.browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  // Each violation of the service's CSP is reported back from the page as it happens.
  await context.exposeBinding('__cspViolation', (_source, text: string) => h.csp.push(text));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    ),
  );
  const page = await context.newPage();
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') h.offsite.push(req.url());
  });
  page.on('pageerror', (e) => h.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') h.errors.push(`console: ${m.text()}`);
  });
  return page;
}

/** axe-core's serious and critical findings on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the page's CSP refuses inline scripts, as it should.
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: any[] }> } }).axe;
    const r = await axe.run({ resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')),
    }));
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.join(', ')}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
