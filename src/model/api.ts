import { z } from 'zod';
import { checkStatusSchema } from './check.ts';
import { governanceNoticeSchema, reasonSchema } from './webhook.ts';

/**
 * The API contract kind (seed 004): its section of the StatusModel, the `status/*.json` files it
 * publishes (each the section's field of the same name) and the files it keeps on the state branch.
 */

/** Files the kind keeps on the state branch, read back at the start of the next build. */
export const HISTORY_STATE_PATH = 'api/stability-history.jsonl';
export const VERSIONS_STATE_PATH = 'api/spec-versions.json';
export const NOTICE_STATE_PATH = 'api/notice-state.json';

const count = z.number().int().min(0);
const ratio = z.number().min(0).max(1);

/** Why this build could not read the spec (the placeholder's cause), as the user must see it. */
export const specErrorSchema = z.strictObject({
  message: z.string(),
  file: z.string(),
  /** `line N` or a JSON path (`$.paths["/pets"].get.responses["200"].$ref`); null when not known. */
  where: z.string().nullable(),
});

// What the OpenAPI diff engine (`metrics/openapi/`) reports, as published in the classification.

export const findingLevelSchema = z.enum(['breaking', 'warning', 'info']);

/** An operation, identified as the seed does: upper-case method and path template. */
export const operationSchema = z.strictObject({ method: z.string(), path: z.string() });

export const findingSchema = z.strictObject({
  /** Stable kebab-case rule id, e.g. `request-parameter-became-required`. */
  id: z.string(),
  level: findingLevelSchema,
  /** One sentence for humans, naming the operation and the element. */
  message: z.string(),
  /** `GET /pets/{id}` when the change belongs to one operation. */
  operation: z.string().optional(),
  /** JSON pointer-like location in the revision (or base, for removals). */
  location: z.string().optional(),
});

/**
 * One line of the stability history (`api/stability-history.jsonl` on the state branch,
 * `status/stability-history.jsonl` published): one record per build ("run"). A run is stable when
 * the spec was read and nothing breaking changed since the previous run.
 */
export const stabilityRecordSchema = z.strictObject({
  /** HEAD commit the run was built from (full id). */
  commit: z.string().regex(/^[0-9a-f]{7,64}$/, 'a hexadecimal commit id'),
  /** ISO 8601 UTC: the build's `now` (backfilled runs: the commit's date). */
  time: z.string().min(1),
  /** Blob id of the spec the run read, null for a placeholder run; the next run diffs against it. */
  spec_blob: z.string().nullable(),
  /** `info.version` of the spec the run read, null when absent or placeholder. */
  version: z.string().nullable(),
  /** Breaking findings since the previous run. */
  breaking: count,
  /** Operations added and removed since the spec the previous real run read; 0 for the first (the baseline). */
  operations_added: count,
  operations_removed: count,
  /** The spec could not be read or parsed: the run published placeholder metrics. */
  placeholder: z.boolean(),
  /** See `scoreRun` (metrics/api/history.ts). */
  score: ratio,
});

/** `status/stability-metrics.json`: every field the seed names, plus run totals. */
export const stabilityMetricsSchema = z.strictObject({
  /** Stable runs / runs in the window (0..1). */
  window_stability_ratio: ratio,
  /** Configured window (`thresholds.stability_window_size`). */
  window_size: z.number().int().positive(),
  window_stable_count: count,
  /** Runs in the window: min(window_size, total_runs). */
  window_total_count: count,
  /** Stable runs since the last breaking or placeholder run. */
  current_stable_streak: count,
  longest_stable_streak: count,
  /** Stable runs / all recorded runs. */
  overall_stability_ratio: ratio,
  /** Mean run score over the window. */
  window_mean_score: ratio,
  /** The current run could not read the spec: these figures come from history only. */
  placeholder: z.boolean(),
  extensions: z.strictObject({ placeholder_streak: count }),
  total_runs: count,
  /** Commit of the latest run. */
  commit: z.string().nullable(),
  /** The build's `now`. */
  generated_at: z.string(),
});

export const semverStatusSchema = z.enum(['ok', 'warn', 'fail']);

/** `status/semver-validation.json`, in the seed's shape (plus `rule`, which rule decided). */
export const semverValidationSchema = z.strictObject({
  status: semverStatusSchema,
  current_version: z.string().nullable(),
  previous_version: z.string().nullable(),
  breaking: z.boolean(),
  messages: z.array(z.string()),
  recommendations: z.array(z.string()),
  /**
   * `rule-1` .. `rule-4` of the seed, or `not-semver`, `first-version`, `prerelease`, `zero-major`,
   * `downgrade`, `unchanged`, `placeholder`.
   */
  rule: z.string(),
});

/** One side of the comparison: which commit and version of the spec. */
export const specRefSchema = z.strictObject({ commit: z.string(), version: z.string().nullable() });

