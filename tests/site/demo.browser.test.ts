import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { globby } from 'globby';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoRepository } from '../../src/demo/index.ts';
import { build } from '../../src/pipeline/build.ts';
import { chromiumAvailable, launchChromium } from './helpers/browser.ts';
import { TEST_SIGNING_SEED } from './helpers/build-fixture.ts';
import { expectPagesLoadCleanly } from './helpers/clean-load.ts';
import { type StaticServer, serveStatic } from './helpers/static-server.ts';

const BASE = '/govpages-demo/';

/** The real demo repository built by the real pipeline, served under a GitHub-project-pages base path. */
describe.skipIf(!chromiumAvailable)('demo build in Chromium (base path, signed)', () => {
  let work: string;
  let dist: string;
  let server: StaticServer;
  let browser: Browser;
  let pages: string[];

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'govpages-demo-site-'));
    const repo = createDemoRepository(path.join(work, 'repo')).dir;
    const config = JSON.parse(await readFile(path.join(repo, 'govpages.config.json'), 'utf8')) as { site?: Record<string, unknown> };
    const configPath = path.join(work, 'govpages.config.json');
    await writeFile(configPath, JSON.stringify({ ...config, site: { ...config.site, base: BASE, url: 'https://example.github.io/govpages-demo/' } }));
    dist = path.join(work, 'dist');
    await build({
      repoDir: repo,
      outDir: dist,
      now: '2026-11-18T10:00:00Z',
      env: { GOV_SIGNING_PRIVATE_KEY: TEST_SIGNING_SEED },
      configPath,
      writeState: false,
    });
    server = await serveStatic(dist, BASE);
    browser = await launchChromium();
    pages = (await globby('**/index.html', { cwd: dist })).map((file) => file.replace(/index\.html$/, '')).sort();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('has the overview, a page per configured kind, integrity and verify', () => {
    for (const page of ['', 'taxonomy/', 'api/', 'integrity/', 'verify/']) expect(pages).toContain(page);
  });

  // Every page of the demo in light and dark, each with axe: about a minute alone on two cores.
  it('loads every page with no console error, failed request or foreign request, and no axe violation', async () => {
    await expectPagesLoadCleanly(browser, server.url, pages);
  }, 240_000);

  it('verifies the real signed build in the browser, and fails after one artifact is altered on disk', async () => {
    expect(existsSync(path.join(dist, 'status/checksums-signature.json'))).toBe(true);
    const page = await browser.newPage();
    await page.goto(`${server.url}verify/`);
    await page.waitForSelector('#verify-root[data-verify-state="ok"], #verify-root[data-verify-state="failed"]');
    await expect(page.locator('#verify-result').textContent()).resolves.toMatch(/^Verified: .*Ed25519 signature valid/);

    const target = path.join(dist, 'index.html');
    const original = await readFile(target);
    await writeFile(target, Buffer.concat([original, Buffer.from('\n<!-- altered -->\n')]));
    try {
      await page.click('#verify-run');
      await page.waitForSelector('#verify-root[data-verify-state="failed"]');
      await expect(page.locator('#verify-files').textContent()).resolves.toContain('index.html');
    } finally {
      await writeFile(target, original);
    }
    await page.close();
  });
});
