import { loadConfig } from '../../config/index.ts';
import { openRepository, readStateBranch, revisionCommit, writeStateBranch } from '../../git/index.ts';
import {
  advanceCheckpoints,
  type BaselineSummary,
  baselineCheckpoints,
  baselineText,
  catalogText,
  computeDrift,
  driftMarkdown,
  enforcementReport,
  enforcementText,
  evaluateCatalog,
} from '../../metrics/catalog/index.ts';
import { catalogStateFiles } from '../../publish/files/catalog.ts';
import { readCatalog, readCheckpointState, STATE_FOLDER, workTree } from '../../sources/catalog/index.ts';
import { startingState } from '../kinds/catalog.ts';

/** `enforce` and `report` read the work tree; `checkpoint` compares it with the saved state; `baseline` saves it. */
export type CatalogAction = 'enforce' | 'report' | 'checkpoint' | 'baseline';

export interface CatalogCheckOptions {
  action: CatalogAction;
  /** The work tree to check. */
  dir: string;
  env: NodeJS.ProcessEnv;
  /** ISO 8601: recorded in reports and checkpoints. */
  now: string;
  /** Warnings fail enforcement too; overrides the config and GOVERN_STRICT when set. */
  strict?: boolean;
}

/** What `govpages catalog` prints (`json` with --json, else `text`) and its exit code. */
export interface CatalogCheckResult {
  json: unknown;
  text: string;
  exitCode: 0 | 1;
}

/**
 * `govpages catalog`: the seed's local check of the work tree, before anything is committed. It
 * reads the work tree with the build's own reading and evaluation, so it reports what the next
 * build of the same files will publish.
 */
export async function checkCatalogWorkTree(options: CatalogCheckOptions): Promise<CatalogCheckResult> {
  const { action, dir, env, now } = options;
  const tree = workTree(dir);
  const config = loadConfig(dir, env, undefined, { withSource: 'catalog' });
  const source = config.sources.catalog!;
  if (action === 'enforce' || action === 'report') {
    const commit = (await revisionCommit(dir, 'HEAD')) ?? 'worktree';
    const { catalog } = evaluateCatalog(await readCatalog(tree, source.metadata), source, { commit, now });
    if (action === 'report') return { json: catalog, text: catalogText(catalog), exitCode: 0 };
    const report = enforcementReport(catalog, options.strict ?? source.strict);
    return { json: report, text: enforcementText(report), exitCode: report.exit_code };
  }
  // Checkpoints are of the whole repository, as a build takes them.
  const repo = await openRepository(dir);
  const branch = config.state.branch;
  const { catalog, checkpoint } = evaluateCatalog(await readCatalog(workTree(repo.root), source.metadata), source, { commit: repo.head.commit, now });
  const files = await readStateBranch(repo, branch);
  if (action === 'baseline') {
    const next = baselineCheckpoints(readCheckpointState(files, branch), checkpoint);
    // The branch holds every kind's state: replace only the catalog's folder and keep the rest.
    const kept = new Map([...files].filter(([path]) => !path.startsWith(STATE_FOLDER)));
    for (const [path, content] of Object.entries(catalogStateFiles(next))) kept.set(path, content);
    const stateCommit = await writeStateBranch(repo, branch, kept, `govpages: catalog baseline at ${repo.head.commit.slice(0, 7)}`, now);
    const summary: BaselineSummary = { baseline: true, branch, state_commit: stateCommit, checkpoint: next.latest!.summary, commit: repo.head.commit };
    return { json: summary, text: baselineText(summary), exitCode: 0 };
  }
  // Like a build: with nothing saved yet, the previous checkpoint is reconstructed from git.
  const next = advanceCheckpoints(await startingState(repo, files, branch, source), checkpoint);
  const drift = computeDrift(next.previous, next.latest!);
  return { json: drift, text: driftMarkdown(drift, catalog), exitCode: 0 };
}
