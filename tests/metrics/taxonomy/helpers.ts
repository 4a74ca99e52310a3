import type { Severity } from '../../../src/model/taxonomy.ts';
import type { AlertCore, TaxonomySummary } from '../../../src/metrics/taxonomy/index.ts';

/** A summary from `name:severity` shorthands, with optional per-alert overrides. */
export function summaryOf(entries: Record<string, Severity | (Partial<AlertCore> & { severity: Severity })>): TaxonomySummary {
  const summary: TaxonomySummary = new Map();
  for (const [name, entry] of Object.entries(entries)) {
    const fields = typeof entry === 'string' ? { severity: entry } : entry;
    summary.set(name, { group: 'g', scope: 'service', category: 'errors', description: `${name} fires`, deprecated: false, runbookComplete: true, ...fields });
  }
  return summary;
}

export function severitiesOf(entries: Record<string, Severity>): Map<string, Severity> {
  return new Map(Object.entries(entries));
}
