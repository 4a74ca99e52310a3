import type { GovpagesConfig } from '../../config/schema.ts';
import { GovpagesError } from '../../errors.ts';
import { fileHistory, readHeadFile, type Repository } from '../../git/index.ts';
import {
  apiFeedEvents,
  classifyOperations,
  computeStabilityMetrics,
  countOperations,
  decideNotice,
  evaluatePlaceholder,
  semverChain,
  governanceSummary,
  parseHistory,
  runsBefore,
  scoreRun,
  serializeHistory,
  stableJson,
  upsertRun,
  type SemverValidation,
  type StabilityRecord,
} from '../../metrics/api/index.ts';
import { diffOpenApi, type OpenApiDiff } from '../../metrics/openapi/index.ts';
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
import { parseOpenApi, type OpenApiDocument } from '../../sources/openapi/index.ts';
import type { BuildContext, EvidenceKind, KindResult, OutputFile } from '../kind.ts';

export const HISTORY_STATE_PATH = 'api/stability-history.jsonl';
export { NOTICE_STATE_PATH };

/**
 * The API contract (seed 004): every version of the OpenAPI spec from git, diffed with its
 * predecessor; one stability run per build kept on the state branch (backfilled from git history
 * the first time); placeholder mechanics when the spec cannot be read; the SemVer policy between
 * the previous and current versions of the spec; the `governance_notice` payload. The POST itself
 * happens after the build is written (`deliverNotice` in `src/publish/webhook/`).
 */
export const apiKind: EvidenceKind<'api'> = {
  id: 'api',
  enabled: (config) => config.sources.openapi !== undefined,
  collect: collectApi,
};

/** One version of the spec from git, parsed, or the error that stopped it. */
interface SpecVersion {
  commit: string;
  date: string;
  blob: string | null;
  content: Buffer;
  doc: OpenApiDocument | null;
  error: SpecError | null;
}

