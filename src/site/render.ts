import { rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanupOnInterrupt } from '../core/cleanup.ts';
import type { StatusModel } from '../model/status-model.ts';
import { renderAtomFeed } from '../publish/feed.ts';
import { renderBadgeSvg } from '../publish/images/badge-svg.ts';
import { renderSocialCard } from '../publish/images/social-card.ts';
import { badgeSvgPath } from './format/badges.ts';
import { MODEL_ENV } from './model.ts';

/** The package root (where `src/site` lives), whatever the working directory. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Renders the whole status site for `model` into `outDir`: the Astro pages, `badges/<name>.svg` for
 * every badge, `feed.xml` and `social.png`. Astro's caches go to a fresh temp dir that is removed
 * afterwards (a reused cache could serve pages rendered from an older model: Astro's incremental
 * build does not track the model file). Astro itself still touches `<package>/.astro/` (content-layer
 * bookkeeping, derived from `root` and not configurable; a root outside the package breaks its
 * compiler) and Vite `node_modules/.vite-temp/`; both are gitignored and hold nothing of the model.
 */
export async function renderSite(model: StatusModel, outDir: string): Promise<void> {
  await renderPages(model, outDir);
  await writeSiteAssets(model, outDir);
}

/** The Astro pages only. */
export async function renderPages(model: StatusModel, outDir: string): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'govpages-site-'));
  const modelFile = path.join(work, 'model.json');
  await writeFile(modelFile, JSON.stringify(model));
  const previous = { model: process.env[MODEL_ENV], telemetry: process.env.ASTRO_TELEMETRY_DISABLED, cwd: process.cwd() };
  process.env[MODEL_ENV] = modelFile;
  // Astro bundles the pages into a prerender entry that it writes under its output directory when
  // that lies inside the working directory, else under `<cwd>/.astro/`. That entry imports Astro's
  // own dependencies, so it must sit inside the package; and two builds must not share it. So each
  // build renders into a fresh folder inside the package, with the package as working directory,
  // and the pages are moved to `outDir` afterwards.
  const scratch = await mkdtemp(path.join(PACKAGE_ROOT, '.govpages-render-'));
  const forget = cleanupOnInterrupt(() => {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });
  const astroOut = path.join(scratch, 'out');
  // Astro reports usage to its servers unless told not to; a build never makes network requests.
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  try {
    process.chdir(PACKAGE_ROOT);
    const { build } = await import('astro');
    const options = { sync: false } as Parameters<typeof build>[1];
    await build(
      {
        root: PACKAGE_ROOT,
        configFile: false,
        srcDir: './src/site',
        publicDir: './public',
        outDir: astroOut,
        base: model.site.base,
        site: model.site.url ?? undefined,
        trailingSlash: 'ignore',
        // Astro's compression drops the newline between text and a following element ("in<a>"), which
        // glues words together in pages written over several lines.
        compressHTML: false,
        logLevel: 'error',
        cacheDir: path.join(work, 'astro-cache'),
        build: { format: 'directory', inlineStylesheets: 'always' },
        devToolbar: { enabled: false },
        vite: { cacheDir: path.join(work, 'vite-cache'), logLevel: 'error' },
      },
      options,
    );
    await mkdir(outDir, { recursive: true });
    for (const entry of await readdir(astroOut)) {
      if (entry === '.prerender') continue;
      await cp(path.join(astroOut, entry), path.join(outDir, entry), { recursive: true });
    }
  } finally {
    process.chdir(previous.cwd);
    await rm(scratch, { recursive: true, force: true });
    restore(MODEL_ENV, previous.model);
    restore('ASTRO_TELEMETRY_DISABLED', previous.telemetry);
    await rm(work, { recursive: true, force: true });
    forget();
  }
}

/** Badge SVGs, the Atom feed and the social card, written beside the pages. */
export async function writeSiteAssets(model: StatusModel, outDir: string): Promise<void> {
  await mkdir(path.join(outDir, 'badges'), { recursive: true });
  for (const badge of model.badges) {
    await writeFile(path.join(outDir, badgeSvgPath(badge.file)), renderBadgeSvg(badge.endpoint));
  }
  await writeFile(path.join(outDir, 'feed.xml'), renderAtomFeed(model));
  await writeFile(path.join(outDir, 'social.png'), await renderSocialCard(model));
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
