import { z } from 'zod';

/**
 * Everything the catalog kind (seed 002) publishes or keeps on the state branch: the section,
 * `status/catalog.json`, `enforcement.json`, `checkpoint-latest.json`, `drift.json`,
 * `drift-issue.json`, and the checkpoints and their history under `catalog/` on the state branch.
 */

/** The ids of the policy rules (`metrics/catalog/rules.ts` holds the table of levels and descriptions). */
export const CATALOG_RULE_IDS = [
  'metadata-invalid',
  'required-file-missing',
  'tier-file-missing',
  'recommended-file-missing',
  'placeholder-description',
] as const;

export const catalogRuleIdSchema = z.enum(CATALOG_RULE_IDS);
export type CatalogRuleId = z.infer<typeof catalogRuleIdSchema>;

/** A `violation` makes the repository non-compliant; a `warning` fails enforcement only in strict mode. */
export const findingLevelSchema = z.enum(['violation', 'warning']);
export type FindingLevel = z.infer<typeof findingLevelSchema>;

export const policyFindingSchema = z.strictObject({
  rule: catalogRuleIdSchema,
  level: findingLevelSchema,
  message: z.string(),
  /** Repository-relative file the finding is about (the metadata file, or the missing file's first alternative). */
  file: z.string(),
});
export type PolicyFinding = z.infer<typeof policyFindingSchema>;

/** A tier 1..4, or null when the metadata is unusable. */
const tierSchema = z.number().int().nullable();
const countSchema = z.number().int().nonnegative();
/** Counts keyed by tier, lifecycle or owner. */
const countsSchema = z.record(z.string(), countSchema);

/** One repository of the portfolio with its metadata and policy results. */
export const catalogRepositorySchema = z.strictObject({
  /** The repository's folder, repository-relative (`organizations/acme/payments`). */
  id: z.string(),
  metadata_file: z.string(),
  /** Null (and the fields below) when the metadata file is unusable. */
  name: z.string().nullable(),
  description: z.string().nullable(),
  tier: tierSchema,
  owner: z.string().nullable(),
  lifecycle: z.string().nullable(),
  language: z.string().nullable(),
  tags: z.array(z.string()),
  compliant: z.boolean(),
  violations: z.array(policyFindingSchema),
  warnings: z.array(policyFindingSchema),
});
export type CatalogRepository = z.infer<typeof catalogRepositorySchema>;

export const catalogSummarySchema = z.strictObject({
  total: countSchema,
  compliant: countSchema,
  non_compliant: countSchema,
  /** compliant / total, 0..1 (1 when there are no repositories). */
  compliant_ratio: z.number().min(0).max(1),
  total_violations: countSchema,
  total_warnings: countSchema,
  /** Repositories per tier: keys "1".."4", plus "unknown" when some metadata is unusable (the seed's dashboard query). */
  by_tier: countsSchema,
  by_lifecycle: countsSchema,
  by_owner: countsSchema,
});
export type CatalogSummary = z.infer<typeof catalogSummarySchema>;

/** Repository ids per tier (same keys as `summary.by_tier`). */
const tiersSchema = z.record(z.string(), z.array(z.string()));

/** `status/catalog.json`. */
export const catalogDocumentSchema = z.strictObject({
  catalog_version: z.literal(1),
  commit: z.string(),
  generated_at: z.string(),
  summary: catalogSummarySchema,
  tiers: tiersSchema,
  /** Sorted by id. */
  repositories: z.array(catalogRepositorySchema),
});
export type CatalogDocument = z.infer<typeof catalogDocumentSchema>;

/** 0 ok; 1 violations (or, strict, warnings). */
const exitCodeSchema = z.union([z.literal(0), z.literal(1)]);

/** `status/enforcement.json`: the seed's enforcement report. */
export const enforcementReportSchema = z.strictObject({
  report_version: z.literal(1),
  commit: z.string(),
  generated_at: z.string(),
  strict: z.boolean(),
  passed: z.boolean(),
  exit_code: exitCodeSchema,
  total_repos: countSchema,
  compliant: countSchema,
  non_compliant: countSchema,
  total_violations: countSchema,
  total_warnings: countSchema,
  repositories: z.array(
    z.strictObject({
      id: z.string(),
      tier: tierSchema,
      compliant: z.boolean(),
      violations: z.array(policyFindingSchema),
      warnings: z.array(policyFindingSchema),
    }),
  ),
});
export type EnforcementReport = z.infer<typeof enforcementReportSchema>;

