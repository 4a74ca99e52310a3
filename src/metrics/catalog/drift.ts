import type { Checkpoint, CheckpointRef, Drift, FileChanges } from '../../model/catalog.ts';

/** Drift between the previous and the latest checkpoint (pure). No previous: nothing drifted. */
export function computeDrift(previous: Checkpoint | null, latest: Checkpoint): Drift {
  const before = previous?.repositories ?? {};
  const after = latest.repositories;
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const drift: Drift = {
    drift_version: 1,
    has_drift: false,
    previous: previous ? ref(previous) : null,
    latest: ref(latest),
    compliance_degraded: [],
    compliance_improved: [],
    new_repos: [],
    removed_repos: [],
    changed_hashes: [],
    summary: { compliance_degraded: 0, compliance_improved: 0, new_repos: 0, removed_repos: 0, changed_repos: 0, changed_files: 0 },
  };
  if (!previous) return drift;
  for (const id of ids) {
    const old = before[id];
    const now = after[id];
    if (!old && now) drift.new_repos.push({ repository: id, tier: now.tier, compliant: now.compliant });
    else if (old && !now) drift.removed_repos.push({ repository: id, tier: old.tier, compliant: old.compliant });
    else if (old && now) {
      if (old.compliant && !now.compliant) drift.compliance_degraded.push({ repository: id, tier: now.tier, violations: now.violations });
      if (!old.compliant && now.compliant) drift.compliance_improved.push({ repository: id, tier: now.tier });
      const changes = fileChanges(id, old.files, now.files);
      if (changes) drift.changed_hashes.push(changes);
    }
  }
  drift.summary = {
    compliance_degraded: drift.compliance_degraded.length,
    compliance_improved: drift.compliance_improved.length,
    new_repos: drift.new_repos.length,
    removed_repos: drift.removed_repos.length,
    changed_repos: drift.changed_hashes.length,
    changed_files: drift.changed_hashes.reduce((total, change) => total + change.added.length + change.removed.length + change.modified.length, 0),
  };
  drift.has_drift =
    drift.summary.compliance_degraded +
      drift.summary.compliance_improved +
      drift.summary.new_repos +
      drift.summary.removed_repos +
      drift.summary.changed_repos >
    0;
  return drift;
}

function fileChanges(repository: string, before: Record<string, string>, after: Record<string, string>): FileChanges | null {
  const added = Object.keys(after)
    .filter((path) => !(path in before))
    .sort();
  const removed = Object.keys(before)
    .filter((path) => !(path in after))
    .sort();
  const modified = Object.keys(after)
    .filter((path) => path in before && before[path] !== after[path])
    .sort();
  return added.length + removed.length + modified.length ? { repository, added, removed, modified } : null;
}

function ref(checkpoint: Checkpoint): CheckpointRef {
  const { commit, created_at, baseline, backfilled } = checkpoint;
  return { commit, created_at, baseline, backfilled };
}
