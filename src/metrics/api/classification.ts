import { compareStrings } from '../../core/compare.ts';
import type { Finding, FindingLevel, Operation, OperationsClassification, SpecRef } from '../../model/api.ts';
import type { OpenApiDiff } from '../openapi/types.ts';

/** Groups a diff (null: nothing to compare) into the published classification. */
export function classifyOperations(diff: OpenApiDiff | null, base: SpecRef | null, revision: SpecRef | null, operationTotal: number): OperationsClassification {
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
