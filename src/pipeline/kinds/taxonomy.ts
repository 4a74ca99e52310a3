import { compareStrings } from '../../core/compare.ts';
import { existsSync, readFileSync } from 'node:fs';
import { globby } from 'globby';
import type { GovpagesConfig } from '../../config/schema.ts';
import { InputError } from '../../core/errors.ts';
import { fileHistory } from '../../git/index.ts';
import {
  checkCoverage,
  createTimeline,
  dailySnapshots,
  lintTaxonomy,
  renderChangelogMarkdown,
  runbookStatus,
  summarize,
  taxonomyFigures,
  utcDay,
  countSummary,
} from '../../metrics/taxonomy/index.ts';
import type { Check, FeedEvent } from '../../model/status-model.ts';
import type { AlertRow, DailySnapshot, TaxonomySection } from '../../model/taxonomy.ts';
import { toEndpoint } from '../../publish/badges/badge.ts';
import { taxonomyBadges } from '../../publish/badges/taxonomy/index.ts';
import { stableJson } from '../../core/json.ts';
import { renderExposition, type Sample } from '../../publish/prometheus.ts';
import { parseRuleFile, type AlertRule } from '../../sources/prometheus/rules.ts';
import { join } from 'node:path';
import { parseTaxonomy, SEVERITIES, type Taxonomy } from '../../sources/taxonomy/index.ts';
import type { BuildContext, EvidenceKind, KindResult } from '../kind.ts';
import type { OutputFile } from '../../model/output-file.ts';

type TaxonomyConfig = NonNullable<GovpagesConfig['sources']['taxonomy']>;

/** Reads the taxonomy and the rule files from the work tree (the checkout being built). */
export async function readTaxonomyInputs(root: string, source: TaxonomyConfig): Promise<{ taxonomy: Taxonomy; rules: AlertRule[]; rulesFiles: string[] }> {
  const file = join(root, source.path);
  if (!existsSync(file)) {
    throw new InputError(`alert taxonomy not found (expected the file named by sources.taxonomy.path, "${source.path}")`, { file: source.path });
  }
  const taxonomy = parseTaxonomy(readFileSync(file, 'utf8'), source.path);
  const rulesFiles = (await globby(source.rules, { cwd: root, dot: false, gitignore: false })).sort();
  const rules = rulesFiles.flatMap((path) => parseRuleFile(readFileSync(join(root, path), 'utf8'), path));
  return { taxonomy, rules, rulesFiles };
}

