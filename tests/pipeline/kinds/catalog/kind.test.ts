import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE, parseConfig } from '../../../../src/config/index.ts';
import { catalogDemoConfig, catalogDemoSteps } from '../../../../src/demo/catalog.ts';
import type { StateFiles } from '../../../../src/git/index.ts';
import { endpointBadgeSchema } from '../../../../src/model/badge.ts';
import type { CatalogDocument } from '../../../../src/model/catalog.ts';
import type { BuildContext } from '../../../../src/pipeline/kind.ts';
import { catalogKind } from '../../../../src/pipeline/kinds/catalog.ts';
import { checkCatalogWorkTree } from '../../../../src/pipeline/work-tree/catalog.ts';
import { atHead } from '../../../helpers/context.ts';
import { gitOutput, repositoryFromSteps } from './demo-repo.ts';

const NOW = '2026-07-01T00:00:00Z';

async function context(
  dir: string,
  previousState: StateFiles = new Map(),
  env: NodeJS.ProcessEnv = {},
  sources: object = catalogDemoConfig,
): Promise<BuildContext> {
  return {
    config: parseConfig(JSON.stringify({ sources, site: { url: 'https://example.github.io/gov/' } }), CONFIG_FILE, env),
    ...(await atHead(dir)),
    now: NOW,
    previousState,
    env,
    progress: () => {},
  };
}

