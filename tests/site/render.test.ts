import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { globby } from 'globby';
import { afterAll, describe, expect, it } from 'vitest';
import { PROMETHEUS_SEVERITIES } from '../../src/model/taxonomy.ts';
import { MODEL_ENV } from '../../src/site/model.ts';
import { renderSite } from '../../src/site/render.ts';
import { fixtureModel } from './helpers/build-fixture.ts';

describe('renderSite', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  async function render(): Promise<{ dir: string; files: string[] }> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'govpages-render-'));
    dirs.push(dir);
    await renderSite(await fixtureModel(), dir);
    return { dir, files: (await globby('**/*', { cwd: dir, dot: true })).sort() };
  }

  it('writes pages, badge SVGs, feed and social card, byte-identical for the same model', async () => {
    const first = await render();
    const second = await render();
    const model = await fixtureModel();
    expect(first.files).toEqual(second.files);
    for (const file of [
      'index.html',
      'taxonomy/index.html',
      'api/index.html',
      'integrity/index.html',
      'verify/index.html',
      'feed.xml',
      'social.png',
      'favicon.svg',
    ]) {
      expect(first.files).toContain(file);
    }
    for (const badge of model.badges) expect(first.files).toContain(`badges/${badge.file.replace(/\.json$/, '.svg')}`);
    for (const file of first.files) {
      const [a, b] = await Promise.all([readFile(path.join(first.dir, file)), readFile(path.join(second.dir, file))]);
      expect(a.equals(b), file).toBe(true);
    }
    // Nothing of the build machine leaks into the output.
    const html = await readFile(path.join(first.dir, 'index.html'), 'utf8');
    expect(html).not.toContain(os.tmpdir());
    expect(html).not.toContain(process.cwd());
    expect(process.env[MODEL_ENV]).toBeUndefined();
  });

  it('shows severities in the configured vocabulary order, and one outside it as written', async () => {
    const model = structuredClone(await fixtureModel());
    const section = model.sections.taxonomy!;
    // The prometheus vocabulary over the fixture's seed severities: high and medium are outside it.
    section.severities = [...PROMETHEUS_SEVERITIES];
    const { critical = 0, high = 0, medium = 0 } = section.figures.by_severity;
    section.figures.by_severity = { critical, warning: 0, info: 0, high, medium };
    const dir = await mkdtemp(path.join(os.tmpdir(), 'govpages-render-'));
    dirs.push(dir);
    await renderSite(model, dir);
    const html = await readFile(path.join(dir, 'taxonomy/index.html'), 'utf8');
    expect(html).toContain(`<div>critical ${critical} · warning 0 · info 0 · high ${high} · medium ${medium}</div>`);
    const options = [...html.matchAll(/<option value="([^"]*)">/g)].map((match) => match[1]);
    // Severity filter: the vocabulary's present ones, then the others by name (the scope filter follows).
    const others = [...new Set(section.alerts.map((alert) => alert.severity))].filter((name) => !['critical', 'warning', 'info'].includes(name)).sort();
    expect(others.length).toBeGreaterThan(0);
    expect(options.slice(0, 2 + others.length)).toEqual(['', 'critical', ...others]);
  });
});
