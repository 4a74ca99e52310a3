import { roundTo } from '../../core/numbers.ts';
import type { StabilityMetrics, StabilityRecord } from '../../model/api.ts';
import { isStable, placeholderStreak } from './history.ts';

/**
 * `status/stability-metrics.json`: figures over the run history (oldest first; the last record is
 * the current run). With no runs at all every ratio is 0, never NaN.
 */
export function computeStabilityMetrics(records: readonly StabilityRecord[], windowSize: number, now: string): StabilityMetrics {
  const window = records.slice(Math.max(0, records.length - windowSize));
  const windowStable = window.filter(isStable).length;
  const overallStable = records.filter(isStable).length;
  let current = 0;
  let longest = 0;
  let run = 0;
  for (const record of records) {
    run = isStable(record) ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  current = run;
  const last = records[records.length - 1];
  return {
    window_stability_ratio: ratio(windowStable, window.length),
    window_size: windowSize,
    window_stable_count: windowStable,
    window_total_count: window.length,
    current_stable_streak: current,
    longest_stable_streak: longest,
    overall_stability_ratio: ratio(overallStable, records.length),
    window_mean_score: window.length ? roundTo(window.reduce((sum, record) => sum + record.score, 0) / window.length, 4) : 0,
    placeholder: last?.placeholder ?? false,
    extensions: { placeholder_streak: placeholderStreak(records) },
    total_runs: records.length,
    commit: last?.commit ?? null,
    generated_at: now,
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : roundTo(part / whole, 4);
}
