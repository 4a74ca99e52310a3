import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium flags: headless, no background traffic, and a dead proxy so any stray request fails fast. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--proxy-server=127.0.0.1:9',
];

export const chromiumAvailable = existsSync(CHROMIUM_PATH);
// CI installs Chromium (.ci/run): there, browser tests must run, never skip silently.
if (!chromiumAvailable && process.env.CI) throw new Error(`Chromium is not installed at ${CHROMIUM_PATH} (apt-get install chromium)`);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** What a page did while loading: console errors, failed requests, requests to other hosts. */
export interface PageLog {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/** Records problems on `page`; `origin` is the only host it may talk to. */
export function watchPage(page: Page, origin: string): PageLog {
  const log: PageLog = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => log.consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) log.foreignRequests.push(url);
  });
  page.on('requestfailed', (request) => log.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) log.failedRequests.push(`${response.url()} ${response.status()}`);
  });
  return log;
}
