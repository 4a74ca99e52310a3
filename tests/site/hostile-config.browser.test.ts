import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { globby } from 'globby';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoRepository } from '../../src/demo/index.ts';
import { runCli } from '../helpers/cli.ts';
import { scratchRepo, tempDir } from '../helpers/git.ts';
import { chromiumAvailable, launchChromium, watchPage } from './helpers/browser.ts';
import { TEST_SIGNING_SEED } from './helpers/build-fixture.ts';
import { expectPagesLoadCleanly } from './helpers/clean-load.ts';
import { type StaticServer, serveStatic } from './helpers/static-server.ts';

/**
 * Every free-text value of govpages.config.json set to hostile strings, built by the real CLI and
 * loaded in Chromium: no dialog opens, no script from the input runs (each one would set a
 * `window.__govpagesHostile*` marker), no request leaves 127.0.0.1, and each value shows as text
 * where a page shows it. Values the config refuses are refused before anything is written: exit 2
 * with a one-line message naming the JSON path.
 */

const HOSTILE = {
  script: '<script>window.__govpagesHostile1=1;alert(1)</script>',
  attribute: '"><img src=x onerror=window.__govpagesHostile2=1,alert(2)>',
  url: 'javascript:window.__govpagesHostile3=1,alert(3)',
  bidi: 'gpj.\u202Eexe.sh',
  long: `${'<b>long</b> '.repeat(700)}end`,
};
const ALL = Object.values(HOSTILE);
const NOW = '2026-11-21T00:00:00Z';
const env = () => ({ PATH: process.env.PATH, HOME: process.env.HOME, GOV_SIGNING_PRIVATE_KEY: TEST_SIGNING_SEED });

describe('config values refused at the edge: exit 2, one line naming the JSON path, nothing written', () => {
  const INJECTED_BASE = '/x" onerror="alert(document.domain)" a="/';
  const probes = (gates: object) => ({ sources: { taxonomy: {}, gates: { probes: gates } } });
  const integration = { name: 'site', backend: 'http://127.0.0.1:9/', frontend: 'http://127.0.0.1:9/api' };
  const cases: { name: string; config: object; flags?: string[]; message: RegExp }[] = [
    { name: 'site.base with an attribute injection', config: { site: { base: INJECTED_BASE } }, message: /^govpages\.config\.json: \$\.site\.base: / },
    { name: '--base with an attribute injection', config: {}, flags: ['--base', INJECTED_BASE], message: /^--base "\/x\\" onerror=.* is not a path/ },
    { name: 'site.base javascript:', config: { site: { base: HOSTILE.url } }, message: /^govpages\.config\.json: \$\.site\.base: / },
    { name: 'site.url javascript:', config: { site: { url: HOSTILE.url } }, message: /^govpages\.config\.json: \$\.site\.url: an http:\/\/ or https:\/\/ URL/ },
    { name: '--site-url javascript:', config: {}, flags: ['--site-url', HOSTILE.url], message: /^--site-url "javascript:.*" is not an http/ },
    {
      name: 'site.url data: with markup',
      config: { site: { url: `data:text/html,${HOSTILE.script}` } },
      message: /^govpages\.config\.json: \$\.site\.url: /,
    },
    {
      name: 'an http probe URL javascript:',
      config: probes({ http: [{ name: 'api', url: HOSTILE.url }] }),
      message: /^govpages\.config\.json: \$\.sources\.gates\.probes\.http\[0\]\.url: /,
    },
    {
      name: 'an http probe named with markup',
      config: probes({ http: [{ name: HOSTILE.script, url: 'http://127.0.0.1:9/' }] }),
      message: /^govpages\.config\.json: \$\.sources\.gates\.probes\.http\[0\]\.name: a lowercase slug/,
    },
    {
      name: 'an integration backend data:',
      config: probes({ integration: [{ ...integration, backend: `data:text/html,${HOSTILE.script}` }] }),
      message: /^govpages\.config\.json: \$\.sources\.gates\.probes\.integration\[0\]\.backend: /,
    },
    {
      name: 'an integration frontend javascript:',
      config: probes({ integration: [{ ...integration, frontend: HOSTILE.url }] }),
      message: /^govpages\.config\.json: \$\.sources\.gates\.probes\.integration\[0\]\.frontend: /,
    },
    {
      name: 'an integration path that is not a path',
      config: probes({ integration: [{ ...integration, path: HOSTILE.url }] }),
      message: /^govpages\.config\.json: \$\.sources\.gates\.probes\.integration\[0\]\.path: /,
    },
    {
      name: 'an environment variable named with markup',
      config: probes({ environment: { critical: [HOSTILE.attribute] } }),
      message: /^govpages\.config\.json: \$\.sources\.gates\.probes\.environment\.critical\[0\]: an environment variable name/,
    },
    {
      name: 'integrity.origin with spaces and markup',
      config: { integrity: { origin: HOSTILE.attribute } },
      message: /^govpages\.config\.json: \$\.integrity\.origin: /,
    },
    {
      // Read at the integrity stage, after the pages: still before anything is published.
      name: 'a previous public key that is markup',
      config: { integrity: { previous_public_keys: [HOSTILE.script] } },
      message: /^govpages\.config\.json: \$\.integrity\.previous_public_keys\[0\]\.public_key: /,
    },
    {
      name: 'site.url with markup in its query',
      config: { site: { url: `https://example.com/?q=${HOSTILE.attribute}` } },
      message: /^govpages\.config\.json: \$\.site\.url: /,
    },
    {
      name: 'state.branch with markup',
      config: { state: { branch: `govpages-${HOSTILE.script}` } },
      message: /^govpages\.config\.json: \$\.state\.branch: /,
    },
    {
      name: 'state.branch that git refuses',
      config: { state: { branch: HOSTILE.url } },
      message: /^govpages\.config\.json: \$\.state\.branch: /,
    },
  ];

  const repo = scratchRepo();
  repo.write('alerts_taxonomy.json', JSON.stringify({ version: 1, alerts: [] }));
  repo.commit('taxonomy', '2026-02-01T00:00:00Z');

  it.each(cases)('$name', async ({ config, flags, message }) => {
    repo.write('govpages.config.json', JSON.stringify(config));
    repo.commit('config', '2026-02-02T00:00:00Z');
    const out = path.join(tempDir(), 'dist');
    const result = await runCli(['build', '--repo', repo.dir, '--out', out, '--now', NOW, ...(flags ?? [])], { env: env() });
    expect(result.code).toBe(2);
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('govpages build: error: '));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.slice('govpages build: error: '.length)).toMatch(message);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(out)).toBe(false);
  });
});

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd: dir,
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
    encoding: 'utf8',
  });

