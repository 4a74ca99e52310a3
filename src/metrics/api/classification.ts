import { compareStrings } from '../../core/compare.ts';
import type { Finding, FindingLevel, OpenApiDiff, Operation } from '../openapi/types.ts';

/** One side of the comparison: which commit and version of the spec. */
export interface SpecRef {
  commit: string;
  version: string | null;
}

/** `status/operations-classification.json`: the full arrays the webhook only counts. */
export interface OperationsClassification {
  /** Previous version of the spec in git, null for the first version (or a placeholder run). */
  base: SpecRef | null;
  revision: SpecRef | null;
  operations: { added: Operation[]; removed: Operation[]; total: number };
  breaking: number;
  counts: Record<FindingLevel, number>;
  /** Findings grouped by rule id (ids sorted), each list in the diff's order. */
  findings_by_rule: Record<string, Finding[]>;
}

/** Groups a diff (null: nothing to compare) into the published classification. */
export function classifyOperations(
  diff: OpenApiDiff | null,
  base: SpecRef | null,
  revision: SpecRef | null,
  operationTotal: number,
): OperationsClassification {
  const findings = diff?.findings ?? [];
  const byRule: Record<string, Finding[]> = {};
  for (const finding of findings) (byRule[finding.id] ??= []).push(finding);
  const sorted: Record<string, Finding[]> = {};
  for (const id of Object.keys(byRule).sort()) sorted[id] = byRule[id]!;
  const counts: Record<FindingLevel, number> = { breaking: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.level]++;
  return {
    base,
    revision,
    operations: {
      added: sortOperations(diff?.operations.added ?? []),
      removed: sortOperations(diff?.operations.removed ?? []),
      total: operationTotal,
    },
    breaking: diff?.breaking ?? 0,
    counts,
    findings_by_rule: sorted,
  };
}

function sortOperations(operations: readonly Operation[]): Operation[] {
  return [...operations].sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.method, b.method));
}

