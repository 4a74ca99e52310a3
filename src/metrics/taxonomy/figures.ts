import { roundTo } from '../../core/numbers.ts';
import { DAY_MS } from '../../core/time.ts';
import type { SeverityVocabulary, TaxonomyFigures } from '../../model/taxonomy.ts';
import { churnWindow } from './baseline.ts';
import { churnBetween, riskChurnFold, severityWeights, stability } from './churn.ts';
import { countSummary, severityIndex, type TaxonomySummary } from './summary.ts';
import type { Timeline } from './timeline.ts';

/**
 * The taxonomy figures at `now` (seed 004 "Badges"), from the current taxonomy and its timeline.
 * Churn counts changes after the baseline (the file's first version) only, and a spike needs a
 * previous window wholly after the baseline (see `churnWindow`).
 */
export function taxonomyFigures(
  current: TaxonomySummary,
  timeline: Timeline,
  options: { now: string; windowDays: number; spikeThreshold: number; severities: SeverityVocabulary },
): TaxonomyFigures {
  const counts = countSummary(current, options.severities);
  const weights = severityWeights(options.severities);
  const now = severityIndex(current);
  // No version at or before `now` in history: the taxonomy being built is its own baseline.
  const windowStart = timeline.baseline ? timeline.windowStart : now;
  const churn = churnBetween(windowStart, now, weights);
  const previous = churnBetween(timeline.baseline ? timeline.previousWindowStart : now, windowStart, weights);
  const window = churnWindow(options.now, options.windowDays, timeline.baseline?.date ?? null);
  const fold = riskChurnFold(churn.risk_churn, previous.risk_churn);
  const lastChange = timeline.lastChange ? Date.parse(timeline.lastChange.date) : null;
  return {
    total: counts.total,
    active: counts.active,
    deprecated: counts.deprecated,
    deprecated_ratio: roundTo(counts.deprecated_ratio, 4),
    by_severity: counts.by_severity,
    runbook_complete: counts.runbook_complete,
    runbook_completeness_percent: roundTo(counts.runbook_completeness_percent, 2),
    churn_window_days: options.windowDays,
    window_start: window.start,
    window_filling: window.filling,
    previous_window_complete: window.previousComplete,
    churn: churn.churn,
    risk_churn: churn.risk_churn,
    stability: roundTo(stability(churn.churn, counts.total), 4),
    risk_stability: roundTo(stability(churn.risk_churn, counts.risk_total), 4),
    risk_total: counts.risk_total,
    previous_churn: previous.churn,
    previous_risk_churn: previous.risk_churn,
    risk_churn_fold: roundTo(fold, 4),
    risk_churn_spike: window.previousComplete && churn.risk_churn > 0 && fold >= options.spikeThreshold,
    days_since_change: lastChange === null ? null : Math.max(0, Math.floor((Date.parse(options.now) - lastChange) / DAY_MS)),
  };
}
