import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { globby } from 'globby';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusModel } from '../../src/model/status-model.ts';
import { chromiumAvailable, launchChromium, watchPage } from './helpers/browser.ts';
import { buildFixtureSite } from './helpers/build-fixture.ts';
import { expectPagesLoadCleanly } from './helpers/clean-load.ts';
import { type StaticServer, serveStatic } from './helpers/static-server.ts';

const HOSTILE_NAME = '<script>alert(1)</script>';

describe.skipIf(!chromiumAvailable)('status site in Chromium (fixture model, base path)', () => {
  let dir: string;
  let model: StatusModel;
  let server: StaticServer;
  let browser: Browser;
  let pages: string[];

  beforeAll(async () => {
    ({ dir, model } = await buildFixtureSite());
    server = await serveStatic(dir, model.site.base);
    browser = await launchChromium();
    pages = (await globby('**/index.html', { cwd: dir })).map((file) => file.replace(/index\.html$/, '')).sort();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('builds a page per present kind plus overview and verify', () => {
    expect(pages).toEqual(['', 'api/', 'integrity/', 'taxonomy/', 'verify/']);
  });

  it('loads every page with no console error, failed request or foreign request, and no axe violation', async () => {
    await expectPagesLoadCleanly(browser, server.url, pages);
  }, 180_000);

  it('verifies the signed build in the browser, and fails after one artifact is altered on disk', async () => {
    const page = await browser.newPage();
    const log = watchPage(page, new URL(server.url).origin);
    await page.goto(`${server.url}verify/`);
    await page.waitForSelector('#verify-root[data-verify-state="ok"], #verify-root[data-verify-state="failed"]');
    expect(await page.getAttribute('#verify-root', 'data-verify-state')).toBe('ok');
    await expect(page.locator('#verify-result').textContent()).resolves.toMatch(/^Verified: \d+ of \d+ artifacts match .*Ed25519 signature valid/);
    expect(log).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });

    const target = path.join(dir, 'feed.xml');
    const original = await readFile(target);
    await writeFile(target, Buffer.concat([original, Buffer.from('<!-- tampered -->')]));
    try {
      await page.click('#verify-run');
      await page.waitForSelector('#verify-root[data-verify-state="failed"]');
      await expect(page.locator('#verify-result').textContent()).resolves.toMatch(/^Verification FAILED: 1 problem/);
      await expect(page.locator('#verify-files').textContent()).resolves.toContain('feed.xml');
    } finally {
      await writeFile(target, original);
    }
    await page.close();
  });

  it('shows the checksum bundle, key and archive on the integrity page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}integrity/`, { waitUntil: 'networkidle' });
    await expect(page.locator('[data-field="aggregate"]').textContent()).resolves.toMatch(/^[0-9a-f]{64}$/);
    await expect(page.locator('[data-field="signature"]').textContent()).resolves.toBe('Ed25519, format v2');
    expect(await page.locator('#archive-entries tr').count()).toBe(1);
    expect(await page.locator('#artifact-rows tr').count()).toBeGreaterThan(5);
    await page.close();
  });

  it('renders hostile alert names and descriptions as text', async () => {
    const page = await browser.newPage();
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs++;
      await dialog.dismiss();
    });
    await page.goto(`${server.url}taxonomy/`, { waitUntil: 'networkidle' });
    const heading = page.locator('section.alert-section h3', { hasText: HOSTILE_NAME });
    await expect(heading.count()).resolves.toBe(1);
    await expect(heading.textContent()).resolves.toBe(HOSTILE_NAME);
    const description = await heading.locator('xpath=following-sibling::p[1]').textContent();
    expect(description).toBe(`<img src=x onerror=alert(2)> "quoted" & 'single' <b>bold</b>`);
    // No element came from the markup in the strings.
    expect(await page.locator('main img[src="x"], main b').count()).toBe(0);
    // A javascript: runbook is shown as text, never as a link.
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    // The same on the API page (the API title and a finding message) and the overview (an event summary).
    await page.goto(`${server.url}api/`, { waitUntil: 'networkidle' });
    await expect(page.locator('main li', { hasText: 'query parameter "<script>alert(4)</script>"' }).count()).resolves.toBe(1);
    await expect(page.locator('main > p.muted', { hasText: 'Pets <API> & "friends"' }).count()).resolves.toBe(1);
    await page.goto(server.url, { waitUntil: 'networkidle' });
    await expect(page.locator('main li > div', { hasText: `Alerts: ${HOSTILE_NAME}` }).textContent()).resolves.toBe(`Alerts: ${HOSTILE_NAME}`);
    await expect(page.locator('header .brand').textContent()).resolves.toBe('Demo governance <status> & "friends"');
    expect(await page.locator('main script, header script').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.close();
  });

  it('filters the alert table without a framework and shows everything without JavaScript', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}taxonomy/`);
    const visibleRows = () => page.locator('#alert-table tbody tr:visible').count();
    expect(await visibleRows()).toBe(model.sections.taxonomy!.alerts.length);
    await page.selectOption('select[name="severity"]', 'low');
    expect(await visibleRows()).toBe(2);
    await page.selectOption('select[name="deprecated"]', 'no');
    expect(await visibleRows()).toBe(1);
    await expect(page.locator('#alert-count').textContent()).resolves.toBe(`1 of ${model.sections.taxonomy!.alerts.length} shown`);
    await page.selectOption('select[name="severity"]', '');
    await page.selectOption('select[name="deprecated"]', '');
    await page.selectOption('select[name="runbook"]', 'missing');
    expect(await visibleRows()).toBe(2);
    await page.close();

    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${server.url}taxonomy/`);
    expect(await noJs.locator('#alert-table tbody tr:visible').count()).toBe(model.sections.taxonomy!.alerts.length);
    expect(await noJs.locator('#alert-filters').isVisible()).toBe(false);
    await noJs.goto(server.url);
    await expect(noJs.locator('.verdict').textContent()).resolves.toContain('Warning');
    expect(await noJs.locator('svg.chart').count()).toBeGreaterThan(0);
    expect(await noJs.locator('.badges img').count()).toBe(model.badges.length);
    await context.close();
  });

  it('keeps every link and asset under the base path', async () => {
    const page = await browser.newPage();
    for (const pagePath of pages) {
      await page.goto(server.url + pagePath);
      const refs = await page.evaluate(() =>
        [...document.querySelectorAll('[href], [src]')].map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? ''),
      );
      const local = refs.filter((ref) => !/^(https?:|#|mailto:)/.test(ref));
      for (const ref of local) expect(ref, `${pagePath}: ${ref}`).toMatch(new RegExp(`^${model.site.base}`));
    }
    await page.close();
  });

  it('auto-refresh can be turned off and the choice is remembered', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    const checkbox = page.locator('#auto-refresh');
    expect(await checkbox.isVisible()).toBe(true);
    expect(await checkbox.isChecked()).toBe(true);
    await checkbox.uncheck();
    await page.reload();
    expect(await page.locator('#auto-refresh').isChecked()).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('govpages:auto-refresh'))).toBe('off');
    await context.close();
  });
});
