import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as govpages from '../src/index.ts';

/** The npm packages a module loads at import time, following its static imports (type-only ones are erased). */
function packagesLoadedBy(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^(?:import|export)\s+(?!type\s)[^'"]*?from\s+'([^']+)'/gm)) {
      const specifier = match[1]!;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
    }
  };
  visit(entry);
  return packages;
}

describe('the public door (src/index.ts, package.json exports)', () => {
  it('exports the pipeline, verification, diff, config and model entry points', () => {
    for (const name of [
      'build',
      'rebuildPublished',
      'createDemoRepository',
      'loadConfig',
      'parseConfig',
      'configSchema',
      'verifyPublished',
      'diffOpenApi',
      'statusModelSchema',
      'EVIDENCE_KINDS',
      'InputError',
    ]) {
      expect(govpages, name).toHaveProperty(name);
    }
  });

  it('loads neither the site builder nor the image renderers until a site is rendered', () => {
    const packages = packagesLoadedBy(fileURLToPath(new URL('../src/index.ts', import.meta.url)));
    for (const heavy of ['astro', 'satori', '@resvg/resvg-js', 'badge-maker']) expect(packages.has(heavy), heavy).toBe(false);
  });

  it('is the package entry point, compiled (src/ to lib/ by tsconfig.build.json)', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
    expect(manifest.exports['.']).toEqual({ types: './lib/index.d.ts', default: './lib/index.js' });
    const build = readFileSync(new URL('../tsconfig.build.json', import.meta.url), 'utf8');
    expect(build).toContain('"rootDir": "./src"');
    expect(build).toContain('"outDir": "./lib"');
  });
});
