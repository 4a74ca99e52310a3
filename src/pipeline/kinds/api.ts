import type { GovpagesConfig } from '../../config/schema.ts';
import {
  apiChecks,
  apiFeedEvents,
  basesToRead,
  cachedSummaries,
  contractBases,
  DiffCache,
  evaluateContract,
  previousRuns,
  readNoticeState,
  summarizeSpecVersions,
  titleOf,
} from '../../metrics/api/index.ts';
import { type ApiSection, HISTORY_STATE_PATH, NOTICE_STATE_PATH, VERSIONS_STATE_PATH } from '../../model/api.ts';
import type { OutputFile } from '../../model/output-file.ts';
import { apiBadges } from '../../publish/badges/api/index.ts';
import { apiFiles, apiStateFiles } from '../../publish/files/api.ts';
import { buildNotice, type DeliveryReport, deliverBuiltNotice } from '../../publish/webhook/index.ts';
import { listSpecVersions, loadSpecVersions, readSpecAtHead, readSpecVersions } from '../../sources/openapi/index.ts';
import type { BuildContext, EvidenceKind, KindResult } from '../kind.ts';

/**
 * The API contract (seed 004): every version of the OpenAPI spec from git, diffed with its
 * predecessor (summaries cached on the state branch); one stability run per build kept on the state
 * branch (backfilled from git history the first time); placeholder mechanics when the spec cannot
 * be read; the SemVer policy of the spec at HEAD against its baseline; the `governance_notice`
 * payload. The POST happens after the build is written (`deliverApiNotice` below).
 */
export const apiKind: EvidenceKind<'api'> = {
  id: 'api',
  collect: collectApi,
  inputs: ({ sources }) => [sources.openapi!.path],
};

export async function collectApi(context: BuildContext): Promise<KindResult<'api'>> {
  const { config, repo, snapshot, now, previousState } = context;
  const { thresholds } = config;
  const specPath = config.sources.openapi!.path;
  const commit = repo.head.commit;
  context.progress(`api: reading the history of ${specPath}`);

  const versions = await listSpecVersions(repo, specPath);
  const diffs = new DiffCache();
  const cached = cachedSummaries(previousState.get(VERSIONS_STATE_PATH), versions);
  const spec = await summarizeSpecVersions(versions, cached, (indices) => readSpecVersions(repo, versions, indices), diffs);
  const head = await readSpecAtHead(snapshot, specPath);
  // State files are named as git names them (`govpages-state:api/...`), so `git show` finds them.
  const branch = config.state.branch;
  const history = previousRuns(previousState.get(HISTORY_STATE_PATH), `${branch}:${HISTORY_STATE_PATH}`, spec.summaries);
  const bases = contractBases(spec.summaries, head.blob, history, commit);
  const docs = await loadSpecVersions(repo, versions, basesToRead(bases), spec.parsed);
  const previousNotice = readNoticeState(previousState.get(NOTICE_STATE_PATH), `${branch}:${NOTICE_STATE_PATH}`);
  const figures = evaluateContract({ commit, now, thresholds, versions: spec.summaries, head, bases, docs, history, previousNotice, diffs });

  const { metrics, semver, classification } = figures;
  const section: ApiSection = {
    spec_path: specPath,
    title: head.doc ? titleOf(head.doc) : null,
    metrics,
    semver,
    classification,
    summary: figures.summary,
    placeholder: { ...figures.placeholder, error: head.error },
    notice: buildNotice({
      commit,
      semverStatus: head.doc ? semver.status : 'unknown',
      stabilityRatio: metrics.window_stability_ratio,
      reasons: figures.notice.reasons,
      operations: { added: classification.operations.added.length, removed: classification.operations.removed.length },
    }),
    due_reasons: figures.notice.due,
    history: figures.runs,
    versions: spec.summaries,
  };
  return {
    section,
    files: apiFiles(section),
    badges: apiBadges({ ...metrics, ...figures.summary, payload_version: section.notice.version }, config.badges.cache_seconds),
    checks: apiChecks(section, thresholds),
    events: apiFeedEvents(figures.runs, spec.summaries, {
      windowSize: thresholds.stability_window_size,
      stabilityThreshold: thresholds.stability_alert_threshold,
    }),
    state: apiStateFiles(section, figures.notice.state),
  };
}

/**
 * The webhook step for the pipeline, after the site is written and before the state branch is:
 * POSTs `status/webhook-payload.json` to GOVERNANCE_WEBHOOK when this build has something to
 * announce, with the configured timeout and retries. Merge `stateUpdates` over the build's state.
 * Returns null when the API kind is not configured or produced no payload.
 */
export async function deliverApiNotice(input: {
  config: GovpagesConfig;
  env: NodeJS.ProcessEnv;
  files: readonly OutputFile[];
  state: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  fetchImpl?: typeof fetch;
}): Promise<DeliveryReport | null> {
  const source = input.config.sources.openapi;
  if (!source) return null;
  const { files, state, env, fetchImpl } = input;
  return deliverBuiltNotice({ files, state, env, timeoutMs: source.webhook_timeout_ms, retries: source.webhook_retries, fetchImpl });
}
