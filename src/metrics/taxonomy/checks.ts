import type { Thresholds } from '../../config/schema.ts';
import { formatPercentValue } from '../../core/numbers.ts';
import type { Check } from '../../model/status-model.ts';
import type { TaxonomySection } from '../../model/taxonomy.ts';
import { firstSpikeCheckDay } from './baseline.ts';

/**
 * The taxonomy's contributions to the verdict: lint, runbook completeness, risk-churn spike, rule
 * coverage (when rules are configured) and the day-over-day churn trend (once there are two days).
 */
export function taxonomyChecks(section: TaxonomySection, thresholds: Thresholds): Check[] {
  const figures = section.figures;
  const check = (id: string, title: string, status: Check['status'], message: string): Check => ({
    id: `taxonomy.${id}`,
    kind: 'taxonomy',
    title,
    status,
    message,
  });
  const { errors, warnings } = section.lint;
  const checks: Check[] = [
    check(
      'lint',
      'Taxonomy lint',
      errors.length ? 'fail' : warnings.length ? 'warn' : 'pass',
      errors.length || warnings.length ? `${errors.length} hard failure(s), ${warnings.length} warning(s)${firstReason(errors)}` : 'no lint findings',
    ),
    check(
      'runbooks',
      'Runbook completeness',
      figures.runbook_completeness_percent < thresholds.runbook_min_percent ? 'fail' : 'pass',
      `${formatPercentValue(figures.runbook_completeness_percent, 2)} of active alerts have a runbook (minimum ${formatPercentValue(thresholds.runbook_min_percent, 2)})`,
    ),
    check(
      'risk-churn-spike',
      'Risk churn spike',
      figures.risk_churn_spike ? (thresholds.risk_churn_spike_fail ? 'fail' : 'warn') : 'pass',
      spikeMessage(section, thresholds),
    ),
  ];
  if (section.coverage) {
    const gaps = section.coverage.missing_in_taxonomy.length + section.coverage.deprecated_in_rules.length;
    const files = section.coverage.rules_files.length;
    checks.push(
      check(
        'coverage',
        'Rule coverage',
        gaps ? 'fail' : files === 0 ? 'warn' : 'pass',
        gaps
          ? `${section.coverage.missing_in_taxonomy.length} rule alert(s) missing from the taxonomy, ${section.coverage.deprecated_in_rules.length} deprecated alert(s) still in the rules`
          : files === 0
            ? 'no file matches sources.taxonomy.rules, so no rule was checked'
            : `every alert in ${files} rule file(s) is in the taxonomy`,
      ),
    );
  }
  const [yesterday, today] = section.history.slice(-2);
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

/** A spike compares with a previous window that existed; before there is one, the message says when. */
function spikeMessage(section: TaxonomySection, thresholds: Thresholds): string {
  const figures = section.figures;
  if (!figures.previous_window_complete) {
    const since = figures.window_filling ? ` since ${figures.window_start.slice(0, 10)}` : '';
    const from = section.baseline ? firstSpikeCheckDay(section.baseline.date, figures.churn_window_days) : null;
    return `risk churn ${figures.risk_churn}${since}; no complete previous window to compare with yet${from ? ` (spikes are checked from ${from})` : ''}`;
  }
  return `risk churn ${figures.risk_churn} is ${figures.risk_churn_fold}x the previous window's ${figures.previous_risk_churn} (spike at ${thresholds.risk_churn_spike_threshold}x)`;
}

/**
 * The first hard failure, so a failing check says why without opening the lint report: an alert
 * with a severity outside the vocabulary is kept and weighs 0, and this is where that shows.
 */
function firstReason(errors: TaxonomySection['lint']['errors']): string {
  const first = errors[0];
  return first ? `; first: ${first.rule} at ${first.file} ${first.where}: ${first.message}` : '';
}

function signed(value: number): string {
  return value >= 0 ? `+${value}` : String(value);
}
