import { formatPercent } from '../../core/numbers.ts';
import { stableJson } from '../../core/json.ts';
import type { GovpagesConfig } from '../../config/schema.ts';
import { readHeadFile, type Repository } from '../../git/index.ts';
import {
  apiFeedEvents,
  classifyOperations,
  computeStabilityMetrics,
  countOperations,
  decideNotice,
  evaluateAgainst,
  evaluatePlaceholder,
  governanceSummary,
  parseHistory,
  runsBefore,
  scoreRun,
  serializeHistory,
  upsertRun,
  type SemverValidation,
  type StabilityRecord,
} from '../../metrics/api/index.ts';
import type { OpenApiDiff } from '../../metrics/openapi/index.ts';
import type { ApiSection, SpecError, SpecVersionSummary } from '../../model/api.ts';
import type { Check } from '../../model/status-model.ts';
import { apiBadges } from '../../publish/badges/api/index.ts';
import {
  buildNotice,
  deliverNotice,
  governanceWebhookJsonSchema,
  NOTICE_STATE_PATH,
  PAYLOAD_VERSION,
  readNoticeState,
  serializeNotice,
  WEBHOOK_PAYLOAD_PATH,
  WEBHOOK_SCHEMA_PATH,
  type DeliveryReport,
} from '../../publish/webhook/index.ts';
import type { OpenApiDocument } from '../../sources/openapi/index.ts';
import type { BuildContext, EvidenceKind, KindResult } from '../kind.ts';
import type { OutputFile } from '../../model/output-file.ts';
import {
  baselineBefore,
  chainOf,
  gitBlobId,
  lastValidBefore,
  parseSpec,
  readSpecHistory,
  versionOf,
  VERSIONS_STATE_PATH,
  type DocStore,
  type LiveVersion,
  type SpecHistory,
} from './api-spec-history.ts';

export const HISTORY_STATE_PATH = 'api/stability-history.jsonl';
export { NOTICE_STATE_PATH, VERSIONS_STATE_PATH };

/**
 * The API contract (seed 004): every version of the OpenAPI spec from git, diffed with its
 * predecessor (summaries cached on the state branch, see `api-spec-history.ts`); one stability run
 * per build kept on the state branch (backfilled from git history the first time); placeholder
 * mechanics when the spec cannot be read; the SemVer policy of the current spec against its
 * baseline; the `governance_notice` payload. The POST happens after the build is written
 * (`deliverApiNotice` below).
 */
export const apiKind: EvidenceKind<'api'> = {
  id: 'api',
  collect: collectApi,
};

