import { compareStrings } from '../../core/compare.ts';
import { roundTo } from '../../core/numbers.ts';
import type { Severity, SeverityVocabulary } from '../../model/taxonomy.ts';
import type { Taxonomy } from '../../sources/taxonomy/schema.ts';
import { runbookStatus } from './placeholder.ts';

/** The core fields the seed's changelog tracks, per alert. */
export interface AlertCore {
  group: string;
  severity: Severity;
  scope: string;
  category: string;
  description: string;
  deprecated: boolean;
  runbookComplete: boolean;
}

/** A taxonomy reduced to what history figures need: core fields keyed by alert name. */
export type TaxonomySummary = Map<string, AlertCore>;

export function summarize(taxonomy: Taxonomy): TaxonomySummary {
  const summary: TaxonomySummary = new Map();
  for (const alert of taxonomy.alerts) {
    summary.set(alert.name, {
      group: alert.group,
      severity: alert.severity,
      scope: alert.scope,
      category: alert.category,
      description: alert.description,
      deprecated: alert.deprecated,
      runbookComplete: runbookStatus(alert.runbook) === 'complete',
    });
  }
  return summary;
}

/** Alert name -> severity: all churn compares. */
export function severityIndex(summary: TaxonomySummary): Map<string, Severity> {
  return new Map([...summary].map(([name, alert]) => [name, alert.severity]));
}

export interface Counts {
  total: number;
  active: number;
  deprecated: number;
  deprecated_ratio: number;
  /** Every severity of the vocabulary in its order (0 included), then any other severity an alert has, by name. */
  by_severity: Record<Severity, number>;
  runbook_complete: number;
  runbook_completeness_percent: number;
  risk_total: number;
}

/** Counts of a taxonomy; risk is weighted with `vocabulary` (a severity outside it weighs 0). */
export function countSummary(summary: TaxonomySummary, vocabulary: SeverityVocabulary): Counts {
  const weights = new Map(vocabulary.map((level) => [level.name, level.weight]));
  const known = new Map<string, number>(vocabulary.map((level) => [level.name, 0]));
  const unknown = new Map<string, number>();
  let deprecated = 0;
  let runbookComplete = 0;
  let riskTotal = 0;
  for (const alert of summary.values()) {
    const counts = known.has(alert.severity) ? known : unknown;
    counts.set(alert.severity, (counts.get(alert.severity) ?? 0) + 1);
    riskTotal += weights.get(alert.severity) ?? 0;
    if (alert.deprecated) deprecated++;
    else if (alert.runbookComplete) runbookComplete++;
  }
  const total = summary.size;
  const active = total - deprecated;
  return {
    total,
    active,
    deprecated,
    deprecated_ratio: total === 0 ? 0 : deprecated / total,
    by_severity: Object.fromEntries([...known, ...[...unknown].sort(([a], [b]) => compareStrings(a, b))]),
    runbook_complete: runbookComplete,
    runbook_completeness_percent: active === 0 ? 100 : (runbookComplete / active) * 100,
    risk_total: roundTo(riskTotal, 4),
  };
}
