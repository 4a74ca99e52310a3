import { rm } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../helpers/browser.ts';
import { buildFixtureSite } from '../helpers/build-fixture.ts';
import { expectPagesLoadCleanly } from '../helpers/clean-load.ts';
import { type StaticServer, serveStatic } from '../helpers/static-server.ts';
import { withGatesAndIncidents } from './model-with-gates.ts';

describe.skipIf(!chromiumAvailable)('gates and incidents pages in Chromium', () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    const built = await buildFixtureSite(withGatesAndIncidents);
    dir = built.dir;
    server = await serveStatic(dir, built.model.site.base);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const PAGES = ['', 'gates/', 'incidents/', 'incidents/2026-07-25-frontend-proxy-404/', 'incidents/hostile/', 'incidents/2026-11-05-seed-style/'];

  it('loads each page (light and dark) with no console error, failed or foreign request, and no axe violation', async () => {
    await expectPagesLoadCleanly(browser, server.url, PAGES);
  }, 180_000);

  it('the nav links the new pages and the hostile report shows its markup as text', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}incidents/hostile/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('<script>alert(1)</script> & "quotes"');
    await expect(page.locator('article.incident-body').textContent()).resolves.toContain('<script>alert(3)</script>');
    expect(await page.locator('article.incident-body script, article.incident-body a[href^="javascript:"]').count()).toBe(0);
    const nav = await page.locator('nav a').allTextContents();
    expect(nav).toEqual(expect.arrayContaining(['Deploy gates', 'Incidents']));
    await page.close();
  });
});
