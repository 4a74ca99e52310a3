import { compareStrings } from '../../core/compare.ts';
import type { OpenApiDocument } from '../../sources/openapi/index.ts';
import { buildContext } from './context.ts';
import { RULE_MODULES, RULES } from './rules/index.ts';
import type { Finding, FindingLevel, OpenApiDiff, Operation } from './types.ts';

const LEVELS: ReadonlyMap<string, FindingLevel> = new Map(RULES.map((rule) => [rule.id, rule.level]));

/**
 * Compares two resolved OpenAPI documents: operations added and removed (matched by method and
 * path template, parameter names erased), and every rule's findings. Pure and deterministic:
 * findings are sorted by operation, rule id, location, message.
 *
 * @example
 *   const diff = diffOpenApi(await parseOpenApi(old, 'old.yaml'), await parseOpenApi(now, 'new.yaml'));
 *   if (diff.breaking > 0) process.exitCode = 1;
 */
export function diffOpenApi(base: OpenApiDocument, revision: OpenApiDocument): OpenApiDiff {
  const context = buildContext(base, revision, LEVELS);
  const findings = RULE_MODULES.flatMap((module) => module.check(base, revision, context));
  findings.sort(compareFindings);
  const added: Operation[] = [];
  const removed: Operation[] = [];
  for (const [key, operation] of context.revisionOperations)
    if (!context.baseOperations.has(key)) added.push({ method: operation.method, path: operation.path });
  for (const [key, operation] of context.baseOperations)
    if (!context.revisionOperations.has(key)) removed.push({ method: operation.method, path: operation.path });
  added.sort(compareOperations);
  removed.sort(compareOperations);
  return { operations: { added, removed }, findings, breaking: findings.filter((finding) => finding.level === 'breaking').length };
}

/** Counts per level, for summary lines and badges. */
export function summarizeDiff(diff: OpenApiDiff): Record<FindingLevel, number> & { operationsAdded: number; operationsRemoved: number } {
  const counts = { breaking: 0, warning: 0, info: 0 };
  for (const finding of diff.findings) counts[finding.level]++;
  return { ...counts, operationsAdded: diff.operations.added.length, operationsRemoved: diff.operations.removed.length };
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.operation ?? '', b.operation ?? '') ||
    compareStrings(a.id, b.id) ||
    compareStrings(a.location ?? '', b.location ?? '') ||
    compareStrings(a.message, b.message)
  );
}

function compareOperations(a: Operation, b: Operation): number {
  return compareStrings(a.path, b.path) || compareStrings(a.method, b.method);
}
