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
