import type { PolicyFinding } from '../metrics/catalog/rules.ts';

export type { PolicyFinding };

/** One repository of the portfolio with its metadata and policy results. */
export interface CatalogRepository {
  /** The repository's folder, repository-relative (`organizations/acme/payments`). */
  id: string;
  metadata_file: string;
  /** Null (and the fields below) when the metadata file is unusable. */
  name: string | null;
  description: string | null;
  tier: number | null;
  owner: string | null;
  lifecycle: string | null;
  language: string | null;
  tags: string[];
  compliant: boolean;
  violations: PolicyFinding[];
  warnings: PolicyFinding[];
}

export interface CatalogSummary {
  total: number;
  compliant: number;
  non_compliant: number;
  /** compliant / total, 0..1 (1 when there are no repositories). */
  compliant_ratio: number;
  total_violations: number;
  total_warnings: number;
  /** Repositories per tier: keys "1".."4", plus "unknown" when some metadata is unusable (the seed's dashboard query). */
  by_tier: Record<string, number>;
  by_lifecycle: Record<string, number>;
  by_owner: Record<string, number>;
}

/** `status/catalog.json`. */
export interface CatalogDocument {
  catalog_version: 1;
  commit: string;
  generated_at: string;
  summary: CatalogSummary;
  /** Repository ids per tier (same keys as `summary.by_tier`). */
  tiers: Record<string, string[]>;
  /** Sorted by id. */
  repositories: CatalogRepository[];
}

/** `status/enforcement.json`: the seed's enforcement report. */
export interface EnforcementReport {
  report_version: 1;
  commit: string;
  generated_at: string;
  strict: boolean;
  passed: boolean;
  /** 0 ok; 1 violations (or, strict, warnings). */
  exit_code: 0 | 1;
  total_repos: number;
  compliant: number;
  non_compliant: number;
  total_violations: number;
  total_warnings: number;
  repositories: { id: string; tier: number | null; compliant: boolean; violations: PolicyFinding[]; warnings: PolicyFinding[] }[];
}

export interface CheckpointRepository {
  tier: number | null;
  compliant: boolean;
  violations: number;
  warnings: number;
  /** sha256 of every file, keyed by path relative to the repository folder. */
  files: Record<string, string>;
}

/** A snapshot of every repository's compliance and file hashes (`checkpoint-latest.json`). */
export interface Checkpoint {
  checkpoint_version: 1;
  commit: string;
  created_at: string;
  /** Written by `govpages catalog checkpoint --baseline`: drift starts again from here. */
  baseline: boolean;
  /** Computed from the commit before the last change, because there was no saved checkpoint yet. */
  backfilled: boolean;
  summary: { total: number; compliant: number; non_compliant: number };
  repositories: Record<string, CheckpointRepository>;
}

export interface CheckpointRef {
  commit: string;
  created_at: string;
  baseline: boolean;
  backfilled: boolean;
}

export interface FileChanges {
  repository: string;
  added: string[];
  removed: string[];
  modified: string[];
}

/** `status/drift.json`: what changed between the last two checkpoints. */
export interface Drift {
  drift_version: 1;
  /** Any degraded, improved, new or removed repository, or changed hash. */
  has_drift: boolean;
  previous: CheckpointRef | null;
  latest: CheckpointRef;
  compliance_degraded: { repository: string; tier: number | null; violations: number }[];
  compliance_improved: { repository: string; tier: number | null }[];
  new_repos: { repository: string; tier: number | null; compliant: boolean }[];
  removed_repos: { repository: string; tier: number | null; compliant: boolean }[];
  changed_hashes: FileChanges[];
  summary: {
    compliance_degraded: number;
    compliance_improved: number;
    new_repos: number;
    removed_repos: number;
    changed_repos: number;
    changed_files: number;
  };
}

/** One line of `catalog/checkpoint-history.jsonl` on the state branch. */
export interface CheckpointHistoryEntry {
  commit: string;
  created_at: string;
  baseline: boolean;
  total: number;
  compliant: number;
  non_compliant: number;
}

/** `status/drift-issue.json`: the issue a workflow opens when compliance degrades. */
export interface DriftIssue {
  open: boolean;
  title: string;
  body: string;
  labels: string[];
}

export interface CatalogSection {
  metadata_patterns: string[];
  strict: boolean;
  summary: CatalogSummary;
  repositories: CatalogRepository[];
  tiers: Record<string, string[]>;
  enforcement: { passed: boolean; exit_code: 0 | 1 };
  drift: Drift;
  /** Oldest first. */
  checkpoints: CheckpointHistoryEntry[];
  issue: DriftIssue;
  rules: { id: string; level: 'violation' | 'warning'; description: string }[];
}
