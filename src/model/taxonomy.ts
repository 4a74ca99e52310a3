import type { Severity } from '../sources/taxonomy/schema.ts';

/** Figures of the alert taxonomy at one point in time (seed 004, "Badges"). */
export interface TaxonomyFigures {
  total: number;
  active: number;
  deprecated: number;
  /** deprecated / total, 0..1 (0 when total is 0). */
  deprecated_ratio: number;
  by_severity: Record<Severity, number>;
  /** Active alerts with a runbook that is present and not a placeholder. */
  runbook_complete: number;
  /** runbook_complete / active in percent, 0..100 (100 when there are no active alerts). */
  runbook_completeness_percent: number;
  /** Window length in days the churn figures cover. */
  churn_window_days: number;
  /** Alert names added plus removed between the start of the window and now. */
  churn: number;
  /** Severity-weighted churn (critical=5, high=3, medium=2, low=1). */
  risk_churn: number;
  /** 1 - churn/total, clamped to 0..1 (1 when total is 0). */
  stability: number;
  /** 1 - risk_churn/risk_total, clamped to 0..1. */
  risk_stability: number;
  /** Sum of severity weights of all alerts now. */
  risk_total: number;
  /** Churn and risk churn of the window before this one, for spike detection. */
  previous_churn: number;
  previous_risk_churn: number;
  /** risk_churn / max(previous_risk_churn, 1). */
  risk_churn_fold: number;
  risk_churn_spike: boolean;
  /** Whole days between the last change of the taxonomy file and now; null if never changed. */
  days_since_change: number | null;
}

export interface LintIssue {
  /** Stable rule id, e.g. `invalid-severity`, `placeholder-runbook`. */
  rule: string;
  level: 'error' | 'warning';
  alert: string | null;
  message: string;
  /** JSON path in the taxonomy file, or `file:line` in a rules file. */
  where: string;
  file: string;
}

export interface CoverageReport {
  rules_files: string[];
  /** Active alerts in the rules that the taxonomy does not list. */
  missing_in_taxonomy: string[];
  /** Deprecated taxonomy alerts that are still in the rules. */
  deprecated_in_rules: string[];
  /** Active taxonomy alerts with no rule (informational). */
  not_in_rules: string[];
}

export type RunbookStatus = 'complete' | 'missing' | 'placeholder';

export interface AlertRow {
  name: string;
  group: string;
  severity: Severity;
  scope: string;
  category: string;
  description: string;
  runbook: string | null;
  /** The runbook when it is an http(s) URL, for linking; null otherwise. */
  runbook_url: string | null;
  runbook_status: RunbookStatus;
  deprecated: boolean;
  deprecated_since: string | null;
  for: string | null;
  windows: string[];
}

export interface AlertChange {
  name: string;
  severity: Severity;
}

export interface FieldChange {
  name: string;
  field: 'group' | 'severity' | 'scope' | 'category' | 'description';
  from: string;
  to: string;
}

export interface ChangelogEntry {
  commit: string;
  /** ISO 8601 UTC. */
  date: string;
  added: AlertChange[];
  removed: AlertChange[];
  modified: FieldChange[];
  severity_transitions: { name: string; from: Severity; to: Severity }[];
}

/** One row of `taxonomy-metrics-history.json`: the figures at the end of a UTC day. */
export interface DailySnapshot {
  date: string;
  total: number;
  active: number;
  deprecated: number;
  deprecated_ratio: number;
  churn_30d: number;
  risk_churn_30d: number;
  stability: number;
  risk_stability: number;
  runbook_completeness_percent: number;
}

export interface TaxonomySection {
  path: string;
  figures: TaxonomyFigures;
  lint: { errors: LintIssue[]; warnings: LintIssue[] };
  coverage: CoverageReport | null;
  alerts: AlertRow[];
  /** Newest first. */
  changelog: ChangelogEntry[];
  /** Oldest first, one per UTC day from the first version to `now`. */
  history: DailySnapshot[];
  last_change: { commit: string; date: string } | null;
}
