import { isoSeconds } from '../../core/time.ts';
import type { Drift, DriftIssue } from '../../model/catalog.ts';
import type { FeedEvent } from '../../model/status-model.ts';

/**
 * Feed events of the drift: compliance degraded (titled like the issue) and each new repository,
 * dated at the commit being built. None against a baseline: nothing drifted.
 */
export function driftEvents(drift: Drift, issue: DriftIssue, commitDate: string): FeedEvent[] {
  if (!drift.previous) return [];
  const commit = drift.latest.commit;
  const date = isoSeconds(commitDate);
  const events: FeedEvent[] = [];
  if (drift.compliance_degraded.length) {
    events.push({
      id: `catalog:${commit}:compliance-degraded`,
      kind: 'catalog',
      type: 'compliance-degraded',
      title: issue.title,
      summary: drift.compliance_degraded.map((entry) => `${entry.repository} (tier ${entry.tier ?? '?'}, ${entry.violations} violations)`).join('; '),
      date,
      commit,
    });
  }
  for (const entry of drift.new_repos) {
    events.push({
      id: `catalog:${commit}:new-repo:${entry.repository}`,
      kind: 'catalog',
      type: 'new-repository',
      title: `New repository in the catalog: ${entry.repository}`,
      summary: `tier ${entry.tier ?? '?'}, ${entry.compliant ? 'compliant' : 'non-compliant'}`,
      date,
      commit,
    });
  }
  return events;
}
