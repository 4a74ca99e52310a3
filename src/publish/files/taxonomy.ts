import { stableJson } from '../../core/json.ts';
import type { OutputFile } from '../../model/output-file.ts';
import { type SkippedVersion, severityCounts, type TaxonomySection } from '../../model/taxonomy.ts';
import { TAXONOMY_SCHEMA_PATH, taxonomyJsonSchema } from '../../sources/taxonomy/json-schema.ts';
import { renderExposition, type Sample } from '../prometheus.ts';
import { renderChangelogMarkdown } from './alerts-changelog.ts';

/**
 * The alert taxonomy's files besides its badges: the seed's `ALERTS_CHANGELOG.md`, the status
 * JSON, the taxonomy's JSON Schema, the daily history snapshots and the Prometheus text exposition.
 */
export function taxonomyFiles(section: TaxonomySection, skipped: readonly SkippedVersion[]): OutputFile[] {
  const { path, figures, lint, coverage, changelog, history } = section;
  return [
    { path: 'ALERTS_CHANGELOG.md', content: renderChangelogMarkdown(changelog) },
    { path: 'status/alerts-changelog.json', content: stableJson({ path, entries: changelog }) },
    { path: 'status/taxonomy-metrics.json', content: stableJson({ path, figures, baseline: section.baseline, last_change: section.last_change }) },
    { path: 'status/taxonomy-lint.json', content: stableJson({ path, errors: lint.errors, warnings: lint.warnings, coverage, skipped_versions: skipped }) },
    // The schema of the file itself, where an editor can fetch it (`"$schema"` in alerts_taxonomy.json).
    { path: TAXONOMY_SCHEMA_PATH, content: stableJson(taxonomyJsonSchema()) },
    { path: 'taxonomy-metrics-history.json', content: stableJson(history) },
    ...history.map((snapshot) => ({ path: `metrics-history/${snapshot.date}.json`, content: stableJson(snapshot) })),
    { path: 'taxonomy_dashboard_metrics.prom', content: renderExposition(prometheusSamples(section)) },
  ];
}

/** `taxonomy_dashboard_metrics.prom`: the seed's dashboard gauges, in its order. */
export function prometheusSamples(section: TaxonomySection): Sample[] {
  const figures = section.figures;
  const gauge = (name: string, help: string, value: number, labels?: Record<string, string>): Sample => ({ name, help, type: 'gauge', value, labels });
  const missing = section.alerts.filter((alert) => !alert.deprecated && alert.runbook_status !== 'complete').length;
  return [
    ...severityCounts(section).map(([severity, count]) =>
      gauge('taxonomy_alerts_total', 'Count of alerts per severity (active + deprecated)', count, { severity }),
    ),
    gauge('taxonomy_alerts_runbook_missing', 'Count of active alerts missing a non-placeholder runbook', missing),
    gauge('taxonomy_alerts_runbook_coverage_percent', 'Percentage (0-100) runbook completeness', figures.runbook_completeness_percent),
    gauge('taxonomy_alerts_deprecated', 'Count of deprecated alerts', figures.deprecated),
    gauge('taxonomy_alerts_deprecated_ratio', 'Deprecated alerts / all alerts', figures.deprecated_ratio),
    gauge('taxonomy_churn_30d', 'Alert names added plus removed over the churn window', figures.churn),
    gauge('taxonomy_risk_churn_30d', 'Severity-weighted churn over the churn window', figures.risk_churn),
    gauge('taxonomy_stability', '1 - churn/total', figures.stability),
    gauge('taxonomy_risk_stability', '1 - risk_churn/risk_total', figures.risk_stability),
    gauge('taxonomy_risk_churn_fold', 'Risk churn fold change against the previous window', figures.risk_churn_fold),
    gauge('taxonomy_days_since_change', 'Days since the taxonomy file last changed', figures.days_since_change ?? -1),
    gauge('taxonomy_lint_errors', 'Lint hard failures', section.lint.errors.length),
    gauge('taxonomy_lint_warnings', 'Lint warnings', section.lint.warnings.length),
  ];
}
