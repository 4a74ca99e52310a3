import { describe, expect, it } from 'vitest';
import { CONFIG_FILE, parseConfig } from '../../src/config/index.ts';
import { catalogDemoConfig, catalogDemoSteps } from '../../src/demo/catalog.ts';
import { CATALOG_RULES } from '../../src/metrics/catalog/index.ts';
import {
  CATALOG_RULE_IDS,
  catalogDocumentSchema,
  catalogSectionSchema,
  checkpointHistoryEntrySchema,
  checkpointSchema,
  driftIssueSchema,
  driftSchema,
  enforcementReportSchema,
} from '../../src/model/catalog.ts';
import { collectCatalog } from '../../src/pipeline/kinds/catalog.ts';
import { atHead } from '../helpers/context.ts';
import { repositoryFromSteps } from '../pipeline/kinds/catalog/demo-repo.ts';

describe('the catalog schemas accept what the demo build produces', async () => {
  const dir = repositoryFromSteps(catalogDemoSteps);
  const result = await collectCatalog({
    config: parseConfig(JSON.stringify({ sources: catalogDemoConfig }), CONFIG_FILE, {}),
    ...(await atHead(dir)),
    now: '2026-07-01T00:00:00Z',
    previousState: new Map(),
    env: {},
    progress: () => {},
  });
  const json = (path: string): unknown => JSON.parse(String(result.files.find((file) => file.path === path)!.content));

  it('the section, through status.json, parses to itself', () => {
    const section = JSON.parse(JSON.stringify(result.section));
    expect(catalogSectionSchema.parse(section)).toEqual(section);
  });

  it.each([
    { path: 'status/catalog.json', schema: catalogDocumentSchema },
    { path: 'status/enforcement.json', schema: enforcementReportSchema },
    { path: 'status/checkpoint-latest.json', schema: checkpointSchema },
    { path: 'status/drift.json', schema: driftSchema },
    { path: 'status/drift-issue.json', schema: driftIssueSchema },
  ])('$path parses to itself', ({ path, schema }) => {
    expect(schema.parse(json(path))).toEqual(json(path));
  });

  it('the state files parse (the previous checkpoint and each history line)', () => {
    expect(checkpointSchema.parse(JSON.parse(result.state['catalog/checkpoint-previous.json']!))).toMatchObject({ backfilled: true });
    for (const line of result.state['catalog/checkpoint-history.jsonl']!.trim().split('\n')) checkpointHistoryEntrySchema.parse(JSON.parse(line));
  });

  it.each([
    { name: 'an unknown key', change: (section: Record<string, unknown>) => ({ ...section, extra: 1 }) },
    {
      name: 'an unknown rule id',
      change: (section: Record<string, unknown>) => ({ ...section, rules: [{ id: 'no-such-rule', level: 'warning', description: '' }] }),
    },
    { name: 'exit code 2', change: (section: Record<string, unknown>) => ({ ...section, enforcement: { passed: false, exit_code: 2 } }) },
    {
      name: 'a drift without latest',
      change: (section: Record<string, unknown>) => ({ ...section, drift: { ...(section.drift as object), latest: undefined } }),
    },
  ])('the section schema rejects $name', ({ change }) => {
    expect(catalogSectionSchema.safeParse(change(JSON.parse(JSON.stringify(result.section)))).success).toBe(false);
  });
});

describe('rule ids', () => {
  it('the rule table has a row for every id of the model, in the same order', () => {
    expect(Object.keys(CATALOG_RULES)).toEqual([...CATALOG_RULE_IDS]);
  });
});
