import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/config/schema.ts';
import { catalogDemoConfig, catalogDemoSteps } from '../../../src/demo/catalog.ts';
import { portsDemoConfig, portsDemoSteps } from '../../../src/demo/ports.ts';
import type { StatusModel } from '../../../src/model/status-model.ts';
import { catalogKind } from '../../../src/pipeline/kinds/catalog.ts';
import { portsKind } from '../../../src/pipeline/kinds/ports.ts';
import { renderPages } from '../../../src/site/render.ts';
import { atHead } from '../../helpers/context.ts';
import { repositoryFromSteps } from '../../pipeline/kinds/catalog/demo-repo.ts';
import { fixtureModel } from '../helpers/build-fixture.ts';

const HOSTILE = '<script>alert(1)</script>';
let dir: string;
const read = (file: string) => readFile(path.join(dir, file), 'utf8');

beforeAll(async () => {
  const steps = [
    ...catalogDemoSteps,
    ...portsDemoSteps,
    {
      day: 1,
      message: 'hostile repository',
      files: {
        'organizations/evil/x/.meta/repo.yaml': `name: x\ndescription: "${HOSTILE}"\ntier: 3\nowner: "<b>team</b>"\n`,
        'organizations/evil/x/README.md': 'x\n',
        'organizations/evil/x/LICENSE': 'x\n',
      },
    },
  ];
  const repoDir = repositoryFromSteps(steps);
  const context = {
    config: configSchema.parse({ sources: { ...catalogDemoConfig, ...portsDemoConfig } }),
    ...(await atHead(repoDir)),
    now: '2026-07-01T00:00:00Z',
    previousState: new Map<string, string>(),
    env: {},
    progress: () => {},
  };
  const model: StatusModel = await fixtureModel();
  model.sections.catalog = (await catalogKind.collect(context)).section;
  model.sections.ports = (await portsKind.collect(context)).section;
  dir = await mkdtemp(path.join(os.tmpdir(), 'govpages-catalog-pages-'));
  await renderPages(model, dir);
}, 120_000);

describe('catalog and ports pages', () => {
  it('the catalog page shows compliance, the drift and repositories grouped by tier', async () => {
    const html = await read('catalog/index.html');
    expect(html).toContain('<h1>Catalog</h1>');
    expect(html).toContain('5 of 7 repositories compliant');
    expect(html).toMatch(/degraded<\/span> organizations\/acme\/web-portal \(Tier 2, 1 violation\)/);
    expect(html).toMatch(/new<\/span> organizations\/globex\/billing-worker/);
    expect(html).toMatch(/removed<\/span> organizations\/globex\/legacy-cron/);
    expect(html).toContain('(reconstructed from git history)');
    expect(html).toContain('Tier 1 · 2 of 2 compliant');
    expect(html).toContain('Unknown tier · 0 of 1 compliant');
    expect(html).toContain('Compliance degraded: organizations/acme/web-portal lost compliance');
  });

  it('the ports page shows the conflict and the services table', async () => {
    const html = await read('ports/index.html');
    expect(html).toContain('<h1>Ports</h1>');
    expect(html).toContain('<strong>1 port conflict</strong>');
    expect(html).toMatch(/4010 <span class="pill tone-bad">conflict<\/span>/);
    expect(html).toContain('not published');
    expect(html).toContain('1 of 100 used');
  });

  it('both pages are in the navigation', async () => {
    const html = await read('index.html');
    expect(html).toMatch(/href="[^"]*catalog\/"/);
    expect(html).toMatch(/href="[^"]*ports\/"/);
  });

  it('hostile metadata renders as text', async () => {
    const body = (await read('catalog/index.html')).split('<body')[1]!;
    expect(body).not.toContain(HOSTILE);
    expect(body).not.toContain('<b>team</b>');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
