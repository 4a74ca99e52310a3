import type { CatalogSourceConfig } from '../../config/sources/catalog.ts';
import { isoSeconds } from '../../core/time.ts';
import { openSnapshot, pathPathspec, type Repository, type StateFiles } from '../../git/index.ts';
import {
  advanceCheckpoints,
  backfilledState,
  catalogSection,
  computeDrift,
  driftCheck,
  driftEvents,
  driftIssue,
  driftMarkdown,
  driftReportUrl,
  enforcementCheck,
  enforcementReport,
  evaluateCatalog,
} from '../../metrics/catalog/index.ts';
import type { CheckpointState } from '../../model/catalog.ts';
import { catalogBadges, catalogFiles, catalogStateFiles } from '../../publish/files/catalog.ts';
import { commitBeforeLastChange, listingBases, readCatalog, readCheckpointState, snapshotTree } from '../../sources/catalog/index.ts';
import type { BuildContext, EvidenceKind, KindResult } from '../kind.ts';

/**
 * Catalog, enforcement, checkpoints and drift (seed 002). Each build takes a checkpoint of the
 * commit, keeps the last two on the state branch (`catalog/`) and publishes the drift between them.
 */
export async function collectCatalog(context: BuildContext): Promise<KindResult<'catalog'>> {
  const source = context.config.sources.catalog!;
  const { repo, now } = context;
  context.progress('catalog: reading repository metadata');
  const records = await readCatalog(snapshotTree(context.snapshot), source.metadata);
  const { catalog, checkpoint } = evaluateCatalog(records, source, { commit: repo.head.commit, now });
  const state = advanceCheckpoints(await startingState(repo, context.previousState, context.config.state.branch, source, context.progress), checkpoint);
  const drift = computeDrift(state.previous, state.latest!);
  const report = enforcementReport(catalog, source.strict);
  const issue = driftIssue(drift, catalog, driftReportUrl(context.config.site.url));
  return {
    section: catalogSection({ patterns: source.metadata, catalog, report, drift, history: state.history, issue }),
    files: catalogFiles({ catalog, report, state, drift, driftReport: driftMarkdown(drift, catalog), issue }),
    badges: catalogBadges(catalog.summary, drift.summary, context.config.badges.cache_seconds),
    checks: [enforcementCheck(report), driftCheck(drift)],
    events: driftEvents(drift, issue, repo.head.date),
    state: catalogStateFiles(state),
  };
}

export const catalogKind: EvidenceKind<'catalog'> = {
  id: 'catalog',
  collect: collectCatalog,
  // Whole repository folders are hashed (required files), so everything under them is read.
  inputs: ({ sources }) => listingBases(sources.catalog!.metadata).map(pathPathspec),
};

/**
 * The saved checkpoints, or, before the first one is saved, a checkpoint reconstructed from the
 * commit before the last change to the catalog's folders, so the first build already has drift.
 */
export async function startingState(
  repo: Repository,
  stateFiles: StateFiles,
  branch: string,
  source: CatalogSourceConfig,
  progress: (message: string) => void = () => {},
): Promise<CheckpointState> {
  const state = readCheckpointState(stateFiles, branch);
  if (state.latest) return state;
  const before = await commitBeforeLastChange(repo, source.metadata);
  if (!before) return state;
  progress(`catalog: no saved checkpoint; reconstructing one from ${before.commit.slice(0, 7)}`);
  const records = await readCatalog(snapshotTree(await openSnapshot(repo, before.commit)), source.metadata);
  const { checkpoint } = evaluateCatalog(records, source, { commit: before.commit, now: isoSeconds(before.date) }, { backfilled: true });
  return backfilledState(checkpoint);
}
