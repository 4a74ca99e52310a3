import type { GovernanceSummary, OperationsClassification, Reason, SemverValidation, StabilityMetrics, StabilityRecord } from '../metrics/api/index.ts';
import type { PlaceholderVerdict } from '../metrics/api/placeholder.ts';
import type { GovernanceNotice } from '../publish/webhook/payload.ts';

/** Why this build could not read the spec (the placeholder's cause), as the user must see it. */
export interface SpecError {
  message: string;
  file: string;
  /** `line N` or a JSON path (`$.paths["/pets"].get.responses["200"].$ref`); null when not known. */
  where: string | null;
}

/** Section of the StatusModel for the API contract evidence kind (seed 004). */
export interface ApiSection {
  /** Path of the spec in the repository (`sources.openapi.path`). */
  spec_path: string;
  /** `info.title` of the current spec; null for a placeholder run. */
  title: string | null;
  /** `status/stability-metrics.json`. */
  metrics: StabilityMetrics;
  /** `status/semver-validation.json`. */
  semver: SemverValidation;
  /** `status/operations-classification.json`: previous version of the spec in git -> current. */
  classification: OperationsClassification;
  /** `status/governance-summary.json`. */
  summary: GovernanceSummary;
  placeholder: PlaceholderVerdict & { error: SpecError | null };
  /** `status/webhook-payload.json`. */
  notice: GovernanceNotice;
  /** Reasons this build has to announce (POSTed when GOVERNANCE_WEBHOOK is set). */
  due_reasons: Reason[];
  /** The whole run history, oldest first (for the history chart). */
  history: StabilityRecord[];
  /** Every version of the spec in git, oldest first, with its diff against the one before. */
  versions: SpecVersionSummary[];
}

export interface SpecVersionSummary {
  commit: string;
  /** Git blob id of this version of the spec. */
  blob: string;
  /** ISO 8601 UTC. */
  date: string;
  version: string | null;
  /** False when this version could not be parsed. */
  valid: boolean;
  operations: number;
  added: number;
  removed: number;
  breaking: number;
  /** SemVer policy of this version against the last version that passed it; null when invalid. */
  semver_status: 'ok' | 'warn' | 'fail' | null;
}