export const taxonomyKind: EvidenceKind<'taxonomy'> = {
  id: 'taxonomy',
  async collect(context: BuildContext): Promise<KindResult<'taxonomy'>> {
    const source = context.config.sources.taxonomy!;
    const thresholds = context.config.thresholds;
    const { taxonomy, rules, rulesFiles } = await readTaxonomyInputs(context.repo.root, source);

    context.progress(`reading the history of ${source.path}`);
    const timeline = createTimeline(context.now, thresholds.churn_window_days);
    const skipped: { commit: string; error: string }[] = [];
    for await (const version of fileHistory(context.repo, source.path)) {
      let parsed: Taxonomy;
      try {
        parsed = parseTaxonomy(version.content.toString('utf8'), `${version.path}@${version.commit.slice(0, 7)}`);
      } catch (error) {
        // A version that was broken when committed is history, not input: it is reported, not fatal.
        skipped.push({ commit: version.commit, error: (error as Error).message });
        continue;
      }
      timeline.add({ commit: version.commit, date: version.date, timestamp: version.timestamp * 1000, summary: summarize(parsed) });
    }
    const history = timeline.finish();
    context.progress(`${history.versions} versions of ${source.path} read`);

    const current = summarize(taxonomy);
    const figures = taxonomyFigures(current, history, {
      now: context.now,
      windowDays: thresholds.churn_window_days,
      spikeThreshold: thresholds.risk_churn_spike_threshold,
    });
    const today = utcDay(Date.parse(context.now));
    const dayStates = history.dayStates.filter((state) => state.date < today);
    dayStates.push({ date: today, severities: new Map([...current].map(([name, alert]) => [name, alert.severity])), counts: countSummary(current) });
    const snapshots = dailySnapshots(dayStates, today, thresholds.churn_window_days);

    const lint = lintTaxonomy(taxonomy, {
      file: source.path,
      scopes: source.scopes,
      categories: source.categories,
      now: context.now,
      deprecationMaxDays: thresholds.deprecation_max_days,
      deprecationStrict: thresholds.deprecation_strict,
      rules,
    });
    const coverage = source.rules.length > 0 ? checkCoverage(taxonomy, rules, rulesFiles, source.path) : null;
    const errors = [...lint.errors, ...(coverage?.errors ?? [])];

    const section: TaxonomySection = {
      path: source.path,
      figures,
      lint: { errors, warnings: lint.warnings },
      coverage: coverage?.report ?? null,
      alerts: alertRows(taxonomy),
      changelog: history.changelog,
      history: snapshots,
      last_change: history.lastChange,
    };
    const badgeFigures = { ...figures, last_change_date: history.lastChange?.date ?? null, runbook_min_percent: thresholds.runbook_min_percent };
    const badges = taxonomyBadges.map((badge) => ({
      file: badge.file,
      kind: 'taxonomy',
      endpoint: toEndpoint(badge, badgeFigures, context.config.badges.cache_seconds),
    }));
    return {
      section,
      files: outputFiles(section, snapshots, skipped),
      badges,
      checks: taxonomyChecks(section, snapshots, context.config.thresholds),
      events: taxonomyEvents(section),
      state: {},
    };
  },
};

export function alertRows(taxonomy: Taxonomy): AlertRow[] {
  return taxonomy.alerts
    .map((alert) => ({
      name: alert.name,
      group: alert.group,
      severity: alert.severity,
      scope: alert.scope,
      category: alert.category,
      description: alert.description,
      runbook: alert.runbook ?? null,
      runbook_url: alert.runbook && /^https?:\/\/\S+$/i.test(alert.runbook.trim()) ? alert.runbook.trim() : null,
      runbook_status: runbookStatus(alert.runbook),
      deprecated: alert.deprecated,
      deprecated_since: alert.deprecated_since ?? null,
      for: alert.for ?? null,
      windows: alert.windows ?? [],
    }))
    .sort((a, b) => compareStrings(a.name, b.name));
}

function outputFiles(section: TaxonomySection, snapshots: DailySnapshot[], skipped: { commit: string; error: string }[]): OutputFile[] {
  const figures = section.figures;
  const files: OutputFile[] = [
    { path: 'ALERTS_CHANGELOG.md', content: renderChangelogMarkdown(section.changelog) },
    { path: 'status/alerts-changelog.json', content: stableJson({ path: section.path, entries: section.changelog }) },
    { path: 'status/taxonomy-metrics.json', content: stableJson({ path: section.path, figures, last_change: section.last_change }) },
    {
      path: 'status/taxonomy-lint.json',
      content: stableJson({ path: section.path, errors: section.lint.errors, warnings: section.lint.warnings, coverage: section.coverage, skipped_versions: skipped }),
    },
    { path: 'taxonomy-metrics-history.json', content: stableJson(snapshots) },
    ...snapshots.map((snapshot) => ({ path: `metrics-history/${snapshot.date}.json`, content: stableJson(snapshot) })),
    { path: 'taxonomy_dashboard_metrics.prom', content: renderExposition(prometheusSamples(section)) },
  ];
  return files;
}

