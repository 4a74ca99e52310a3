import { z } from 'zod';
import { sectionSeverities, severityLevelSchema, severitySchema } from './severities.ts';

/**
 * The alert taxonomy's section of the model and every file the kind publishes (seed 004), as zod
 * schemas: the site parses `status/status.json` with them, so they accept exactly what a build
 * writes and nothing looser. The severity vocabulary lives in `severities.ts`.
 */

export {
  PROMETHEUS_SEVERITIES,
  SEED_SEVERITIES,
  type Severity,
  type SeverityLevel,
  type SeverityVocabulary,
  sectionSeverities,
  severityCounts,
  severityLevelSchema,
  severityRank,
  severitySchema,
} from './severities.ts';

const count = z.number().int().min(0);
/** Severity-weighted sums: weights may be fractional, so these are numbers, not counts. */
const weighted = z.number().min(0);
const ratio = z.number().min(0).max(1);
const percent = z.number().min(0).max(100);
const commit = z.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/, 'expected a full commit id');

/** Figures of the alert taxonomy at one point in time (seed 004, "Badges"). */
export const taxonomyFiguresSchema = z.strictObject({
  total: count,
  active: count,
  deprecated: count,
  /** deprecated / total, 0..1 (0 when total is 0). */
  deprecated_ratio: ratio,
  /** Alerts per severity: every name of the vocabulary (0 included), plus any severity outside it that an alert has. */
  by_severity: z.record(severitySchema, count),
  /** Active alerts with a runbook that is present and not a placeholder. */
  runbook_complete: count,
  /** runbook_complete / active in percent, 0..100 (100 when there are no active alerts). */
  runbook_completeness_percent: percent,
  /** Window length in days the churn figures cover. */
  churn_window_days: count,
  /**
   * Start of the period the churn figures cover: the later of now - churn_window_days and the
   * baseline (the file's first version, which is not churn).
   */
  window_start: z.iso.datetime(),
  /** The window started before the baseline: churn and stability cover only the time since `window_start`. */
  window_filling: z.boolean(),
  /** The previous window lies wholly on or after the baseline; without it there is no spike. */
  previous_window_complete: z.boolean(),
  /** Alert names added plus removed between the start of the window (or the baseline) and now. */
  churn: count,
  /** Severity-weighted churn (the vocabulary's weights; the seed's: critical=5, high=3, medium=2, low=1). */
  risk_churn: weighted,
  /** 1 - churn/total, clamped to 0..1 (1 when total is 0). */
  stability: ratio,
  /** 1 - risk_churn/risk_total, clamped to 0..1. */
  risk_stability: ratio,
  /** Sum of severity weights of all alerts now. */
  risk_total: weighted,
  /** Churn and risk churn of the window before this one, for spike detection. */
  previous_churn: count,
  previous_risk_churn: weighted,
  /** risk_churn / max(previous_risk_churn, 1). */
  risk_churn_fold: z.number().min(0),
  /** risk_churn > 0, risk_churn_fold at or above the threshold, and previous_window_complete. */
  risk_churn_spike: z.boolean(),
  /** Whole days between the last change of the taxonomy file and now; null if never changed. */
  days_since_change: count.nullable(),
});
export type TaxonomyFigures = z.infer<typeof taxonomyFiguresSchema>;

export const lintIssueSchema = z.strictObject({
  /** Stable rule id, e.g. `invalid-severity`, `placeholder-runbook`. */
  rule: z.string().min(1),
  level: z.enum(['error', 'warning']),
  alert: z.string().nullable(),
  message: z.string().min(1),
  /** JSON path in the taxonomy file, or `line N` in a rules file. */
  where: z.string(),
  file: z.string(),
});
export type LintIssue = z.infer<typeof lintIssueSchema>;

export const coverageReportSchema = z.strictObject({
  rules_files: z.array(z.string()),
  /** Active alerts in the rules that the taxonomy does not list. */
  missing_in_taxonomy: z.array(z.string()),
  /** Deprecated taxonomy alerts that are still in the rules. */
  deprecated_in_rules: z.array(z.string()),
  /** Active taxonomy alerts with no rule (informational). */
  not_in_rules: z.array(z.string()),
});
export type CoverageReport = z.infer<typeof coverageReportSchema>;

export const runbookStatusSchema = z.enum(['complete', 'missing', 'placeholder']);
export type RunbookStatus = z.infer<typeof runbookStatusSchema>;

