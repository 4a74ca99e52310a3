/**
 * The contract between the OpenAPI diff engine (`src/metrics/openapi/`) and its users (the API
 * evidence kind, `govpages diff`, the site). Pure data.
 */

import type { Finding, FindingLevel, Operation } from '../../model/api.ts';

// Findings and operations are published (in the API classification), so their shape is the model's.
export type { Finding, FindingLevel, Operation } from '../../model/api.ts';

export interface OpenApiDiff {
  operations: { added: Operation[]; removed: Operation[] };
  findings: Finding[];
  /** Count of findings at level `breaking`. */
  breaking: number;
}

/** One row of the rule table (`RULES`): what `govpages diff` documents and the site lists. */
export interface RuleInfo {
  id: string;
  level: FindingLevel;
  /** What the rule detects, and why it has its level. */
  description: string;
}
