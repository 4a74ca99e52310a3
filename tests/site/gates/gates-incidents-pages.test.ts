import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPages } from '../../../src/site/render.ts';
import { fixtureModel } from '../helpers/build-fixture.ts';
import { withGatesAndIncidents } from './model-with-gates.ts';

let dir: string;
const read = (file: string) => readFile(path.join(dir, file), 'utf8');

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'govpages-gates-pages-'));
  await renderPages(withGatesAndIncidents(await fixtureModel()), dir);
}, 120_000);

describe('gates and incidents pages', () => {
  it('the gates page shows the verdict, runs with the REJECT, coverage and probes', async () => {
    const html = await read('gates/index.html');
    expect(html).toContain('<h1>Deploy gates</h1>');
    expect(html).toMatch(/<strong>ALLOW<\/strong> · APPROVED \(exit 0\)/);
    expect(html).toMatch(/REJECT<\/span> <span class="muted">BLOCKED, exit 1/);
    expect(html).toContain('5/14');
    expect(html).toMatch(/✗ gap<\/span> CORS/);
    expect(html).toContain('<code>site</code>');
  });

  it('the incidents list links every report; each detail page renders its body', async () => {
    const list = await read('incidents/index.html');
    const ids = [...list.matchAll(/href="\/govpages-demo\/incidents\/([^/"]+)\/"/g)].map((m) => m[1]);
    expect(new Set(ids)).toEqual(new Set(['2026-07-25-frontend-proxy-404', '2026-10-11-pgbouncer-empty-password', 'hostile', '2026-11-05-seed-style']));
    const detail = await read('incidents/2026-07-25-frontend-proxy-404/index.html');
    expect(detail).toContain('<h1>Front door returns 404 for every API call</h1>');
    expect(detail).toContain('<h2>Timeline</h2>');
    expect(detail).toMatch(/<a href="https:\/\/example.com\/postmortems" rel="nofollow noopener">/);
    expect(detail).toContain('Stale proxy configuration files pointed at a dead backend');
  });

  it('hostile titles, services, root causes and bodies render as text', async () => {
    for (const file of ['incidents/index.html', 'incidents/hostile/index.html']) {
      // In the head, the summary sits in a quoted attribute, where `<` is inert; the body must have no markup from the report.
      const html = await read(file);
      expect(html).toMatch(/<meta name="description" content="[^"]*">/);
      expect(html.slice(html.indexOf('<body'))).not.toMatch(/<script>alert|<img src=x|<b>api<\/b>|href="javascript:/);
      expect(html.slice(html.indexOf('<body'))).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    expect(await read('incidents/hostile/index.html')).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  it('a seed-style report: its type, kept keys and what was assumed, all as text', async () => {
    const html = await read('incidents/2026-11-05-seed-style/index.html');
    expect(html).toContain('<h1>Seed &lt;b&gt;style&lt;/b&gt; outage</h1>');
    expect(html).toContain('<dt>Type</dt><dd>&lt;i&gt;postmortem&lt;/i&gt;</dd>');
    expect(html).toContain('<dt>owner</dt><dd>&lt;script&gt;alert(5)&lt;/script&gt;</dd>');
    expect(html).toContain('<dt>tags</dt><dd>db, &lt;b&gt;x&lt;/b&gt;</dd>');
    expect(html).toContain('The start is a day without a time');
    expect(html).toContain('resolved, end not stated');
    expect(html.slice(html.indexOf('<body'))).not.toMatch(/<script>alert|<i>postmortem|<b>x/);
    expect(await read('incidents/index.html')).toMatch(/severity not stated/);
  });
});