/** The demo repository with every free-text config value (and two input file names) hostile. */
function hostileDemo(work: string) {
  const repo = createDemoRepository(path.join(work, 'repo')).dir;
  const file = path.join(repo, 'govpages.config.json');
  const config = JSON.parse(readFileSync(file, 'utf8'));
  const title = `${HOSTILE.script}${HOSTILE.attribute} ${HOSTILE.url} ${HOSTILE.bidi}`;
  // A site root URL with markup in its query is refused at load (case above); the title carries the markup here.
  const siteUrl = 'https://example.com/hostile/';
  const registry = `ports/${HOSTILE.script}/${HOSTILE.attribute}.yaml`;
  const spec = `specs/${HOSTILE.bidi} ${HOSTILE.attribute}.yaml`;
  const { taxonomy, catalog, gates, ports, openapi } = config.sources;
  config.$schema = HOSTILE.script;
  config.site = { title, url: siteUrl, base: '/hostile-config/' };
  // "platform" left out, so the demo's platform alerts are lint errors that list the allowed scopes.
  taxonomy.scopes = ['service', 'infrastructure', 'internal', 'business', 'security', ...ALL];
  taxonomy.categories = ['availability', 'latency', 'errors', 'saturation', 'capacity', 'traffic', 'security', 'data', 'cost', 'slo', 'meta', ...ALL];
  taxonomy.rules = [...taxonomy.rules, `${HOSTILE.attribute}/*.yml`];
  catalog.metadata = [...catalog.metadata, `${HOSTILE.script}/**/repo.yaml`];
  catalog.required_files = ['README.md', HOSTILE.script, `${HOSTILE.attribute}|${HOSTILE.url}`];
  catalog.tier_required_files = { '1': [HOSTILE.bidi], '2': ['LICENSE'] };
  catalog.recommended_files = [HOSTILE.long];
  gates.critical_layers = ['Backend Runtime', 'Integration Layer', ...ALL];
  const [http] = gates.probes.http;
  Object.assign(http, { url: `http://127.0.0.1:9/health?q=${HOSTILE.script}`, body_contains: HOSTILE.script, layer: HOSTILE.attribute });
  const [integration] = gates.probes.integration;
  Object.assign(integration, { path: `/health?${HOSTILE.attribute}`, ignore_json_keys: ALL, layer: HOSTILE.url });
  gates.probes.environment.layer = HOSTILE.bidi;
  config.integrity = { origin: HOSTILE.script };
  config.state = { branch: 'govpages-hostile' };
  mkdirSync(path.dirname(path.join(repo, registry)), { recursive: true });
  renameSync(path.join(repo, ports.path), path.join(repo, registry));
  ports.path = registry;
  mkdirSync(path.dirname(path.join(repo, spec)), { recursive: true });
  renameSync(path.join(repo, openapi.path), path.join(repo, spec));
  openapi.path = spec;
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  git(repo, 'add', '-A');
  git(repo, 'commit', '--quiet', '-m', 'Hostile values everywhere');
  // The state branch (the demo's probe history) under the hostile name the config gives it.
  git(repo, 'branch', config.state.branch, 'govpages-state');
  return { repo, title, siteUrl, registry, spec };
}

