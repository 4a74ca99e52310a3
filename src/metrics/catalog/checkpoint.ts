import type { CatalogDocument, Checkpoint, CheckpointHistoryEntry, CheckpointState } from '../../model/catalog.ts';
import type { RepoRecord } from '../../sources/catalog/read.ts';

/** Checkpoint history lines kept on the state branch; older ones are dropped. */
export const HISTORY_LIMIT = 1000;

/** A snapshot of every repository's compliance and file hashes (pure). */
export function makeCheckpoint(
  catalog: CatalogDocument,
  records: RepoRecord[],
  at: { commit: string; created_at: string; baseline?: boolean; backfilled?: boolean },
): Checkpoint {
  const files = new Map(records.map((record) => [record.id, record.files]));
  return {
    checkpoint_version: 1,
    commit: at.commit,
    created_at: at.created_at,
    baseline: at.baseline ?? false,
    backfilled: at.backfilled ?? false,
    summary: { total: catalog.summary.total, compliant: catalog.summary.compliant, non_compliant: catalog.summary.non_compliant },
    repositories: Object.fromEntries(
      catalog.repositories.map((repository) => [
        repository.id,
        {
          tier: repository.tier,
          compliant: repository.compliant,
          violations: repository.violations.length,
          warnings: repository.warnings.length,
          files: files.get(repository.id) ?? {},
        },
      ]),
    ),
  };
}

/**
 * Adds a build's checkpoint. A rebuild of the commit the latest checkpoint was taken at replaces
 * it (and its history line) instead of appending, so rebuilding never fakes a "no drift" week.
 */
export function advanceCheckpoints(state: CheckpointState, next: Checkpoint): CheckpointState {
  const rebuild = state.latest?.commit === next.commit;
  const latest = rebuild && state.latest!.baseline ? { ...next, baseline: true } : next;
  return {
    latest,
    previous: rebuild ? state.previous : state.latest,
    history: withHistory(state.history, latest),
  };
}

/** `--baseline`: the new checkpoint stands alone; drift is measured from it from now on. */
export function baselineCheckpoints(state: CheckpointState, next: Checkpoint): CheckpointState {
  const latest = { ...next, baseline: true };
  return { latest, previous: null, history: withHistory(state.history, latest) };
}

/**
 * The state before the first saved checkpoint: one reconstructed from git, standing alone. A
 * reconstruction with no repository at all is the commit before the catalog's first version: that
 * version is the baseline, not six new repositories of drift, so there is no previous checkpoint.
 */
export function backfilledState(checkpoint: Checkpoint): CheckpointState {
  if (checkpoint.summary.total === 0) return { latest: null, previous: null, history: [] };
  return { latest: checkpoint, previous: null, history: [historyEntry(checkpoint)] };
}

export function historyEntry(checkpoint: Checkpoint): CheckpointHistoryEntry {
  const { commit, created_at, baseline } = checkpoint;
  return { commit, created_at, baseline, ...checkpoint.summary };
}

function withHistory(history: CheckpointHistoryEntry[], checkpoint: Checkpoint): CheckpointHistoryEntry[] {
  const kept = history.filter((entry) => entry.commit !== checkpoint.commit);
  return [...kept, historyEntry(checkpoint)].slice(-HISTORY_LIMIT);
}
