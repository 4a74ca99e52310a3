import type { PlaceholderVerdict } from '../../model/api.ts';
import type { CheckStatus } from '../../model/status-model.ts';

export interface PlaceholderThresholds {
  /** Streak at which an alert is raised; 0 disables alerting. */
  placeholder_streak_alert_threshold: number;
  /** The build fails when the streak exceeds this; 0 disables. */
  placeholder_max_runs: number;
}

/**
 * The seed's two knobs: "open an alert when the streak reaches the threshold" (>=) and "hard fail
 * if the streak exceeds this many consecutive runs" (>). A placeholder below both is a warning.
 */
export function evaluatePlaceholder(streak: number, thresholds: PlaceholderThresholds): PlaceholderVerdict {
  const alertAt = thresholds.placeholder_streak_alert_threshold;
  const maxRuns = thresholds.placeholder_max_runs;
  const alert = alertAt > 0 && streak >= alertAt;
  const exceeded = maxRuns > 0 && streak > maxRuns;
  const status: CheckStatus = exceeded ? 'fail' : streak > 0 ? 'warn' : 'pass';
  return { streak, alert, exceeded, status };
}
