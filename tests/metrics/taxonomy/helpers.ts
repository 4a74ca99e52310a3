import type { AlertCore, TaxonomySummary } from '../../../src/metrics/taxonomy/index.ts';
import type { DailySnapshot, Severity, TaxonomyFigures, TaxonomySection } from '../../../src/model/taxonomy.ts';

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

const FIGURES: TaxonomyFigures = {
  total: 17,
  active: 16,
  deprecated: 1,
  deprecated_ratio: 0.0588,
  by_severity: { critical: 4, high: 7, medium: 6, low: 0 },
  runbook_complete: 15,
  runbook_completeness_percent: 93.75,
  churn_window_days: 30,
  window_start: '2026-10-19T10:00:00.000Z',
  window_filling: false,
  previous_window_complete: true,
  churn: 4,
  risk_churn: 12,
  stability: 0.7647,
  risk_stability: 0.7736,
  risk_total: 53,
  previous_churn: 3,
  previous_risk_churn: 9,
  risk_churn_fold: 1.3333,
  risk_churn_spike: false,
  days_since_change: 5,
};

/** A day of `taxonomy-metrics-history.json` with the given churn figures. */
export function snapshotOf(date: string, churn = 0, risk = 0): DailySnapshot {
  return {
    date,
    total: 3,
    active: 3,
    deprecated: 0,
    deprecated_ratio: 0,
    churn_30d: churn,
    risk_churn_30d: risk,
    stability: 1,
    risk_stability: 1,
    runbook_completeness_percent: 100,
  };
}

/** A valid section (the demo's figures) with the given parts replaced. */
export function sectionOf(overrides: Partial<Omit<TaxonomySection, 'figures'>> & { figures?: Partial<TaxonomyFigures> } = {}): TaxonomySection {
  const { figures, ...rest } = overrides;
  return {
    path: 'alerts_taxonomy.json',
    figures: { ...FIGURES, ...figures },
    lint: { errors: [], warnings: [] },
    coverage: null,
    alerts: [],
    changelog: [],
    history: [],
    baseline: null,
    last_change: null,
    ...rest,
  };
}
