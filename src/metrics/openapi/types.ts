/**
 * The contract between the OpenAPI diff engine (`src/metrics/openapi/`) and its users (the API
 * evidence kind, `govpages diff`, the site). Pure data.
 */

export type FindingLevel = 'breaking' | 'warning' | 'info';

/** An operation, identified as the seed does: upper-case method and path template. */
export interface Operation {
  method: string;
  path: string;
}

export interface Finding {
  /** Stable kebab-case rule id, e.g. `request-parameter-became-required`. */
  id: string;
  level: FindingLevel;
  /** One sentence for humans, naming the operation and the element. */
  message: string;
  /** `GET /pets/{id}` when the change belongs to one operation. */
  operation?: string;
  /** JSON pointer-like location in the revision (or base, for removals). */
  location?: string;
}

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