async function collectApi(context: BuildContext): Promise<KindResult<'api'>> {
  const { config, repo, now } = context;
  const source = config.sources.openapi!;
  const thresholds = config.thresholds;
  const specPath = source.path;
  context.progress(`api: reading the history of ${specPath}`);

  const versions = await readVersions(repo, specPath);
  const current = await readCurrent(repo, specPath, versions);
  const diffs = new DiffCache();
  const consecutive = summarizeVersions(versions, diffs);

  // The previous version of the spec in git: what SemVer and the classification compare with.
  const currentIndex = current.fromVersion ? versions.length - 1 : versions.length;
  const previous = findLastValid(versions, currentIndex);

  // Run history: from the state branch, or backfilled from git the first time.
  const stored = context.previousState.get(HISTORY_STATE_PATH);
  const history = stored?.trim()
    ? parseHistory(stored, `${HISTORY_STATE_PATH} (state branch ${config.state.branch})`)
    : backfill(consecutive);
  const earlier = runsBefore(history, repo.head.commit);
  const lastReal = [...earlier].reverse().find((record) => record.spec_blob !== null);
  const runBase = lastReal
    ? (versions.findLast((version) => version.blob === lastReal.spec_blob && version.doc) ?? previous)
    : null;

  let runDiff: { breaking: number; added: number; removed: number } = { breaking: 0, added: 0, removed: 0 };
  if (current.doc) {
    if (!runBase) runDiff = { breaking: 0, added: countOperations(current.doc.paths), removed: 0 };
    else if (runBase.blob === current.blob && current.blob !== null) runDiff = { breaking: 0, added: 0, removed: 0 };
    else runDiff = counts(diffs.get(runBase, current));
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

  const changeDiff = current.doc && previous ? diffs.get(previous, current) : null;
  // SemVer along the whole history: each version against the last one that passed the policy.
  const chainVersions = current.fromVersion || !current.doc ? versions : [...versions, current];
  const chain = semverChain(
    chainVersions.map((version) => ({ valid: version.doc !== null, version: version.doc ? versionOf(version.doc) : null })),
    (base, revision) => diffs.get(chainVersions[base]!, chainVersions[revision]!).breaking,
  );
  const semver: SemverValidation = current.doc ? chain.results[chainVersions.length - 1]! : placeholderSemver(current.error!, previous);
  const classification = classifyOperations(
    changeDiff,
    previous && current.doc ? { commit: previous.commit, version: versionOf(previous.doc!) } : null,
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
    versions: consecutive.map((entry, index) => ({ ...entry.summary, semver_status: chain.results[index]?.status ?? null })),
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
    { path: WEBHOOK_SCHEMA_PATH, content: `${JSON.stringify(governanceWebhookJsonSchema, null, 2)}\n` },
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

async function readVersions(repo: Repository, specPath: string): Promise<SpecVersion[]> {
  const versions: SpecVersion[] = [];
  for await (const version of fileHistory(repo, specPath)) {
    const parsed = await parse(version.content, version.path);
    versions.push({
      commit: version.commit,
      date: new Date(version.timestamp * 1000).toISOString(),
      blob: version.blob,
      content: version.content,
      ...parsed,
    });
  }
  return versions;
}

interface Current extends SpecVersion {
  /** True when HEAD's spec is the last version in `versions`. */
  fromVersion: boolean;
}

async function readCurrent(repo: Repository, specPath: string, versions: SpecVersion[]): Promise<Current> {
  const head = await readHeadFile(repo, specPath);
  const headDate = new Date(repo.head.timestamp * 1000).toISOString();
  if (head === null) {
    const error: SpecError = {
      message: `OpenAPI spec not found at HEAD (${repo.head.commit.slice(0, 7)}); set sources.openapi.path to where the spec lives`,
      file: specPath,
      where: null,
    };
    return { commit: repo.head.commit, date: headDate, blob: null, content: Buffer.alloc(0), doc: null, error, fromVersion: false };
  }
  const last = versions[versions.length - 1];
  if (last && last.content.equals(head)) return { ...last, fromVersion: true };
  return { commit: repo.head.commit, date: headDate, blob: null, content: head, ...(await parse(head, specPath)), fromVersion: false };
}

async function parse(content: Buffer, file: string): Promise<{ doc: OpenApiDocument | null; error: SpecError | null }> {
  try {
    return { doc: await parseOpenApi(content.toString('utf8'), file), error: null };
  } catch (error) {
    if (!(error instanceof GovpagesError)) throw error;
    return { doc: null, error: { message: error.message, file: error.location.file ?? file, where: error.location.where ?? null } };
  }
}

/** Diffs by (base blob, revision blob), so the same pair is never diffed twice in one build. */
class DiffCache {
  private readonly cache = new Map<string, OpenApiDiff>();
  get(base: SpecVersion, revision: SpecVersion): OpenApiDiff {
    const key = base.blob && revision.blob ? `${base.blob}:${revision.blob}` : null;
    const cached = key ? this.cache.get(key) : undefined;
    if (cached) return cached;
    const diff = diffOpenApi(base.doc!, revision.doc!);
    if (key) this.cache.set(key, diff);
    return diff;
  }
}

interface VersionEntry {
  version: SpecVersion;
  summary: SpecVersionSummary;
  diff: { breaking: number; added: number; removed: number };
}

/** Each version against the last valid version before it (the first against nothing). */
function summarizeVersions(versions: SpecVersion[], diffs: DiffCache): VersionEntry[] {
  const entries: VersionEntry[] = [];
  let base: SpecVersion | null = null;
  for (const version of versions) {
    let diff = { breaking: 0, added: 0, removed: 0 };
    if (version.doc) {
      if (!base) diff = { breaking: 0, added: countOperations(version.doc.paths), removed: 0 };
      else if (base.blob !== version.blob) diff = counts(diffs.get(base, version));
    }
    entries.push({
      version,
      diff,
      summary: {
        commit: version.commit,
        date: version.date,
        version: version.doc ? versionOf(version.doc) : null,
        valid: version.doc !== null,
        operations: version.doc ? countOperations(version.doc.paths) : 0,
        added: diff.added,
        removed: diff.removed,
        breaking: diff.breaking,
        semver_status: null,
      },
    });
    if (version.doc) base = version;
  }
  return entries;
}

/** A repository without history yet: one run per version of the spec, as if built at each. */
function backfill(entries: VersionEntry[]): StabilityRecord[] {
  return entries.map(({ version, diff }) => {
    const placeholder = version.doc === null;
    return {
      commit: version.commit,
      time: version.date,
      spec_blob: placeholder ? null : version.blob,
      version: version.doc ? versionOf(version.doc) : null,
      breaking: diff.breaking,
      operations_added: diff.added,
      operations_removed: diff.removed,
      placeholder,
      score: scoreRun({ placeholder, breaking: diff.breaking }),
    };
  });
}

function findLastValid(versions: SpecVersion[], before: number): SpecVersion | null {
  for (let i = Math.min(before, versions.length) - 1; i >= 0; i--) if (versions[i]!.doc) return versions[i]!;
  return null;
}

function counts(diff: OpenApiDiff): { breaking: number; added: number; removed: number } {
  return { breaking: diff.breaking, added: diff.operations.added.length, removed: diff.operations.removed.length };
}

function versionOf(doc: OpenApiDocument): string | null {
  const version = (doc.info as { version?: unknown } | undefined)?.version;
  return typeof version === 'string' && version.trim() ? version : null;
}

function titleOf(doc: OpenApiDocument): string | null {
  const title = (doc.info as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' ? title : null;
}

function describe(error: SpecError): string {
  return [error.file, error.where, error.message].filter(Boolean).join(': ');
}

function placeholderSemver(error: SpecError, previous: SpecVersion | null): SemverValidation {
  return {
    status: 'warn',
    current_version: null,
    previous_version: previous?.doc ? versionOf(previous.doc) : null,
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
      `window stability ${(ratio * 100).toFixed(1)}% over the last ${metrics.window_total_count} runs` +
      (low ? ` is below the alert threshold ${(stabilityThreshold * 100).toFixed(1)}%` : '') +
      `; current stable streak ${metrics.current_stable_streak}`,
  });
  return checks;
}

