import type { GovernanceSummary, OperationsClassification, SemverValidation, StabilityMetrics } from '../../model/api.ts';

/**
 * `governance-summary.json` (published at `status/` and at the site root, where the seed's embed
 * snippet fetches it): the figures a dashboard needs in one fetch.
 */
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
