import { formatPercent } from '../../core/numbers.ts';
import type { ApiSection } from '../../model/api.ts';
import type { Check } from '../../model/status-model.ts';
import type { ApiThresholds } from './contract.ts';
import { describeSpecError } from './spec-error.ts';

/**
 * The kind's contributions to the verdict: the spec (readable, or a placeholder run, failing the
 * build past `placeholder_max_runs`), the SemVer policy, and the window stability ratio.
 */
export function apiChecks(section: ApiSection, thresholds: ApiThresholds): Check[] {
  const { metrics, semver, placeholder } = section;
  const checks: Check[] = [];
  if (placeholder.error) {
    const notes = [`placeholder streak ${placeholder.streak}`];
    if (placeholder.alert) notes.push(`alert: reached placeholder_streak_alert_threshold ${thresholds.placeholder_streak_alert_threshold}`);
    if (placeholder.exceeded) notes.push(`exceeds placeholder_max_runs ${thresholds.placeholder_max_runs}: failing the build`);
    checks.push({
      id: 'api.spec',
      kind: 'api',
      title: 'API spec',
      status: placeholder.status,
      message: `${describeSpecError(placeholder.error)} (placeholder metrics published; ${notes.join('; ')})`,
      ...(placeholder.exceeded ? { fails_build: true } : {}),
    });
  } else {
    checks.push({
      id: 'api.spec',
      kind: 'api',
      title: 'API spec',
      status: 'pass',
      message: `${section.spec_path}: ${section.classification.operations.total} operations, version ${semver.current_version ?? '(none)'}`,
    });
  }
  checks.push({
    id: 'api.semver',
    kind: 'api',
    title: 'SemVer policy',
    status: semver.status === 'ok' ? 'pass' : semver.status,
    message: [...semver.messages, ...semver.recommendations].join(' '),
  });
  const threshold = thresholds.stability_alert_threshold;
  const ratio = metrics.window_stability_ratio;
  const low = metrics.window_total_count > 0 && ratio < threshold;
  checks.push({
    id: 'api.stability',
    kind: 'api',
    title: 'API stability',
    status: low ? 'warn' : 'pass',
    message:
      `window stability ${formatPercent(ratio)} over the last ${metrics.window_total_count} runs` +
      (low ? ` is below the alert threshold ${formatPercent(threshold)}` : '') +
      `; current stable streak ${metrics.current_stable_streak}`,
  });
  return checks;
}
