import { compareStrings } from '../../core/compare.ts';
import type { Finding, FindingLevel } from '../../metrics/openapi/types.ts';
import type { StabilityRecord } from '../../model/api.ts';

/**
 * Anchor of an operation on the API page; findings link to it.
 * @example operationAnchor('GET /pets/{id}') // 'op-get-_2fpets_2f_7bid_7d'
 */
export function operationAnchor(operation: string): string {
  const [method = '', ...rest] = operation.trim().split(/\s+/);
  let out = `op-${method.toLowerCase()}-`;
  for (const char of rest.join(' ')) out += /[A-Za-z0-9-]/.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}`;
  return out;
}

export const LEVEL_ORDER: readonly FindingLevel[] = ['breaking', 'warning', 'info'];

export interface RuleGroup {
  rule: string;
  level: FindingLevel;
  findings: Finding[];
}

/** Findings by rule, breaking rules first, then by rule id. */
export function groupFindings(byRule: Record<string, Finding[]>): RuleGroup[] {
  return Object.entries(byRule)
    .filter(([, findings]) => findings.length > 0)
    .map(([rule, findings]) => ({ rule, level: worstLevel(findings), findings }))
    .sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || compareStrings(a.rule, b.rule));
}

/** Every operation the diff touched (findings, added, removed), each once, sorted by path then method. */
export function touchedOperations(
  findings: readonly Finding[],
  added: readonly { method: string; path: string }[],
  removed: readonly { method: string; path: string }[],
): string[] {
  const names = new Set<string>();
  for (const finding of findings) if (finding.operation) names.add(finding.operation);
  for (const operation of [...added, ...removed]) names.add(`${operation.method.toUpperCase()} ${operation.path}`);
  return [...names].sort((a, b) => {
    const [methodA = '', pathA = ''] = splitOperation(a);
    const [methodB = '', pathB = ''] = splitOperation(b);
    return compareStrings(pathA, pathB) || compareStrings(methodA, methodB);
  });
}

/** The last `limit` runs, newest first. */
export function recentRuns(history: readonly StabilityRecord[], limit = 20): StabilityRecord[] {
  return history.slice(-limit).reverse();
}

function worstLevel(findings: readonly Finding[]): FindingLevel {
  return LEVEL_ORDER.find((level) => findings.some((finding) => finding.level === level)) ?? 'info';
}

function splitOperation(operation: string): [string, string] {
  const index = operation.indexOf(' ');
  return index < 0 ? [operation, ''] : [operation.slice(0, index), operation.slice(index + 1)];
}
