import { rm } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/config/schema.ts';
import { catalogDemoConfig, catalogDemoSteps } from '../../../src/demo/catalog.ts';
import { portsDemoConfig, portsDemoSteps } from '../../../src/demo/ports.ts';
import type { CatalogSection } from '../../../src/model/catalog.ts';
import type { PortsSection } from '../../../src/model/ports.ts';
import { catalogKind } from '../../../src/pipeline/kinds/catalog.ts';
import { portsKind } from '../../../src/pipeline/kinds/ports.ts';
import { atHead } from '../../helpers/context.ts';
import { repositoryFromSteps } from '../../pipeline/kinds/catalog/demo-repo.ts';
import { chromiumAvailable, launchChromium } from '../helpers/browser.ts';
import { buildFixtureSite } from '../helpers/build-fixture.ts';
import { expectPagesLoadCleanly } from '../helpers/clean-load.ts';
import { type StaticServer, serveStatic } from '../helpers/static-server.ts';

describe.skipIf(!chromiumAvailable)('catalog and ports pages in Chromium (demo data, base path)', () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    const repoDir = repositoryFromSteps([...catalogDemoSteps, ...portsDemoSteps]);
    const context = {
      config: configSchema.parse({ sources: { ...catalogDemoConfig, ...portsDemoConfig } }),
      ...(await atHead(repoDir)),
      now: '2026-07-01T00:00:00Z',
      previousState: new Map<string, string>(),
      env: {},
      progress: () => {},
    };
    const catalog: CatalogSection = (await catalogKind.collect(context)).section;
    const ports: PortsSection = (await portsKind.collect(context)).section;
    const site = await buildFixtureSite((fixture) => ({ ...fixture, sections: { ...fixture.sections, catalog, ports } }));
    dir = site.dir;
    server = await serveStatic(dir, site.model.site.base);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('loads both pages with no console error, failed or foreign request, and no axe violation, light and dark', async () => {
    await expectPagesLoadCleanly(browser, server.url, ['catalog/', 'ports/']);
  }, 120_000);

  it('links from the catalog page to published status files resolve under the base path', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}catalog/`);
    const hrefs = await page.$$eval('a[href*="status/"]', (links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(new URL(server.url).pathname)).toBe(true);
    await page.close();
  });
});
