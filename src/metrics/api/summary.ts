import type { OperationsClassification } from './classification.ts';
import type { SemverStatus, SemverValidation } from './semver.ts';
import type { StabilityMetrics } from './stability.ts';

/**
 * `governance-summary.json` (published at `status/` and at the site root, where the seed's embed
 * snippet fetches it): the figures a dashboard needs in one fetch.
 */
export interface GovernanceSummary {
  /** `window_stability_ratio` (0..1): the seed's snippet shows it as `stability_ratio * 100`. */
  stability_ratio: number;
  overall_stability_ratio: number;
  current_stable_streak: number;
  placeholder: boolean;
  placeholder_streak: number;
  /** The error that made this run a placeholder, `file: where: message`; null when none. */
  placeholder_reason: string | null;
  semver_policy_status: SemverStatus;
  current_version: string | null;
  breaking_changes_count: number;
  operations: { added: number; removed: number; total: number };
  commit: string;
  generated_at: string;
}

export function governanceSummary(input: {
  metrics: StabilityMetrics;
  semver: SemverValidation;
  classification: OperationsClassification;
  placeholderReason: string | null;
  commit: string;
  now: string;
}): GovernanceSummary {
  const { metrics, semver, classification } = input;
  return {
    stability_ratio: metrics.window_stability_ratio,
    overall_stability_ratio: metrics.overall_stability_ratio,
    current_stable_streak: metrics.current_stable_streak,
    placeholder: metrics.placeholder,
    placeholder_streak: metrics.extensions.placeholder_streak,
    placeholder_reason: input.placeholderReason,
    semver_policy_status: semver.status,
    current_version: semver.current_version,
    breaking_changes_count: classification.breaking,
    operations: {
      added: classification.operations.added.length,
      removed: classification.operations.removed.length,
      total: classification.operations.total,
    },
    commit: input.commit,
    generated_at: input.now,
  };
}
