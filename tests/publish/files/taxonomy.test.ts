import { describe, expect, it } from 'vitest';
import { stableJson } from '../../../src/core/json.ts';
import type { AlertRow } from '../../../src/model/taxonomy.ts';
import { prometheusSamples, taxonomyFiles } from '../../../src/publish/files/taxonomy.ts';
import { sectionOf, snapshotOf } from '../../metrics/taxonomy/helpers.ts';

const row = (name: string, deprecated: boolean, status: AlertRow['runbook_status']): AlertRow => ({
  name,
  group: 'g',
  severity: 'low',
  scope: 'service',
  category: 'errors',
  description: 'd',
  runbook: null,
  runbook_url: null,
  runbook_status: status,
  deprecated,
  deprecated_since: null,
  for: null,
  windows: [],
});

describe('taxonomyFiles', () => {
  const section = sectionOf({
    history: [snapshotOf('2026-01-01'), snapshotOf('2026-01-02', 1, 3)],
    last_change: { commit: 'a'.repeat(40), date: '2026-01-02T00:00:00.000Z' },
  });
  const skipped = [{ commit: 'b'.repeat(40), error: 'malformed JSON' }];
  const files = Object.fromEntries(taxonomyFiles(section, skipped).map((file) => [file.path, file.content]));

  it('lists the seed files, one history file a day, in a fixed order', () => {
    expect(Object.keys(files)).toEqual([
      'ALERTS_CHANGELOG.md',
      'status/alerts-changelog.json',
      'status/taxonomy-metrics.json',
      'status/taxonomy-lint.json',
      'status/alerts_taxonomy.schema.json',
      'taxonomy-metrics-history.json',
      'metrics-history/2026-01-01.json',
      'metrics-history/2026-01-02.json',
      'taxonomy_dashboard_metrics.prom',
    ]);
  });

  it('writes each JSON file with the one writer, from the section', () => {
    expect(files['status/taxonomy-metrics.json']).toBe(
      stableJson({ path: 'alerts_taxonomy.json', figures: section.figures, baseline: section.baseline, last_change: section.last_change }),
    );
    expect(files['status/taxonomy-lint.json']).toBe(
      stableJson({ path: 'alerts_taxonomy.json', errors: [], warnings: [], coverage: null, skipped_versions: skipped }),
    );
    expect(files['status/alerts-changelog.json']).toBe(stableJson({ path: 'alerts_taxonomy.json', entries: [] }));
    expect(files['taxonomy-metrics-history.json']).toBe(stableJson(section.history));
    expect(files['metrics-history/2026-01-02.json']).toBe(stableJson(section.history[1]));
  });
});

describe('prometheusSamples', () => {
  it('has one gauge per severity, then the figures; missing runbooks count active alerts only', () => {
    const section = sectionOf({
      alerts: [row('A', false, 'complete'), row('B', false, 'placeholder'), row('C', false, 'missing'), row('D', true, 'missing')],
      figures: { days_since_change: null },
    });
    const samples = prometheusSamples(section);
    expect(samples.map((sample) => `${sample.name}${sample.labels ? JSON.stringify(sample.labels) : ''}=${sample.value}`)).toEqual([
      'taxonomy_alerts_total{"severity":"critical"}=4',
      'taxonomy_alerts_total{"severity":"high"}=7',
      'taxonomy_alerts_total{"severity":"medium"}=6',
      'taxonomy_alerts_total{"severity":"low"}=0',
      'taxonomy_alerts_runbook_missing=2',
      'taxonomy_alerts_runbook_coverage_percent=93.75',
      'taxonomy_alerts_deprecated=1',
      'taxonomy_alerts_deprecated_ratio=0.0588',
      'taxonomy_churn_30d=4',
      'taxonomy_risk_churn_30d=12',
      'taxonomy_stability=0.7647',
      'taxonomy_risk_stability=0.7736',
      'taxonomy_risk_churn_fold=1.3333',
      // Never changed: -1, since a gauge has no null.
      'taxonomy_days_since_change=-1',
      'taxonomy_lint_errors=0',
      'taxonomy_lint_warnings=0',
    ]);
    expect(samples.every((sample) => sample.type === 'gauge' && sample.help.length > 0)).toBe(true);
  });
});
