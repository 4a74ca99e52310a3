import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './axe.ts';
import { watchPage } from './browser.ts';

/**
 * Loads each page under `siteUrl` in light and dark mode and asserts what every page of the site
 * must satisfy: HTTP 200, no console error, no failed request, no request to another host, and no
 * axe violation.
 */
export async function expectPagesLoadCleanly(browser: Browser, siteUrl: string, pagePaths: readonly string[]): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const pagePath of pagePaths) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const log = watchPage(page, new URL(siteUrl).origin);
      const response = await page.goto(siteUrl + pagePath, { waitUntil: 'networkidle' });
      expect(response?.status(), pagePath).toBe(200);
      expect(log, `${pagePath} (${colorScheme})`).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      expect(await axeViolations(page), `${pagePath} (${colorScheme})`).toEqual([]);
      await context.close();
    }
  }
}
