import { DAY_MS } from '../../core/time.ts';
import type { TaxonomyFigures } from '../../model/taxonomy.ts';
import { churnBetween, riskChurnFold, stability } from './churn.ts';
import { round } from './snapshots.ts';
import { countSummary, severityIndex, type TaxonomySummary } from './summary.ts';
import type { Timeline } from './timeline.ts';

/** The taxonomy figures at `now` (seed 004 "Badges"), from the current taxonomy and its timeline. */
export function taxonomyFigures(
  current: TaxonomySummary,
  timeline: Timeline,
  options: { now: string; windowDays: number; spikeThreshold: number },
): TaxonomyFigures {
  const counts = countSummary(current);
  const churn = churnBetween(timeline.windowStart, severityIndex(current));
  const previous = churnBetween(timeline.previousWindowStart, timeline.windowStart);
  const fold = riskChurnFold(churn.risk_churn, previous.risk_churn);
  const lastChange = timeline.lastChange ? Date.parse(timeline.lastChange.date) : null;
  return {
    total: counts.total,
    active: counts.active,
    deprecated: counts.deprecated,
    deprecated_ratio: round(counts.deprecated_ratio),
    by_severity: counts.by_severity,
    runbook_complete: counts.runbook_complete,
    runbook_completeness_percent: round(counts.runbook_completeness_percent, 2),
    churn_window_days: options.windowDays,
    churn: churn.churn,
    risk_churn: churn.risk_churn,
    stability: round(stability(churn.churn, counts.total)),
    risk_stability: round(stability(churn.risk_churn, counts.risk_total)),
    risk_total: counts.risk_total,
    previous_churn: previous.churn,
    previous_risk_churn: previous.risk_churn,
    risk_churn_fold: round(fold),
    risk_churn_spike: churn.risk_churn > 0 && fold >= options.spikeThreshold,
    days_since_change: lastChange === null ? null : Math.max(0, Math.floor((Date.parse(options.now) - lastChange) / DAY_MS)),
  };
}
