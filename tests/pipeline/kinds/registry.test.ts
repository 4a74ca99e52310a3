import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/config/schema.ts';
import { DEMO_KINDS } from '../../../src/demo/kinds.ts';
import { EVIDENCE_KINDS } from '../../../src/model/kinds.ts';
import { evidenceKinds } from '../../../src/pipeline/kinds/index.ts';
import { KIND_PAGES } from '../../../src/site/format/nav.ts';

describe('the evidence-kind registry', () => {
  it('has unique ids and source keys', () => {
    expect(new Set(EVIDENCE_KINDS.map((kind) => kind.id)).size).toBe(EVIDENCE_KINDS.length);
    expect(new Set(EVIDENCE_KINDS.map((kind) => kind.source)).size).toBe(EVIDENCE_KINDS.length);
  });

  it('gives each row a collect step of the same id, in registry order', () => {
    expect(evidenceKinds.map((entry) => [entry.id, entry.kind.id])).toEqual(EVIDENCE_KINDS.map((kind) => [kind.id, kind.id]));
  });

  it('is what the config accepts under sources, and nothing else', () => {
    expect(Object.keys(configSchema.shape.sources.unwrap().shape).sort()).toEqual(EVIDENCE_KINDS.map((kind) => kind.source).sort());
  });

  it('is what the site pages, navigation and demo are made from', () => {
    expect(KIND_PAGES.map((page) => [page.kind, page.title])).toEqual(EVIDENCE_KINDS.map((kind) => [kind.id, kind.title]));
    expect(Object.keys(DEMO_KINDS).sort()).toEqual(EVIDENCE_KINDS.map((kind) => kind.id).sort());
    for (const kind of EVIDENCE_KINDS) expect(Object.keys(DEMO_KINDS[kind.id].sources)).toEqual([kind.source]);
  });
});

describe('the site pages of the registry', () => {
  // `.astro` files are outside tsc's reach, so the page table is checked here instead.
  const kindPage = readFileSync(new URL('../../../src/site/pages/[kind].astro', import.meta.url), 'utf8');
  const table = /const PAGES[^=]*=\s*\{([^}]*)\}/.exec(kindPage)?.[1] ?? '';

  it.each(EVIDENCE_KINDS.map((kind) => kind.id))('%s has a page component, mapped in [kind].astro', (id) => {
    const component = /(\w+Page)\b/.exec(new RegExp(`\\b${id}:\\s*(\\w+)`).exec(table)?.[1] ?? '')?.[1];
    expect(component, `PAGES.${id}`).toBeDefined();
    expect(kindPage).toContain(`import ${component} from '../kinds/${component}.astro';`);
    expect(existsSync(new URL(`../../../src/site/kinds/${component}.astro`, import.meta.url))).toBe(true);
  });

  it('maps nothing that is not a kind', () => {
    const keys = [...table.matchAll(/^\s*(\w+):/gm)].map((match) => match[1]);
    expect(keys.sort()).toEqual(EVIDENCE_KINDS.map((kind) => kind.id).sort());
  });
});

describe("each kind's inputs", () => {
  it('names what it reads from the commit, as git pathspecs, for the demo configuration', async () => {
    const { demoConfig } = await import('../../../src/demo/index.ts');
    const config = configSchema.parse(demoConfig());
    const inputs = Object.fromEntries(evidenceKinds.map(({ id, kind }) => [id, kind.inputs(config)]));
    expect(inputs).toEqual({
      taxonomy: ['alerts_taxonomy.json', ':(glob)prometheus/alerts.yml'],
      api: ['openapi.yaml'],
      catalog: ['organizations'],
      gates: ['governance/gates'],
      incidents: ['governance/incidents'],
      ports: ['config/ports/registry.yaml'],
    });
  });
});
