import { compareStrings } from '../../core/compare.ts';
import { roundTo } from '../../core/numbers.ts';
import type { Severity, SeverityVocabulary } from '../../model/taxonomy.ts';

/** Severity name -> risk weight. A severity outside the vocabulary weighs 0: lint reports it. */
export type SeverityWeights = ReadonlyMap<string, number>;

export function severityWeights(vocabulary: SeverityVocabulary): SeverityWeights {
  return new Map(vocabulary.map((level) => [level.name, level.weight]));
}

export function weightOf(weights: SeverityWeights, severity: Severity): number {
  return weights.get(severity) ?? 0;
}

/** Alert name -> severity: all churn needs. */
export type SeverityIndex = ReadonlyMap<string, Severity>;

export interface Churn {
  added: string[];
  removed: string[];
  /** |added| + |removed|: the set difference of alert names, as the seed defines 30-day churn. */
  churn: number;
  /** Added weighted by their current severity plus removed weighted by their last severity. */
  risk_churn: number;
}

/**
 * Churn between the taxonomy at the start of a window (`before`) and at its end (`after`). Risk is
 * rounded to 4 decimals: configured weights may be fractional, and a sum's last bits would
 * otherwise depend on the order it was added up in.
 */
export function churnBetween(before: SeverityIndex, after: SeverityIndex, weights: SeverityWeights): Churn {
  const added = [...after.keys()].filter((name) => !before.has(name)).sort(compareStrings);
  const removed = [...before.keys()].filter((name) => !after.has(name)).sort(compareStrings);
  const risk =
    added.reduce((sum, name) => sum + weightOf(weights, after.get(name)!), 0) + removed.reduce((sum, name) => sum + weightOf(weights, before.get(name)!), 0);
  return { added, removed, churn: added.length + removed.length, risk_churn: roundTo(risk, 4) };
}

/** 1 - churn/total clamped to 0..1; a taxonomy with nothing in it is perfectly stable. */
export function stability(churn: number, total: number): number {
  if (total <= 0) return 1;
  return Math.min(1, Math.max(0, 1 - churn / total));
}

/**
 * Fold change of risk churn against the previous window. The previous window may have had no churn
 * at all; dividing by at least 1 keeps the figure finite and makes "0 -> 6" a fold of 6.
 */
export function riskChurnFold(current: number, previous: number): number {
  return current / Math.max(previous, 1);
}