/** One alert as the alert table shows it. */
export const alertRowSchema = z.strictObject({
  name: z.string().min(1),
  group: z.string().min(1),
  severity: severitySchema,
  scope: z.string().min(1),
  category: z.string().min(1),
  description: z.string(),
  runbook: z.string().nullable(),
  /** The runbook when it is an http(s) URL, for linking; null otherwise. */
  runbook_url: z.string().nullable(),
  runbook_status: runbookStatusSchema,
  deprecated: z.boolean(),
  deprecated_since: z.iso.datetime({ offset: true }).nullable(),
  for: z.string().nullable(),
  windows: z.array(z.string()),
});
export type AlertRow = z.infer<typeof alertRowSchema>;

export const alertChangeSchema = z.strictObject({ name: z.string().min(1), severity: severitySchema });
export type AlertChange = z.infer<typeof alertChangeSchema>;

export const fieldChangeSchema = z.strictObject({
  name: z.string().min(1),
  field: z.enum(['group', 'severity', 'scope', 'category', 'description']),
  from: z.string(),
  to: z.string(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/** One commit that changed an alert, for `ALERTS_CHANGELOG.md` and the changelog page. */
export const changelogEntrySchema = z.strictObject({
  commit,
  /** ISO 8601 UTC. */
  date: z.iso.datetime(),
  added: z.array(alertChangeSchema),
  removed: z.array(alertChangeSchema),
  modified: z.array(fieldChangeSchema),
  severity_transitions: z.array(z.strictObject({ name: z.string().min(1), from: severitySchema, to: severitySchema })),
});
export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;

/** One row of `taxonomy-metrics-history.json` and one `metrics-history/<date>.json`: the figures at the end of a UTC day. */
export const dailySnapshotSchema = z.strictObject({
  date: z.iso.date(),
  total: count,
  active: count,
  deprecated: count,
  deprecated_ratio: ratio,
  churn_30d: count,
  risk_churn_30d: weighted,
  stability: ratio,
  risk_stability: ratio,
  runbook_completeness_percent: percent,
});
export type DailySnapshot = z.infer<typeof dailySnapshotSchema>;

export const lastChangeSchema = z.strictObject({ commit, date: z.iso.datetime() }).nullable();

export const taxonomySectionSchema = z
  .strictObject({
    path: z.string().min(1),
    /**
     * The severity vocabulary the figures were weighted with, highest weight first. Absent when it is
     * the seed's (critical 5, high 3, medium 2, low 1), so builds with the default vocabulary publish
     * the same bytes as before the vocabulary was configurable; read it with `sectionSeverities`.
     */
    severities: z.array(severityLevelSchema).min(1).optional(),
    figures: taxonomyFiguresSchema,
    lint: z.strictObject({ errors: z.array(lintIssueSchema), warnings: z.array(lintIssueSchema) }),
    coverage: coverageReportSchema.nullable(),
    alerts: z.array(alertRowSchema),
    /** Newest first. */
    changelog: z.array(changelogEntrySchema),
    /** Oldest first, one per UTC day from the first version to `now`. */
    history: z.array(dailySnapshotSchema),
    /** The file's first version up to now: churn counts changes after it. Null with no history. */
    baseline: lastChangeSchema,
    last_change: lastChangeSchema,
  })
  .superRefine((section, context) => {
    // Every severity of the vocabulary has its count, so pages and exports never show a gap.
    for (const { name } of sectionSeverities(section)) {
      if (!(name in section.figures.by_severity)) {
        context.addIssue({ code: 'custom', message: `expected a count for severity ${JSON.stringify(name)}`, path: ['figures', 'by_severity', name] });
      }
    }
  });
export type TaxonomySection = z.infer<typeof taxonomySectionSchema>;

/** A past version of the taxonomy that did not parse: history, not input, so reported and skipped. */
export const skippedVersionSchema = z.strictObject({ commit, error: z.string().min(1) });
export type SkippedVersion = z.infer<typeof skippedVersionSchema>;

/** `status/alerts-changelog.json`. */
export const alertsChangelogFileSchema = z.strictObject({ path: z.string().min(1), entries: z.array(changelogEntrySchema) });

/** `status/taxonomy-metrics.json`. */
export const taxonomyMetricsFileSchema = z.strictObject({
  path: z.string().min(1),
  figures: taxonomyFiguresSchema,
  baseline: lastChangeSchema,
  last_change: lastChangeSchema,
});

/** `status/taxonomy-lint.json`. */
export const taxonomyLintFileSchema = z.strictObject({
  path: z.string().min(1),
  errors: z.array(lintIssueSchema),
  warnings: z.array(lintIssueSchema),
  coverage: coverageReportSchema.nullable(),
  skipped_versions: z.array(skippedVersionSchema),
});

/** `taxonomy-metrics-history.json`. */
export const taxonomyHistoryFileSchema = z.array(dailySnapshotSchema);