export const checkpointRepositorySchema = z.strictObject({
  tier: tierSchema,
  compliant: z.boolean(),
  violations: countSchema,
  warnings: countSchema,
  /** sha256 of every file, keyed by path relative to the repository folder. */
  files: z.record(z.string(), z.string()),
});
export type CheckpointRepository = z.infer<typeof checkpointRepositorySchema>;

/**
 * A snapshot of every repository's compliance and file hashes: `status/checkpoint-latest.json`,
 * and `catalog/checkpoint-latest.json` / `checkpoint-previous.json` on the state branch.
 */
export const checkpointSchema = z.strictObject({
  checkpoint_version: z.literal(1),
  commit: z.string().min(1),
  created_at: z.string().min(1),
  /** Written by `govpages catalog checkpoint --baseline`: drift starts again from here. */
  baseline: z.boolean(),
  /** Computed from the commit before the last change, because there was no saved checkpoint yet. */
  backfilled: z.boolean(),
  summary: z.strictObject({ total: countSchema, compliant: countSchema, non_compliant: countSchema }),
  repositories: z.record(z.string(), checkpointRepositorySchema),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

export const checkpointRefSchema = checkpointSchema.pick({ commit: true, created_at: true, baseline: true, backfilled: true });
export type CheckpointRef = z.infer<typeof checkpointRefSchema>;

/** One line of `catalog/checkpoint-history.jsonl` on the state branch. */
export const checkpointHistoryEntrySchema = z.strictObject({
  commit: z.string().min(1),
  created_at: z.string().min(1),
  baseline: z.boolean(),
  total: countSchema,
  compliant: countSchema,
  non_compliant: countSchema,
});
export type CheckpointHistoryEntry = z.infer<typeof checkpointHistoryEntrySchema>;

/** The catalog's state between builds: the last two checkpoints and the history, oldest first. */
export const checkpointStateSchema = z.strictObject({
  latest: checkpointSchema.nullable(),
  previous: checkpointSchema.nullable(),
  history: z.array(checkpointHistoryEntrySchema),
});
export type CheckpointState = z.infer<typeof checkpointStateSchema>;

export const fileChangesSchema = z.strictObject({
  repository: z.string(),
  added: z.array(z.string()),
  removed: z.array(z.string()),
  modified: z.array(z.string()),
});
export type FileChanges = z.infer<typeof fileChangesSchema>;

const repositoryStatusSchema = z.strictObject({ repository: z.string(), tier: tierSchema, compliant: z.boolean() });

/** `status/drift.json`: what changed between the last two checkpoints. */
export const driftSchema = z.strictObject({
  drift_version: z.literal(1),
  /** Any degraded, improved, new or removed repository, or changed hash. */
  has_drift: z.boolean(),
  previous: checkpointRefSchema.nullable(),
  latest: checkpointRefSchema,
  compliance_degraded: z.array(z.strictObject({ repository: z.string(), tier: tierSchema, violations: countSchema })),
  compliance_improved: z.array(z.strictObject({ repository: z.string(), tier: tierSchema })),
  new_repos: z.array(repositoryStatusSchema),
  removed_repos: z.array(repositoryStatusSchema),
  changed_hashes: z.array(fileChangesSchema),
  summary: z.strictObject({
    compliance_degraded: countSchema,
    compliance_improved: countSchema,
    new_repos: countSchema,
    removed_repos: countSchema,
    changed_repos: countSchema,
    changed_files: countSchema,
  }),
});
export type Drift = z.infer<typeof driftSchema>;

/** `status/drift-issue.json`: the issue a workflow opens when compliance degrades. */
export const driftIssueSchema = z.strictObject({
  open: z.boolean(),
  title: z.string(),
  body: z.string(),
  labels: z.array(z.string()),
});
export type DriftIssue = z.infer<typeof driftIssueSchema>;

export const catalogRuleSchema = z.strictObject({ id: catalogRuleIdSchema, level: findingLevelSchema, description: z.string() });
export type CatalogRule = z.infer<typeof catalogRuleSchema>;

export const catalogSectionSchema = z.strictObject({
  metadata_patterns: z.array(z.string()),
  strict: z.boolean(),
  summary: catalogSummarySchema,
  repositories: z.array(catalogRepositorySchema),
  tiers: tiersSchema,
  enforcement: z.strictObject({ passed: z.boolean(), exit_code: exitCodeSchema }),
  drift: driftSchema,
  /** Oldest first. */
  checkpoints: z.array(checkpointHistoryEntrySchema),
  issue: driftIssueSchema,
  rules: z.array(catalogRuleSchema),
});
export type CatalogSection = z.infer<typeof catalogSectionSchema>;
