import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../../src/config/schema.ts';
import { InputError } from '../../../../src/core/errors.ts';
import { endpointBadgeSchema } from '../../../../src/model/badge.ts';
import {
  alertsChangelogFileSchema,
  dailySnapshotSchema,
  taxonomyHistoryFileSchema,
  taxonomyLintFileSchema,
  taxonomyMetricsFileSchema,
  taxonomySectionSchema,
} from '../../../../src/model/taxonomy.ts';
import type { BuildContext } from '../../../../src/pipeline/kind.ts';
import { collectTaxonomy, taxonomyKind } from '../../../../src/pipeline/kinds/taxonomy.ts';
import { lintTaxonomyWorkTree } from '../../../../src/pipeline/work-tree/taxonomy.ts';
import { atHead } from '../../../helpers/context.ts';
import { scratchRepo } from '../../../helpers/git.ts';

const NOW = '2026-02-01T00:00:00.000Z';
const SOURCE = { path: 'alerts_taxonomy.json', rules: ['rules/**/*.yml', '!rules/old/**'] };

const alert = (name: string, severity: string) => ({
  name,
  group: 'g',
  severity,
  scope: 'service',
  category: 'errors',
  description: `${name} fires.`,
  runbook: `https://runbooks.example.com/${name}`,
});
const taxonomy = (...alerts: object[]) => `${JSON.stringify({ alerts }, null, 2)}\n`;
const rules = (...names: string[]) => `groups:\n  - name: g\n    rules:\n${names.map((name) => `      - alert: ${name}\n        expr: up == 0\n`).join('')}`;

async function context(dir: string): Promise<BuildContext> {
  return {
    config: configSchema.parse({ sources: { taxonomy: SOURCE } }),
    ...(await atHead(dir)),
    now: NOW,
    previousState: new Map(),
    env: {},
    progress: () => {},
  };
}

/** Three commits (the middle one broken), then uncommitted edits the build must not see. */
function repository() {
  const repo = scratchRepo();
  repo.write('alerts_taxonomy.json', taxonomy(alert('A', 'critical'), alert('B', 'low')));
  repo.write('rules/a.yml', rules('A', 'B'));
  repo.write('rules/old/retired.yml', rules('Ghost'));
  const first = repo.commit('first', '2026-01-01T12:00:00Z');
  repo.write('alerts_taxonomy.json', '{ not json');
  const broken = repo.commit('broken', '2026-01-10T12:00:00Z');
  repo.write('alerts_taxonomy.json', taxonomy(alert('A', 'critical'), alert('B', 'low'), alert('C', 'high')));
  repo.write('rules/a.yml', rules('A', 'B', 'C'));
  const last = repo.commit('add C', '2026-01-20T12:00:00Z');
  repo.write('alerts_taxonomy.json', '{ uncommitted');
  repo.write('rules/b.yml', rules('Uncommitted'));
  return { dir: repo.dir, repo, first, broken, last };
}

