import { describe, expect, it } from 'vitest';
import { pickOne, plannedConfig, ruleGlobs } from '../../../src/metrics/init/config-plan.ts';
import type { Findings } from '../../../src/sources/init/scan.ts';

const SKIPPED = ['!**/dist/**'];

describe('ruleGlobs', () => {
  it.each([
    {
      title: 'a folder of rule files becomes a pattern that covers later ones',
      files: ['rules/a.yml', 'rules/b.yml', 'README.md'],
      rules: ['rules/a.yml', 'rules/b.yml'],
      patterns: ['rules/*.yml'],
      unnamed: [],
    },
    {
      title: 'a folder with other YAML keeps each file',
      files: ['k8s/rules-a.yaml', 'k8s/rules-b.yaml', 'k8s/deployment.yaml'],
      rules: ['k8s/rules-a.yaml', 'k8s/rules-b.yaml'],
      patterns: ['k8s/rules-a.yaml', 'k8s/rules-b.yaml'],
      unnamed: [],
    },
    {
      title: 'one file is its own path; extensions are grouped apart',
      files: ['alerts.yml', 'p/x.yaml', 'p/y.yml'],
      rules: ['alerts.yml', 'p/x.yaml', 'p/y.yml'],
      patterns: ['alerts.yml', 'p/x.yaml', 'p/y.yml'],
      unnamed: [],
    },
    {
      title: 'a name that is a glob selecting another file is left out',
      files: ['r/a[1].yml', 'r/a1.yml'],
      rules: ['r/a[1].yml'],
      patterns: [],
      unnamed: ['r/a[1].yml'],
    },
    {
      title: 'a name with glob characters that selects only itself is kept',
      files: ['r/{x}.yml'],
      rules: ['r/{x}.yml'],
      patterns: ['r/{x}.yml'],
      unnamed: [],
    },
    {
      title: 'skipped folders do not count against a folder pattern',
      files: ['m/a.yml', 'm/b.yml', 'dist/m/c.yml'],
      rules: ['m/a.yml', 'm/b.yml'],
      patterns: ['m/*.yml'],
      unnamed: [],
    },
  ])('$title', ({ files, rules, patterns, unnamed }) => {
    expect(ruleGlobs(files, rules, SKIPPED)).toEqual({ patterns, unnamed });
  });
});

describe('pickOne', () => {
  it('prefers the default place, then the shallowest path, then the name', () => {
    expect(pickOne([])).toBeNull();
    expect(pickOne(['b/openapi.yaml', 'openapi.json', 'a/openapi.yaml'])).toEqual({ chosen: 'openapi.json', others: ['a/openapi.yaml', 'b/openapi.yaml'] });
    expect(pickOne(['gates', 'governance/gates'], 'governance/gates')!.chosen).toBe('governance/gates');
    // Test data and examples come last, however shallow.
    expect(pickOne(['tests/openapi.yaml', 'examples/api.yaml', 'services/orders/api/openapi.yaml'])!.chosen).toBe('services/orders/api/openapi.yaml');
  });
});

describe('plannedConfig', () => {
  const none: Findings = { files: [], ruleFiles: [], openapi: [], swagger: [], catalog: [], gates: [], incidents: [], portRegistries: [], unreadable: [] };

  it('names only the sources found', () => {
    expect(plannedConfig(none, null)).toEqual({ sources: {} });
    expect(plannedConfig({ ...none, incidents: ['ops/incidents'] }, null)).toEqual({ sources: { incidents: { path: 'ops/incidents' } } });
  });

  it('writes severities only for a vocabulary other than the default, and rules only when there are some', () => {
    expect(plannedConfig(none, { path: 'alerts_taxonomy.json', rules: [], severities: 'seed' })).toEqual({
      sources: { taxonomy: { path: 'alerts_taxonomy.json' } },
    });
    expect(plannedConfig(none, { path: 't.json', rules: ['r/*.yml'], severities: 'prometheus' })).toEqual({
      sources: { taxonomy: { path: 't.json', rules: ['r/*.yml'], severities: 'prometheus' } },
    });
  });

  it('keeps the default catalog glob when every metadata file matches it, else widens it', () => {
    const atDefault = plannedConfig({ ...none, catalog: ['organizations/acme/api/.meta/repo.yaml'] }, null);
    expect(atDefault).toEqual({ sources: { catalog: { metadata: ['organizations/*/*/.meta/repo.yaml'] } } });
    const elsewhere = plannedConfig({ ...none, catalog: ['.meta/repo.yaml', 'services/a/.meta/repo.yaml'] }, null);
    expect(elsewhere).toEqual({ sources: { catalog: { metadata: ['**/.meta/repo.yaml'] } } });
  });
});