describe('catalogKind on the demo portfolio (figures worked by hand)', async () => {
  const dir = repositoryFromSteps(catalogDemoSteps);
  const head = gitOutput(dir, ['rev-parse', 'HEAD']);
  const before = gitOutput(dir, ['rev-parse', 'HEAD^']);
  const result = await catalogKind.collect(await context(dir));
  const file = (path: string) => {
    const found = result.files.find((candidate) => candidate.path === path);
    if (!found) throw new Error(`no ${path}`);
    return String(found.content);
  };

  it('catalogs 6 repositories by tier, 4 compliant', () => {
    const catalog = JSON.parse(file('status/catalog.json')) as CatalogDocument;
    expect(catalog.summary.by_tier).toEqual({ '1': 2, '2': 2, '3': 1, '4': 0, unknown: 1 });
    expect(catalog.summary).toMatchObject({ total: 6, compliant: 4, non_compliant: 2, total_violations: 2, total_warnings: 2 });
    expect(
      catalog.repositories
        .filter((repository) => !repository.compliant)
        .map((repository) => [repository.id, repository.violations.map((finding) => finding.rule)]),
    ).toEqual([
      ['organizations/acme/web-portal', ['tier-file-missing']],
      ['organizations/globex/docs-site', ['metadata-invalid']],
    ]);
    // docs-site: `team` instead of `owner`; the message names the file and the JSON path.
    const docs = catalog.repositories.find((repository) => repository.id.endsWith('docs-site'))!;
    expect(docs.violations[0]!.message).toMatch(/^organizations\/globex\/docs-site\/\.meta\/repo\.yaml: \$\.owner: /);
  });

  it('reconstructs the previous checkpoint from the commit before the last change and reports the drift', () => {
    const drift = JSON.parse(file('status/drift.json'));
    expect(drift.previous).toMatchObject({ commit: before, backfilled: true });
    expect(drift.latest).toMatchObject({ commit: head, backfilled: false, created_at: NOW });
    expect(drift.compliance_degraded).toEqual([{ repository: 'organizations/acme/web-portal', tier: 2, violations: 1 }]);
    expect(drift.new_repos).toEqual([{ repository: 'organizations/globex/billing-worker', tier: 2, compliant: true }]);
    expect(drift.removed_repos).toEqual([{ repository: 'organizations/globex/legacy-cron', tier: 3, compliant: true }]);
    expect(drift.changed_hashes).toEqual([
      { repository: 'organizations/acme/payments-api', added: [], removed: [], modified: ['README.md'] },
      { repository: 'organizations/acme/web-portal', added: [], removed: ['CODEOWNERS'], modified: [] },
    ]);
    expect(drift.has_drift).toBe(true);
  });

  it('publishes badges, checks, the issue text and an event', () => {
    expect(result.badges.map((badge) => [badge.file, badge.endpoint.message, badge.endpoint.color])).toEqual([
      ['badge-catalog-compliance.json', '66.7% (4/6)', 'orange'],
      ['badge-catalog-degraded.json', '1 degraded', 'orange'],
    ]);
    for (const badge of result.badges) expect(endpointBadgeSchema.safeParse(badge.endpoint).success).toBe(true);
    expect(result.checks.map((check) => [check.id, check.status])).toEqual([
      ['catalog.enforcement', 'fail'],
      ['catalog.drift', 'warn'],
    ]);
    const issue = JSON.parse(file('status/drift-issue.json'));
    expect(issue.open).toBe(true);
    expect(issue.title).toBe('Compliance degraded: organizations/acme/web-portal lost compliance');
    expect(issue.body).toContain('- [tier-file-missing] missing CODEOWNERS (or .github/CODEOWNERS, docs/CODEOWNERS) (required for tier 2)');
    expect(issue.body).toContain('https://example.github.io/gov/status/latest-drift.md');
    expect(file('status/drift-issue.md')).toMatch(/^# Compliance degraded/);
    expect(result.events.map((event) => event.id)).toEqual([
      `catalog:${head}:compliance-degraded`,
      `catalog:${head}:new-repo:organizations/globex/billing-worker`,
    ]);
    expect(file('status/latest-drift.md')).toContain('| Compliance degraded | 1 |');
  });

  it('keeps the two checkpoints as state; a rebuild of the same commit replaces rather than appends', async () => {
    expect(Object.keys(result.state).sort()).toEqual([
      'catalog/checkpoint-history.jsonl',
      'catalog/checkpoint-latest.json',
      'catalog/checkpoint-previous.json',
    ]);
    const again = await catalogKind.collect(await context(dir, new Map(Object.entries(result.state))));
    expect(again.state).toEqual(result.state);
    expect(again.files).toEqual(result.files);
    expect(result.state['catalog/checkpoint-history.jsonl']!.trim().split('\n')).toHaveLength(2);
  });

  it('a saved baseline at HEAD means no drift', async () => {
    const latest = JSON.parse(result.state['catalog/checkpoint-latest.json']!);
    const state = new Map([['catalog/checkpoint-latest.json', JSON.stringify({ ...latest, baseline: true })]]);
    const rebuilt = await catalogKind.collect(await context(dir, state));
    const drift = JSON.parse(String(rebuilt.files.find((f) => f.path === 'status/drift.json')!.content));
    expect(drift.previous).toBeNull();
    expect(drift.has_drift).toBe(false);
    expect(rebuilt.files.some((f) => f.path === 'status/drift-issue.md')).toBe(false);
    expect(rebuilt.checks[1]!.status).toBe('pass');
  });

  it('GOVERN_STRICT makes warnings fail; a bad value is bad input', async () => {
    const clean = { catalog: { ...catalogDemoConfig.catalog, metadata: ['organizations/acme/data-pipeline/.meta/repo.yaml'] } };
    const lenient = await catalogKind.collect(await context(dir, new Map(), {}, clean));
    expect(lenient.checks[0]!.status).toBe('warn');
    const strict = await catalogKind.collect(await context(dir, new Map(), { GOVERN_STRICT: 'true' }, clean));
    expect(strict.checks[0]!.status).toBe('fail');
    await expect(context(dir, new Map(), { GOVERN_STRICT: 'maybe' }, clean)).rejects.toThrow(/GOVERN_STRICT/);
  });

  it('a damaged checkpoint on the state branch is bad input naming it', async () => {
    const state = new Map([['catalog/checkpoint-latest.json', '{"checkpoint_version": 2}']]);
    await expect(catalogKind.collect(await context(dir, state))).rejects.toMatchObject({
      exitCode: 2,
      location: { file: 'govpages-state:catalog/checkpoint-latest.json' },
    });
  });

  it('govpages catalog, on the same files in the work tree, reports the catalog the build publishes', async () => {
    const local = await checkCatalogWorkTree({ action: 'report', dir, env: {}, now: NOW });
    expect(local.json).toEqual(JSON.parse(file('status/catalog.json')));
  });
});

describe('catalogKind reads the commit, not the work tree', async () => {
  it('uncommitted edits to the catalog change what govpages catalog sees, not what the build publishes', async () => {
    const dir = repositoryFromSteps(catalogDemoSteps);
    const committed = await catalogKind.collect(await context(dir));
    rmSync(join(dir, 'organizations/acme/payments-api/SECURITY.md'));
    writeFileSync(join(dir, 'organizations/acme/payments-api/README.md'), 'edited\n');
    writeFileSync(join(dir, 'organizations/globex/docs-site/.meta/repo.yaml'), 'name: docs-site\ndescription: Docs\ntier: 4\nowner: "@globex/docs"\n');
    const edited = await catalogKind.collect(await context(dir));
    expect(edited.files).toEqual(committed.files);
    expect(edited.state).toEqual(committed.state);
    const local = (await checkCatalogWorkTree({ action: 'report', dir, env: {}, now: NOW })).json as CatalogDocument;
    expect(local.repositories.filter((repository) => !repository.compliant).map((repository) => repository.id)).toEqual([
      'organizations/acme/payments-api',
      'organizations/acme/web-portal',
    ]);
  });
});