describe('collectTaxonomy', async () => {
  const { dir, first, broken, last } = repository();
  const result = await collectTaxonomy(await context(dir));
  const file = (path: string) => JSON.parse(String(result.files.find((entry) => entry.path === path)!.content));

  it('reads the taxonomy and the rule files of HEAD, not the work tree, honouring ! excludes', () => {
    expect(result.section.alerts.map((row) => row.name)).toEqual(['A', 'B', 'C']);
    expect(result.section.coverage).toEqual({ rules_files: ['rules/a.yml'], missing_in_taxonomy: [], deprecated_in_rules: [], not_in_rules: [] });
    expect(result.section.lint).toEqual({ errors: [], warnings: [] });
  });

  it('folds the history, newest first, and reports a broken past version instead of failing', () => {
    expect(result.section.changelog.map((entry) => [entry.commit, entry.added.map((change) => change.name)])).toEqual([
      [last, ['C']],
      [first, ['A', 'B']],
    ]);
    expect(result.section.last_change).toEqual({ commit: last, date: '2026-01-20T12:00:00.000Z' });
    expect(file('status/taxonomy-lint.json').skipped_versions).toEqual([{ commit: broken, error: expect.stringMatching(/malformed JSON/) }]);
    // The window starts 2026-01-02T00:00Z, after the first commit (the baseline): only C (high) is
    // churn in it. A and B are the baseline, not the previous window's churn; that window started
    // before the baseline, so there is no spike whatever the fold (3 / max(0, 1)).
    expect(result.section.baseline).toEqual({ commit: first, date: '2026-01-01T12:00:00.000Z' });
    expect(result.section.figures).toMatchObject({
      total: 3,
      churn: 1,
      risk_churn: 3,
      stability: 0.6667,
      previous_churn: 0,
      previous_risk_churn: 0,
      risk_churn_fold: 3,
      risk_churn_spike: false,
      window_start: '2026-01-02T00:00:00.000Z',
      window_filling: false,
      previous_window_complete: false,
      days_since_change: 11,
    });
  });

  it('publishes files, badges, checks and events that pass their schemas', () => {
    expect(result.files.map((entry) => entry.path)).toEqual([
      'ALERTS_CHANGELOG.md',
      'status/alerts-changelog.json',
      'status/taxonomy-metrics.json',
      'status/taxonomy-lint.json',
      'status/alerts_taxonomy.schema.json',
      'taxonomy-metrics-history.json',
      ...result.section.history.map((snapshot) => `metrics-history/${snapshot.date}.json`),
      'taxonomy_dashboard_metrics.prom',
    ]);
    expect(result.section.history.map((snapshot) => snapshot.date).slice(0, 2)).toEqual(['2026-01-01', '2026-01-02']);
    expect(result.section.history.at(-1)!.date).toBe('2026-02-01');
    expect(taxonomySectionSchema.parse(JSON.parse(JSON.stringify(result.section)))).toEqual(result.section);
    alertsChangelogFileSchema.parse(file('status/alerts-changelog.json'));
    taxonomyMetricsFileSchema.parse(file('status/taxonomy-metrics.json'));
    taxonomyLintFileSchema.parse(file('status/taxonomy-lint.json'));
    taxonomyHistoryFileSchema.parse(file('taxonomy-metrics-history.json'));
    dailySnapshotSchema.parse(file('metrics-history/2026-02-01.json'));
    expect(result.badges).toHaveLength(9);
    for (const badge of result.badges) expect(endpointBadgeSchema.safeParse(badge.endpoint).success).toBe(true);
    expect(result.checks.map((check) => [check.id, check.status])).toEqual([
      ['taxonomy.lint', 'pass'],
      ['taxonomy.runbooks', 'pass'],
      ['taxonomy.risk-churn-spike', 'pass'],
      ['taxonomy.coverage', 'pass'],
      ['taxonomy.churn-trend', 'pass'],
    ]);
    expect(result.events.map((event) => event.id)).toEqual([`taxonomy:${last}:change`, `taxonomy:${first}:change`]);
    expect(result.state).toEqual({});
  });

  it('is the registry entry and deterministic', async () => {
    expect(taxonomyKind.collect).toBe(collectTaxonomy);
    expect(await taxonomyKind.collect(await context(dir))).toEqual(result);
  });

  it('lint reads the same files through the same checks, from the work tree', async () => {
    const config = configSchema.parse({ sources: { taxonomy: SOURCE } });
    const source = config.sources.taxonomy!;
    // The work tree holds an unparseable taxonomy: lint reports it as the build would at HEAD.
    await expect(lintTaxonomyWorkTree(dir, source, config.thresholds, NOW)).rejects.toThrow(/malformed JSON/);
    writeFileSync(join(dir, 'alerts_taxonomy.json'), taxonomy(alert('A', 'critical'), alert('B', 'low'), alert('C', 'high')));
    const report = await lintTaxonomyWorkTree(dir, source, config.thresholds, NOW);
    // The uncommitted rule file is part of the work tree, so lint sees its alert; the excluded one stays out.
    expect(report.rulesFiles).toEqual(['rules/a.yml', 'rules/b.yml']);
    expect(report.coverage?.missing_in_taxonomy).toEqual(['Uncommitted']);
    expect(report.errors.map((issue) => issue.rule)).toEqual(['coverage-missing']);
    expect(report).toMatchObject({ alerts: 3, runbookCompletenessPercent: 100, runbooksOk: true, failed: true });
  });
});

describe('collectTaxonomy on bad input', () => {
  it('names the taxonomy file when HEAD does not have it, even if the work tree does', async () => {
    const repo = scratchRepo();
    repo.write('README.md', 'x');
    repo.commit('no taxonomy', '2026-01-01T00:00:00Z');
    repo.write('alerts_taxonomy.json', taxonomy(alert('A', 'critical')));
    const error = await collectTaxonomy(await context(repo.dir)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ location: { file: 'alerts_taxonomy.json' } });
    expect((error as Error).message).toBe('alert taxonomy not found (expected the file named by sources.taxonomy.path, "alerts_taxonomy.json")');
  });

  it('names a committed rule file that is not valid YAML', async () => {
    const repo = scratchRepo();
    repo.write('alerts_taxonomy.json', taxonomy(alert('A', 'critical')));
    repo.write('rules/a.yml', 'groups:\n  - name: a\n    rules: [\n');
    repo.commit('bad rules', '2026-01-01T00:00:00Z');
    await expect(collectTaxonomy(await context(repo.dir))).rejects.toMatchObject({
      location: { file: 'rules/a.yml' },
      message: expect.stringMatching(/malformed YAML/),
    });
  });
});