describe.skipIf(!chromiumAvailable)('hostile config values in Chromium (the demo, every free-text field hostile)', () => {
  let work: string;
  let dist: string;
  let demo: ReturnType<typeof hostileDemo>;
  let server: StaticServer;
  let browser: Browser;
  let pages: string[];
  let buildCode: number;

  beforeAll(async () => {
    work = tempDir('govpages-hostile-config-');
    demo = hostileDemo(work);
    dist = path.join(work, 'dist');
    buildCode = (await runCli(['build', '--repo', demo.repo, '--out', dist, '--now', NOW, '--no-state'], { env: env() })).code;
    server = await serveStatic(dist, '/hostile-config/');
    browser = await launchChromium();
    pages = (await globby('**/index.html', { cwd: dist })).map((file) => file.replace(/index\.html$/, '')).sort();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('builds, with the hostile values in the published model', () => {
    expect(buildCode).toBe(0);
    const model = JSON.parse(readFileSync(path.join(dist, 'status/status.json'), 'utf8'));
    expect(model.site).toMatchObject({ title: demo.title, url: demo.siteUrl });
    expect(model.sections.gates.layer_coverage.critical_layers).toEqual(expect.arrayContaining(ALL));
    expect(model.sections.ports.registry).toBe(demo.registry);
    for (const page of ['', 'taxonomy/', 'catalog/', 'gates/', 'ports/', 'api/', 'integrity/', 'verify/']) expect(pages).toContain(page);
  });

  it('opens no dialog, runs no script from the input, requests nothing beyond 127.0.0.1 on any page', async () => {
    for (const pagePath of pages) {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      const log = watchPage(page, new URL(server.url).origin);
      await page.goto(server.url + pagePath, { waitUntil: 'networkidle' });
      await settle(page, pagePath);
      const found = await page.evaluate(() => ({
        markers: Object.keys(window).filter((key) => key.startsWith('__govpagesHostile')),
        injected: document.querySelectorAll('img[src="x"], a[href^="javascript:" i], [onerror], [onload]:not(body)').length,
        scripts: [...document.scripts].filter((script) => script.textContent?.includes('__govpagesHostile')).length,
      }));
      expect({ page: pagePath, dialogs, ...found, log }).toEqual({
        page: pagePath,
        dialogs: [],
        markers: [],
        injected: 0,
        scripts: 0,
        log: { consoleErrors: [], failedRequests: [], foreignRequests: [] },
      });
      // The title, the one value every page shows: as text in the header and the document title.
      await expect(page.locator('header .brand').textContent()).resolves.toBe(demo.title);
      expect(await page.title()).toMatch(new RegExp(`${escapeRegExp(demo.title)}$`));
      await page.close();
    }
  }, 240_000);

  it('shows each hostile value as text where its page shows it', async () => {
    const page = await browser.newPage();
    const text = async (pagePath: string) => {
      await page.goto(server.url + pagePath, { waitUntil: 'networkidle' });
      await settle(page, pagePath);
      return (await page.locator('main').textContent()) ?? '';
    };
    // Taxonomy: lint errors list the allowed scopes, every hostile one among them.
    const taxonomy = await text('taxonomy/');
    expect(taxonomy).toContain(`is not one of service, infrastructure, internal, business, security, ${ALL.join(', ')}`);
    // Catalog: the hostile required, tier and recommended files are named as missing.
    const catalog = await text('catalog/');
    for (const value of ALL) expect(catalog, value.slice(0, 40)).toContain(value);
    // Gates: every hostile critical layer in the coverage table, and the probes' layers.
    await text('gates/');
    const layers = await page.locator('#layers + ul li').allTextContents();
    for (const value of ALL)
      expect(
        layers.some((layer) => layer.endsWith(` ${value}`)),
        value.slice(0, 40),
      ).toBe(true);
    expect(await page.locator('main').textContent()).toContain(`Also gated (not in the critical table): `);
    for (const value of [HOSTILE.attribute, HOSTILE.url, HOSTILE.bidi]) expect(await page.locator('main').textContent()).toContain(value);
    // Ports and API: the input file names.
    await text('ports/');
    await expect(page.locator('main p.muted code').first().textContent()).resolves.toBe(demo.registry);
    await text('api/');
    await expect(page.locator('main p.muted code').first().textContent()).resolves.toBe(demo.spec);
    // Integrity: the checkpoint origin, read from the published checkpoint by the page's script.
    await text('integrity/');
    await expect(page.locator('[data-field="checkpoint-summary"]').textContent()).resolves.toMatch(
      new RegExp(`checkpoint origin: ${escapeRegExp(HOSTILE.script)}$`),
    );
    // Verify: the hostile title, URL and origin do not stop the in-browser verification.
    await text('verify/');
    expect(await page.getAttribute('#verify-root', 'data-verify-state')).toBe('ok');
    await page.close();
  }, 120_000);

  it('gives an embed snippet that is one link and one image when pasted, pointing at the configured URL', async () => {
    const page = await browser.newPage();
    await page.goto(server.url, { waitUntil: 'networkidle' });
    const snippets = await page.locator('main pre code').allTextContents();
    const html = snippets.find((snippet) => snippet.startsWith('<a '));
    expect(html).toBeDefined();
    // Parsed as a page would parse it when pasted: no element or attribute comes from the URL.
    const pasted = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'text/html');
      return {
        elements: [...doc.body.querySelectorAll('*')].map((element) => [element.tagName, ...element.getAttributeNames()].join(' ')),
        href: doc.querySelector('a')?.getAttribute('href'),
      };
    }, html!);
    expect(pasted.elements).toEqual(['A href', 'IMG alt src']);
    expect(pasted.href).toBe(new URL(demo.siteUrl).href);
    const markdown = snippets.find((snippet) => snippet.startsWith('[!['))!;
    expect(markdown.endsWith(`](${new URL(demo.siteUrl).href.replaceAll('(', '%28').replaceAll(')', '%29')})`)).toBe(true);
    await page.close();
  });

  it('publishes a feed that parses, with the hostile title as text', async () => {
    const page = await browser.newPage();
    await page.goto(server.url, { waitUntil: 'networkidle' });
    const feed = await page.evaluate(async (url) => {
      const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
      return { errors: doc.getElementsByTagName('parsererror').length, title: doc.querySelector('feed > title')?.textContent };
    }, `${server.url}feed.xml`);
    expect(feed).toEqual({ errors: 0, title: demo.title });
    await page.close();
  });

  // Every page in light and dark with axe: about a minute alone on two cores.
  it('loads every page cleanly: no console error, failed or foreign request, no axe violation', async () => {
    await expectPagesLoadCleanly(browser, server.url, pages);
  }, 300_000);
});

/** Waits for the scripts that fill a page from the published files. */
async function settle(page: Page, pagePath: string): Promise<void> {
  if (pagePath === 'verify/') await page.waitForSelector('#verify-root[data-verify-state="ok"], #verify-root[data-verify-state="failed"]');
  if (pagePath === 'integrity/') await page.waitForFunction(() => document.querySelector('[data-field="checkpoint-summary"]')?.textContent !== '…');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