function prometheusSamples(section: TaxonomySection): Sample[] {
  const figures = section.figures;
  const gauge = (name: string, help: string, value: number, labels?: Record<string, string>): Sample => ({ name, help, type: 'gauge', value, labels });
  const missing = section.alerts.filter((alert) => !alert.deprecated && alert.runbook_status !== 'complete').length;
  return [
    ...SEVERITIES.map((severity) => gauge('taxonomy_alerts_total', 'Count of alerts per severity (active + deprecated)', figures.by_severity[severity], { severity })),
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

export function taxonomyChecks(section: TaxonomySection, snapshots: DailySnapshot[], thresholds: GovpagesConfig['thresholds']): Check[] {
  const figures = section.figures;
  const check = (id: string, title: string, status: Check['status'], message: string): Check => ({ id: `taxonomy.${id}`, kind: 'taxonomy', title, status, message });
  const { errors, warnings } = section.lint;
  const checks: Check[] = [
    check(
      'lint',
      'Taxonomy lint',
      errors.length ? 'fail' : warnings.length ? 'warn' : 'pass',
      errors.length || warnings.length ? `${errors.length} hard failure(s), ${warnings.length} warning(s)` : 'no lint findings',
    ),
    check(
      'runbooks',
      'Runbook completeness',
      figures.runbook_completeness_percent < thresholds.runbook_min_percent ? 'fail' : 'pass',
      `${figures.runbook_completeness_percent}% of active alerts have a runbook (minimum ${thresholds.runbook_min_percent}%)`,
    ),
    check(
      'risk-churn-spike',
      'Risk churn spike',
      figures.risk_churn_spike ? (thresholds.risk_churn_spike_fail ? 'fail' : 'warn') : 'pass',
      `risk churn ${figures.risk_churn} is ${figures.risk_churn_fold}x the previous window's ${figures.previous_risk_churn} (spike at ${thresholds.risk_churn_spike_threshold}x)`,
    ),
  ];
  if (section.coverage) {
    const gaps = section.coverage.missing_in_taxonomy.length + section.coverage.deprecated_in_rules.length;
    checks.push(
      check(
        'coverage',
        'Rule coverage',
        gaps ? 'fail' : 'pass',
        gaps
          ? `${section.coverage.missing_in_taxonomy.length} rule alert(s) missing from the taxonomy, ${section.coverage.deprecated_in_rules.length} deprecated alert(s) still in the rules`
          : `every alert in ${section.coverage.rules_files.length} rule file(s) is in the taxonomy`,
      ),
    );
  }
  const [yesterday, today] = snapshots.slice(-2);
  if (yesterday && today) {
    const churnDelta = today.churn_30d - yesterday.churn_30d;
    const riskDelta = today.risk_churn_30d - yesterday.risk_churn_30d;
    const regressed = churnDelta > thresholds.max_churn_delta || riskDelta > thresholds.max_risk_churn_delta;
    checks.push(
      check(
        'churn-trend',
        'Churn trend',
        regressed ? 'fail' : 'pass',
        `churn ${signed(churnDelta)} (max +${thresholds.max_churn_delta}), risk churn ${signed(riskDelta)} (max +${thresholds.max_risk_churn_delta}) since ${yesterday.date}`,
      ),
    );
  }
  return checks;
}

function signed(value: number): string {
  return value >= 0 ? `+${value}` : String(value);
}

function taxonomyEvents(section: TaxonomySection): FeedEvent[] {
  return section.changelog.slice(0, 50).map((entry) => {
    const parts = [
      entry.added.length ? `${entry.added.length} added` : '',
      entry.removed.length ? `${entry.removed.length} removed` : '',
      entry.modified.length ? `${new Set(entry.modified.map((change) => change.name)).size} modified` : '',
    ].filter(Boolean);
    const names = [...entry.added, ...entry.removed].map((alert) => alert.name).slice(0, 5);
    return {
      id: `taxonomy:${entry.commit}:change`,
      kind: 'taxonomy',
      type: 'taxonomy-change',
      title: `Alert taxonomy changed: ${parts.join(', ')}`,
      summary: names.length ? `Alerts: ${names.join(', ')}${entry.added.length + entry.removed.length > 5 ? ', ...' : ''}` : 'Core fields modified',
      date: entry.date,
      commit: entry.commit,
    };
  });
}