/** `status/operations-classification.json`: the full arrays the webhook only counts. */
export const operationsClassificationSchema = z.strictObject({
  /** Previous version of the spec in git, null for the first version (or a placeholder run). */
  base: specRefSchema.nullable(),
  revision: specRefSchema.nullable(),
  operations: z.strictObject({ added: z.array(operationSchema), removed: z.array(operationSchema), total: count }),
  breaking: count,
  counts: z.strictObject({ breaking: count, warning: count, info: count }),
  /** Findings grouped by rule id (ids sorted), each list in the diff's order. */
  findings_by_rule: z.record(z.string(), z.array(findingSchema)),
});

/**
 * `governance-summary.json` (published at `status/` and at the site root, where the seed's embed
 * snippet fetches it): the figures a dashboard needs in one fetch.
 */
export const governanceSummarySchema = z.strictObject({
  /** `window_stability_ratio` (0..1): the seed's snippet shows it as `stability_ratio * 100`. */
  stability_ratio: ratio,
  overall_stability_ratio: ratio,
  current_stable_streak: count,
  placeholder: z.boolean(),
  placeholder_streak: count,
  /** The error that made this run a placeholder, `file: where: message`; null when none. */
  placeholder_reason: z.string().nullable(),
  semver_policy_status: semverStatusSchema,
  current_version: z.string().nullable(),
  breaking_changes_count: count,
  operations: z.strictObject({ added: count, removed: count, total: count }),
  commit: z.string(),
  generated_at: z.string(),
});

/** The placeholder streak against the seed's two knobs. */
export const placeholderVerdictSchema = z.strictObject({
  streak: count,
  /** Streak reached the alert threshold (webhook reason `placeholder_streak`). */
  alert: z.boolean(),
  /** Streak exceeded `placeholder_max_runs`: the build fails. */
  exceeded: z.boolean(),
  status: checkStatusSchema,
});

/** One version of the spec in git, with its diff against the last readable version before it. */
export const specVersionSummarySchema = z.strictObject({
  commit: z.string(),
  /** Git blob id of this version of the spec. */
  blob: z.string(),
  /** ISO 8601 UTC. */
  date: z.string(),
  version: z.string().nullable(),
  /** False when this version could not be parsed. */
  valid: z.boolean(),
  operations: count,
  /** Against the last valid version before it; 0 for the first valid version (the baseline). */
  added: count,
  removed: count,
  breaking: count,
  /** SemVer policy of this version against the last version that passed it; null when invalid. */
  semver_status: semverStatusSchema.nullable(),
});

/**
 * `api/spec-versions.json` on the state branch: the summaries, so a build parses and diffs only the
 * versions that are new since the last one. `engine` names the rules and release that wrote them.
 */
export const specVersionsCacheSchema = z.strictObject({ engine: z.string(), versions: z.array(specVersionSummarySchema) });

/** Section of the StatusModel for the API contract evidence kind. */
export const apiSectionSchema = z.strictObject({
  /** Path of the spec in the repository (`sources.openapi.path`). */
  spec_path: z.string(),
  /** `info.title` of the current spec; null for a placeholder run. */
  title: z.string().nullable(),
  /** `status/stability-metrics.json`. */
  metrics: stabilityMetricsSchema,
  /** `status/semver-validation.json`. */
  semver: semverValidationSchema,
  /** `status/operations-classification.json`: previous version of the spec in git -> current. */
  classification: operationsClassificationSchema,
  /** `status/governance-summary.json`. */
  summary: governanceSummarySchema,
  placeholder: placeholderVerdictSchema.extend({ error: specErrorSchema.nullable() }),
  /** `status/webhook-payload.json`. */
  notice: governanceNoticeSchema,
  /** Reasons this build has to announce (POSTed when GOVERNANCE_WEBHOOK is set). */
  due_reasons: z.array(reasonSchema),
  /** The whole run history, oldest first (for the history chart). */
  history: z.array(stabilityRecordSchema),
  /** Every version of the spec in git, oldest first, with its diff against the one before. */
  versions: z.array(specVersionSummarySchema),
});

export type SpecError = z.infer<typeof specErrorSchema>;
export type FindingLevel = z.infer<typeof findingLevelSchema>;
export type Operation = z.infer<typeof operationSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type StabilityRecord = z.infer<typeof stabilityRecordSchema>;
export type StabilityMetrics = z.infer<typeof stabilityMetricsSchema>;
export type SemverStatus = z.infer<typeof semverStatusSchema>;
export type SemverValidation = z.infer<typeof semverValidationSchema>;
export type SpecRef = z.infer<typeof specRefSchema>;
export type OperationsClassification = z.infer<typeof operationsClassificationSchema>;
export type GovernanceSummary = z.infer<typeof governanceSummarySchema>;
export type PlaceholderVerdict = z.infer<typeof placeholderVerdictSchema>;
export type SpecVersionSummary = z.infer<typeof specVersionSummarySchema>;
export type SpecVersionsCache = z.infer<typeof specVersionsCacheSchema>;
export type ApiSection = z.infer<typeof apiSectionSchema>;