async function collectApi(context: BuildContext): Promise<KindResult<'api'>> {
  const { config, repo, now } = context;
  const source = config.sources.openapi!;
  const thresholds = config.thresholds;
  const specPath = source.path;
  context.progress(`api: reading the history of ${specPath}`);

  const spec = await readSpecHistory(repo, specPath, context.previousState.get(VERSIONS_STATE_PATH));
  const { live, summaries, docs, diffs } = spec;
  const current = await readCurrent(repo, specPath, spec);
  const currentIndex = current.index ?? live.length;

  // The previous readable version in git (classification) and the SemVer baseline.
  const previousIndex = lastValidBefore(summaries, currentIndex);
  const baselineIndex = baselineBefore(summaries, currentIndex);
  const previous = previousIndex >= 0 ? await loaded(docs, live, previousIndex) : null;

  // Run history: from the state branch, or backfilled from the spec's versions the first time.
  const stored = context.previousState.get(HISTORY_STATE_PATH);
  const history = stored?.trim()
    ? parseHistory(stored, `${HISTORY_STATE_PATH} (state branch ${config.state.branch})`)
    : backfill(summaries);
  const earlier = runsBefore(history, repo.head.commit);
  const lastReal = [...earlier].reverse().find((record) => record.spec_blob !== null);
  let runBase: Loaded | null = null;
  if (lastReal) {
    const index = lastIndexOf(live, (version, i) => version.blob === lastReal.spec_blob && summaries[i]!.valid);
    runBase = index >= 0 ? await loaded(docs, live, index) : previous;
  }

  let runDiff: { breaking: number; added: number; removed: number } = { breaking: 0, added: 0, removed: 0 };
  if (current.doc) {
    if (!runBase) runDiff = { breaking: 0, added: countOperations(current.doc.paths), removed: 0 };
    else if (runBase.blob === current.blob && current.blob !== null) runDiff = { breaking: 0, added: 0, removed: 0 };
    else runDiff = counts(diffs.get(runBase, { blob: current.blob, doc: current.doc }));
  }
  const placeholder = current.doc === null;
  const record: StabilityRecord = {
    commit: repo.head.commit,
    time: now,
    spec_blob: placeholder ? null : current.blob,
    version: current.doc ? versionOf(current.doc) : null,
    breaking: runDiff.breaking,
    operations_added: runDiff.added,
    operations_removed: runDiff.removed,
    placeholder,
    score: scoreRun({ placeholder, breaking: runDiff.breaking }),
  };
  const runs = upsertRun(history, record);
  const metrics = computeStabilityMetrics(runs, thresholds.stability_window_size, now);
  const verdict = evaluatePlaceholder(metrics.extensions.placeholder_streak, thresholds);

  const currentRef = current.doc ? { blob: current.blob, doc: current.doc } : null;
  const changeDiff = currentRef && previous ? diffs.get(previous, currentRef) : null;
  let semver: SemverValidation;
  if (currentRef) {
    // Each version is checked against the last one that passed the policy (see semverChain).
    const baseline = baselineIndex >= 0 ? await loaded(docs, live, baselineIndex) : null;
    const chain = [...chainOf(summaries.slice(0, currentIndex)), { valid: true, version: versionOf(currentRef.doc) }];
    semver = evaluateAgainst(
      chain,
      currentIndex,
      baselineIndex >= 0 ? baselineIndex : null,
      previousIndex >= 0 ? previousIndex : null,
      () => diffs.get(baseline!, currentRef).breaking,
    );
  } else {
    semver = placeholderSemver(current.error!, previous ? versionOf(previous.doc) : null);
  }
  const classification = classifyOperations(
    changeDiff,
    previous && current.doc ? { commit: previous.commit, version: versionOf(previous.doc) } : null,
    current.doc ? { commit: current.commit, version: versionOf(current.doc) } : null,
    current.doc ? countOperations(current.doc.paths) : 0,
  );
  const placeholderReason = current.error ? describe(current.error) : null;
  const summary = governanceSummary({ metrics, semver, classification, placeholderReason, commit: repo.head.commit, now });

  const stabilityDrop = metrics.window_total_count > 0 && metrics.window_stability_ratio < thresholds.stability_alert_threshold;
  const previousNotice = readNoticeState(context.previousState.get(NOTICE_STATE_PATH));
  const decision = decideNotice(
    previousNotice,
    { semverFail: semver.status === 'fail', stabilityDrop, placeholderAlert: verdict.alert },
    repo.head.commit,
  );
  const notice = buildNotice({
    commit: repo.head.commit,
    semverStatus: placeholder ? 'unknown' : semver.status,
    stabilityRatio: metrics.window_stability_ratio,
    reasons: decision.reasons,
    operations: { added: classification.operations.added.length, removed: classification.operations.removed.length },
  });

  const section: ApiSection = {
    spec_path: specPath,
    title: current.doc ? titleOf(current.doc) : null,
    metrics,
    semver,
    classification,
    summary,
    placeholder: { ...verdict, error: current.error },
    notice,
    due_reasons: decision.due,
    history: runs,
    versions: summaries,
  };

  const files: OutputFile[] = [
    { path: 'status/stability-metrics.json', content: stableJson(metrics) },
    { path: 'status/semver-validation.json', content: stableJson(semver) },
    { path: 'status/governance-summary.json', content: stableJson(summary) },
    // The seed's embed snippet fetches the summary from the site root.
    { path: 'governance-summary.json', content: stableJson(summary) },
    { path: 'status/operations-classification.json', content: stableJson(classification) },
    { path: 'status/stability-history.jsonl', content: serializeHistory(runs) },
    { path: WEBHOOK_PAYLOAD_PATH, content: serializeNotice(notice) },
    { path: WEBHOOK_SCHEMA_PATH, content: stableJson(governanceWebhookJsonSchema) },
  ];

  return {
    section,
    files,
    badges: apiBadges(
      {
        window_stability_ratio: metrics.window_stability_ratio,
        window_total_count: metrics.window_total_count,
        stability_ratio: summary.stability_ratio,
        placeholder: summary.placeholder,
        placeholder_streak: summary.placeholder_streak,
        semver_policy_status: semver.status,
        payload_version: PAYLOAD_VERSION,
      },
      config.badges.cache_seconds,
    ),
    checks: apiChecks(section, thresholds.stability_alert_threshold, thresholds.placeholder_streak_alert_threshold, thresholds.placeholder_max_runs),
    events: apiFeedEvents(runs, section.versions, { windowSize: thresholds.stability_window_size, stabilityThreshold: thresholds.stability_alert_threshold }),
    state: {
      [HISTORY_STATE_PATH]: serializeHistory(runs),
      [NOTICE_STATE_PATH]: stableJson(decision.state),
      [VERSIONS_STATE_PATH]: spec.cacheText,
    },
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
  const payload = input.files.find((file) => file.path === WEBHOOK_PAYLOAD_PATH);
  if (!source || !payload) return null;
  const state = input.state instanceof Map ? Object.fromEntries(input.state) : (input.state as Record<string, string>);
  return deliverNotice({
    payload: typeof payload.content === 'string' ? payload.content : Buffer.from(payload.content).toString('utf8'),
    state,
    env: input.env,
    timeoutMs: source.webhook_timeout_ms,
    retries: source.webhook_retries,
    fetchImpl: input.fetchImpl,
  });
}

// ---------------------------------------------------------------------------------------------
// Internal

/** A readable version of the spec, loaded. */
interface Loaded {
  commit: string;
  blob: string | null;
  doc: OpenApiDocument;
}

interface Current {
  /** Index in the history when HEAD's spec is its last version; null otherwise. */
  index: number | null;
  commit: string;
  date: string;
  blob: string | null;
  doc: OpenApiDocument | null;
  error: SpecError | null;
}

async function readCurrent(repo: Repository, specPath: string, spec: SpecHistory): Promise<Current> {
  const head = await readHeadFile(repo, specPath);
  const headDate = new Date(repo.head.timestamp * 1000).toISOString();
  if (head === null) {
    const error: SpecError = {
      message: `OpenAPI spec not found at HEAD (${repo.head.commit.slice(0, 7)}); set sources.openapi.path to where the spec lives`,
      file: specPath,
      where: null,
    };
    return { index: null, commit: repo.head.commit, date: headDate, blob: null, doc: null, error };
  }
  const blob = gitBlobId(head);
  const lastIndex = spec.live.length - 1;
  const last = spec.live[lastIndex];
  if (last && last.blob === blob) {
    const parsed = await spec.docs.get(lastIndex);
    return { index: lastIndex, commit: last.commit, date: last.date, blob, ...parsed };
  }
  return { index: null, commit: repo.head.commit, date: headDate, blob, ...(await parseSpec(head, specPath)) };
}

async function loaded(docs: DocStore, live: LiveVersion[], index: number): Promise<Loaded> {
  const parsed = await docs.get(index);
  return { commit: live[index]!.commit, blob: live[index]!.blob, doc: parsed.doc! };
}

/** A repository without history yet: one run per version of the spec, as if built at each. */
function backfill(summaries: readonly SpecVersionSummary[]): StabilityRecord[] {
  return summaries.map((summary) => {
    const placeholder = !summary.valid;
    return {
      commit: summary.commit,
      time: summary.date,
      spec_blob: placeholder ? null : summary.blob,
      version: summary.version,
      breaking: summary.breaking,
      operations_added: summary.added,
      operations_removed: summary.removed,
      placeholder,
      score: scoreRun({ placeholder, breaking: summary.breaking }),
    };
  });
}

function counts(diff: OpenApiDiff): { breaking: number; added: number; removed: number } {
  return { breaking: diff.breaking, added: diff.operations.added.length, removed: diff.operations.removed.length };
}

function titleOf(doc: OpenApiDocument): string | null {
  const title = (doc.info as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' ? title : null;
}

function lastIndexOf<T>(items: readonly T[], predicate: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i]!, i)) return i;
  return -1;
}

