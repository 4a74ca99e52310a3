import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { StatusModel } from '../../src/model/status-model.ts';
import { renderSite } from '../../src/site/render.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from '../../tests/site/helpers/browser.ts';
import { serveStatic } from '../../tests/site/helpers/static-server.ts';

const FIXTURE_MODEL = path.resolve(import.meta.dirname, '../../tests/fixtures/model/status-model.json');

/**
 * Site benchmark: time to render the site (Astro pages, badge SVGs, feed, social card) for a model,
 * the bytes the overview page transfers (HTML and every asset it loads, raw and gzip), and, when
 * Chromium is installed, Lighthouse's four category scores for the overview (default config:
 * mobile emulation with simulated throttling), served from a loopback server under the base path.
 *
 * @param distDir a built site (`npm run demo` writes `dist/`): its `status/status.json` is the model
 *   re-rendered for the timing, and the site itself is measured. Without it the fixture model is used.
 */
export async function runSiteBench(distDir?: string): Promise<Record<string, number | string>> {
  const modelFile = distDir ? path.join(distDir, 'status/status.json') : FIXTURE_MODEL;
  const model = JSON.parse(await readFile(modelFile, 'utf8')) as StatusModel;
  const results: Record<string, number | string> = { model: distDir ? path.relative(process.cwd(), modelFile) : 'tests/fixtures/model/status-model.json' };

  const renderDir = await mkdtemp(path.join(os.tmpdir(), 'govpages-bench-site-'));
  try {
    // First render in the process includes loading Astro and Vite (what `govpages build` pays);
    // the second is the render alone.
    let start = performance.now();
    await renderSite(model, renderDir);
    results.site_build_ms = Math.round(performance.now() - start);
    await rm(renderDir, { recursive: true, force: true });
    start = performance.now();
    await renderSite(model, renderDir);
    results.site_rebuild_ms = Math.round(performance.now() - start);
    const siteDir = distDir ?? renderDir;
    if (!existsSync(CHROMIUM_PATH)) {
      results.chromium = 'absent: transfer size and Lighthouse not measured';
      return results;
    }
    Object.assign(results, await measureOverview(siteDir, model.site.base));
    Object.assign(results, await lighthouseScores(siteDir, model.site.base));
  } finally {
    await rm(renderDir, { recursive: true, force: true });
  }
  return results;
}

/** Loads the overview in Chromium and sums every response it fetched, raw and gzip-compressed (level 6, as typical servers). */
async function measureOverview(siteDir: string, base: string): Promise<Record<string, number>> {
  const server = await serveStatic(siteDir, base);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const bodies: Promise<{ url: string; bytes: Buffer }>[] = [];
    page.on('response', (response) => {
      bodies.push(
        response
          .body()
          .then((bytes) => ({ url: response.url(), bytes }))
          .catch(() => ({ url: response.url(), bytes: Buffer.alloc(0) })),
      );
    });
    await page.goto(server.url, { waitUntil: 'networkidle' });
    const responses = await Promise.all(bodies);
    const html = responses.find((response) => response.url === server.url);
    return {
      overview_requests: responses.length,
      overview_bytes: sum(responses.map((response) => response.bytes.length)),
      overview_gzip_bytes: sum(responses.map((response) => gzipSync(response.bytes, { level: 6 }).length)),
      overview_html_bytes: html?.bytes.length ?? 0,
      overview_html_gzip_bytes: html ? gzipSync(html.bytes, { level: 6 }).length : 0,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function lighthouseScores(siteDir: string, base: string): Promise<Record<string, number | string>> {
  const server = await serveStatic(siteDir, base);
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
  try {
    const { default: lighthouse } = await import('lighthouse');
    const result = await lighthouse(server.url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (result?.lhr.runtimeError) return { lighthouse_error: `${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}` };
    const categories = result?.lhr.categories ?? {};
    const audits = result?.lhr.audits ?? {};
    const metric = (id: string) => audits[id]?.displayValue ?? 'n/a';
    const score = (id: string) => {
      const value = categories[id]?.score;
      return typeof value === 'number' ? Math.round(value * 100) : 'n/a';
    };
    return {
      lighthouse_performance: score('performance'),
      lighthouse_accessibility: score('accessibility'),
      lighthouse_best_practices: score('best-practices'),
      lighthouse_seo: score('seo'),
      lighthouse_fcp: metric('first-contentful-paint'),
      lighthouse_lcp: metric('largest-contentful-paint'),
      lighthouse_tbt: metric('total-blocking-time'),
      lighthouse_cls: metric('cumulative-layout-shift'),
      lighthouse_version: result?.lhr.lighthouseVersion ?? 'n/a',
    };
  } finally {
    chrome.kill();
    await server.close();
  }
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runSiteBench(process.argv[2]);
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}
