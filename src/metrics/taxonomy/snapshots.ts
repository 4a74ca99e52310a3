import { roundTo } from '../../core/numbers.ts';
import { DAY_MS, utcDay } from '../../core/time.ts';
import type { DailySnapshot, Severity, SeverityVocabulary } from '../../model/taxonomy.ts';
import { churnBetween, type SeverityIndex, type SeverityWeights, stability } from './churn.ts';
import { type Counts, countSummary, severityIndex, type TaxonomySummary } from './summary.ts';

/** The taxonomy as it stood at the end of one UTC day, reduced to what snapshots need. */
export interface DayState {
  /** `YYYY-MM-DD` (UTC). */
  date: string;
  severities: ReadonlyMap<string, Severity>;
  counts: Counts;
}

export function dayState(date: string, summary: TaxonomySummary, vocabulary: SeverityVocabulary): DayState {
  return { date, severities: severityIndex(summary), counts: countSummary(summary, vocabulary) };
}

function addDays(day: string, days: number): string {
  return utcDay(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);
}

/**
 * One snapshot per UTC day from the first state's day to `lastDay`: the figures at the end of each
 * day, churn measured against the end of the day `windowDays` earlier, or against the `baseline`
 * (the file's first version) while that day is before the first state: the first version is where
 * history starts, not churn. `states` are the end-of-day states of the days that had a change,
 * oldest first.
 */
export function dailySnapshots(
  states: readonly DayState[],
  lastDay: string,
  windowDays: number,
  baseline: SeverityIndex,
  weights: SeverityWeights,
): DailySnapshot[] {
  if (states.length === 0) return [];
  const snapshots: DailySnapshot[] = [];
  const stateAt = (day: string): DayState | null => {
    // Binary search for the last state on or before `day`.
    let low = 0;
    let high = states.length - 1;
    let found: DayState | null = null;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (states[middle]!.date <= day) {
        found = states[middle]!;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  };
  for (let day = states[0]!.date; day <= lastDay; day = addDays(day, 1)) {
    const current = stateAt(day)!;
    const windowStart = stateAt(addDays(day, -windowDays));
    const churn = churnBetween(windowStart?.severities ?? baseline, current.severities, weights);
    snapshots.push({
      date: day,
      total: current.counts.total,
      active: current.counts.active,
      deprecated: current.counts.deprecated,
      deprecated_ratio: roundTo(current.counts.deprecated_ratio, 4),
      churn_30d: churn.churn,
      risk_churn_30d: churn.risk_churn,
      stability: roundTo(stability(churn.churn, current.counts.total), 4),
      risk_stability: roundTo(stability(churn.risk_churn, current.counts.risk_total), 4),
      runbook_completeness_percent: roundTo(current.counts.runbook_completeness_percent, 2),
    });
  }
  return snapshots;
}
