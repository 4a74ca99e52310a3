import { stableJson } from '../../core/json.ts';
import type { CatalogSourceConfig } from '../../config/sources/catalog.ts';
import { InputError } from '../../core/errors.ts';
import type { Repository, StateFiles } from '../../git/index.ts';
import {
  advanceCheckpoints,
  buildCatalog,
  CATALOG_RULES,
  computeDrift,
  driftIssue,
  driftMarkdown,
  enforcementReport,
  historyEntry,
  makeCheckpoint,
  type CheckpointState,
} from '../../metrics/catalog/index.ts';
import { isoSeconds } from '../../core/time.ts';
import type { CatalogDocument, CatalogSection, Checkpoint, EnforcementReport } from '../../model/catalog.ts';
import type { Check, FeedEvent } from '../../model/status-model.ts';
import { toEndpoint } from '../../publish/badges/badge.ts';
import { catalogComplianceBadge, catalogDegradedBadge } from '../../publish/badges/catalog/index.ts';
import {
  checkpointStateFiles,
  commitBeforeLastChange,
  commitTree,
  readCatalog,
  readCheckpointState,
  repoSchemaJson,
  workTree,
  type FileTree,
} from '../../sources/catalog/index.ts';
import type { EvidenceKind } from '../kind.ts';
import type { OutputFile } from '../../model/output-file.ts';

/**
 * Catalog, enforcement, checkpoints and drift (seed 002). Each build takes a checkpoint of the work
 * tree, keeps the last two on the state branch (`catalog/`) and publishes the drift between them.
 */
export const catalogKind: EvidenceKind<'catalog'> = {
  id: 'catalog',
  async collect(context) {
    const source = context.config.sources.catalog!;
    context.progress('catalog: reading repository metadata');
    const { catalog, checkpoint } = await evaluateCatalog(workTree(context.repo.root), source, { commit: context.repo.head.commit, now: context.now });
    const state = await startingState(context.repo, context.previousState, context.config.state.branch, source, context.progress);
    const next = advanceCheckpoints(state, checkpoint);
    const drift = computeDrift(next.previous, next.latest!);
    const report = enforcementReport(catalog, source.strict);
    const siteUrl = context.config.site.url;
    const issue = driftIssue(drift, catalog, siteUrl ? new URL('status/latest-drift.md', siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href : null);
    const section: CatalogSection = {
      metadata_patterns: source.metadata,
      strict: source.strict,
      summary: catalog.summary,
      repositories: catalog.repositories,
      tiers: catalog.tiers,
      enforcement: { passed: report.passed, exit_code: report.exit_code },
      drift,
      checkpoints: next.history,
      issue,
      rules: Object.entries(CATALOG_RULES).map(([id, rule]) => ({ id, level: rule.level, description: rule.description })),
    };
    const files: OutputFile[] = [
      { path: 'status/catalog.json', content: stableJson(catalog) },
      { path: 'status/enforcement.json', content: stableJson(report) },
      { path: 'status/repo-schema.json', content: stableJson(repoSchemaJson()) },
      { path: 'status/checkpoint-latest.json', content: stableJson(next.latest) },
      { path: 'status/drift.json', content: stableJson(drift) },
      { path: 'status/latest-drift.md', content: driftMarkdown(drift, catalog) },
      { path: 'status/drift-issue.json', content: stableJson(issue) },
    ];
    if (issue.open) files.push({ path: 'status/drift-issue.md', content: `# ${issue.title}\n\n${issue.body}` });
    const cacheSeconds = context.config.badges.cache_seconds;
    return {
      section,
      files,
      badges: [
        { file: catalogComplianceBadge.file, kind: 'catalog', endpoint: toEndpoint(catalogComplianceBadge, catalog.summary, cacheSeconds) },
        { file: catalogDegradedBadge.file, kind: 'catalog', endpoint: toEndpoint(catalogDegradedBadge, drift.summary, cacheSeconds) },
      ],
      checks: [enforcementCheck(report), driftCheck(section)],
      events: driftEvents(section, context.repo),
      state: checkpointStateFiles(next),
    };
  },
};

/** Reads and evaluates the catalog in `tree`: the catalog document and its checkpoint. */
export async function evaluateCatalog(
  tree: FileTree,
  source: CatalogSourceConfig,
  build: { commit: string; now: string },
  flags: { baseline?: boolean; backfilled?: boolean } = {},
): Promise<{ catalog: CatalogDocument; checkpoint: Checkpoint }> {
  const patterns = source.metadata;
  const records = await readCatalog(tree, patterns);
  const catalog = buildCatalog(records, source, build);
  return { catalog, checkpoint: makeCheckpoint(catalog, records, { commit: build.commit, created_at: build.now, ...flags }) };
}


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
  const { checkpoint } = await evaluateCatalog(commitTree(repo, before.commit), source, { commit: before.commit, now: isoSeconds(before.date) }, { backfilled: true });
  return { latest: checkpoint, previous: null, history: [historyEntry(checkpoint)] };
}

export function enforcementCheck(report: EnforcementReport): Check {
  const status = report.total_violations > 0 ? 'fail' : report.total_warnings > 0 ? (report.strict ? 'fail' : 'warn') : 'pass';
  const message =
    `${report.compliant}/${report.total_repos} repositories compliant; ${report.total_violations} violation${report.total_violations === 1 ? '' : 's'}, ` +
    `${report.total_warnings} warning${report.total_warnings === 1 ? '' : 's'}${report.strict ? ' (strict: warnings fail)' : ''}`;
  return { id: 'catalog.enforcement', kind: 'catalog', title: 'Repository policies', status, message };
}

export function driftCheck(section: CatalogSection): Check {
  const { drift } = section;
  const degraded = drift.compliance_degraded.map((entry) => entry.repository);
  const status = degraded.length > 0 ? 'warn' : 'pass';
  const message = !drift.previous
    ? 'baseline checkpoint: no earlier checkpoint to compare with'
    : degraded.length > 0
      ? `compliance degraded in ${degraded.join(', ')}`
      : `no compliance degraded; ${drift.summary.new_repos} new, ${drift.summary.removed_repos} removed, ${drift.summary.changed_repos} with changed files`;
  return { id: 'catalog.drift', kind: 'catalog', title: 'Compliance drift', status, message };
}

function driftEvents(section: CatalogSection, repo: Repository): FeedEvent[] {
  const { drift } = section;
  if (!drift.previous) return [];
  const commit = drift.latest.commit;
  const date = isoSeconds(repo.head.date);
  const events: FeedEvent[] = [];
  if (drift.compliance_degraded.length) {
    events.push({
      id: `catalog:${commit}:compliance-degraded`,
      kind: 'catalog',
      type: 'compliance-degraded',
      title: section.issue.title,
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