function describe(error: SpecError): string {
  return [error.file, error.where, error.message].filter(Boolean).join(': ');
}

function placeholderSemver(error: SpecError, previousVersion: string | null): SemverValidation {
  return {
    status: 'warn',
    current_version: null,
    previous_version: previousVersion,
    breaking: false,
    messages: [`The current spec could not be read, so the SemVer policy cannot be checked: ${describe(error)}`],
    recommendations: ['Fix the spec (see the placeholder error); the policy is checked again on the next build.'],
    rule: 'placeholder',
  };
}

function apiChecks(section: ApiSection, stabilityThreshold: number, alertThreshold: number, maxRuns: number): Check[] {
  const { metrics, semver, placeholder } = section;
  const checks: Check[] = [];
  if (placeholder.error) {
    const notes = [`placeholder streak ${placeholder.streak}`];
    if (placeholder.alert) notes.push(`alert: reached placeholder_streak_alert_threshold ${alertThreshold}`);
    if (placeholder.exceeded) notes.push(`exceeds placeholder_max_runs ${maxRuns}: failing the build`);
    checks.push({
      id: 'api.spec',
      kind: 'api',
      title: 'API spec',
      status: placeholder.status,
      message: `${describe(placeholder.error)} (placeholder metrics published; ${notes.join('; ')})`,
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
  const ratio = metrics.window_stability_ratio;
  const low = metrics.window_total_count > 0 && ratio < stabilityThreshold;
  checks.push({
    id: 'api.stability',
    kind: 'api',
    title: 'API stability',
    status: low ? 'warn' : 'pass',
    message:
      `window stability ${formatPercent(ratio)} over the last ${metrics.window_total_count} runs` +
      (low ? ` is below the alert threshold ${formatPercent(stabilityThreshold)}` : '') +
      `; current stable streak ${metrics.current_stable_streak}`,
  });
  return checks;
}

