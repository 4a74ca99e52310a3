import { formatNumber, formatPercent, formatPercentValue } from '../core/numbers.ts';
import type { StatusModel } from '../model/status-model.ts';
import type { TaxonomyFigures } from '../model/taxonomy.ts';

/** One headline figure of the overview, with its history for a chart when there is one. */
export interface KeyFigure {
  id: string;
  label: string;
  value: string;
  /** Oldest first. */
  history: number[];
  /** Fixed chart scale; ratios and percentages use their full range so a chart never exaggerates. */
  scale: { min?: number; max?: number };
  /** Page the figure comes from (slug). */
  kind: string;
}

/**
 * The span a churn figure covers, for captions: `30 d` once the window is full, `since 2026-11-13`
 * while it is still filling (the window started before the taxonomy's first version, the baseline).
 * @example churnWindowLabel({ churn_window_days: 30, window_filling: true, window_start: '2026-11-13T09:00:00.000Z' }) // 'since 2026-11-13'
 */
export function churnWindowLabel(figures: Pick<TaxonomyFigures, 'churn_window_days' | 'window_filling' | 'window_start'>): string {
  return figures.window_filling ? `since ${figures.window_start.slice(0, 10)}` : `${figures.churn_window_days} d`;
}

/** The overview's headline figures, from every section present. */
export function keyFigures(model: StatusModel): KeyFigure[] {
  const figures: KeyFigure[] = [];
  const taxonomy = model.sections.taxonomy;
  if (taxonomy) {
    const history = taxonomy.history;
    figures.push(
      {
        id: 'alerts-total',
        label: 'Alerts',
        value: formatNumber(taxonomy.figures.total, 0),
        history: history.map((day) => day.total),
        scale: { min: 0 },
        kind: 'taxonomy',
      },
      {
        id: 'alerts-stability',
        label: `Taxonomy stability (${churnWindowLabel(taxonomy.figures)})`,
        value: formatPercent(taxonomy.figures.stability),
        history: history.map((day) => day.stability),
        scale: { min: 0, max: 1 },
        kind: 'taxonomy',
      },
      {
        id: 'alerts-churn',
        label: `Alert churn (${churnWindowLabel(taxonomy.figures)})`,
        value: formatNumber(taxonomy.figures.churn, 0),
        history: history.map((day) => day.churn_30d),
        scale: { min: 0 },
        kind: 'taxonomy',
      },
      {
        id: 'runbook-completeness',
        label: 'Runbook completeness',
        value: formatPercentValue(taxonomy.figures.runbook_completeness_percent, 2),
        history: history.map((day) => day.runbook_completeness_percent),
        scale: { min: 0, max: 100 },
        kind: 'taxonomy',
      },
    );
  }
  const api = model.sections.api;
  if (api) {
    figures.push(
      {
        id: 'api-stability',
        label: `API stability (last ${api.metrics.window_total_count} runs)`,
        value: formatPercent(api.metrics.window_stability_ratio),
        history: api.history.map((run) => run.score),
        scale: { min: 0, max: 1 },
        kind: 'api',
      },
      {
        id: 'api-breaking',
        label: 'Breaking changes per run',
        value: formatNumber(api.classification.breaking, 0),
        history: api.history.map((run) => run.breaking),
        scale: { min: 0 },
        kind: 'api',
      },
    );
  }
  const catalog = model.sections.catalog;
  if (catalog) {
    figures.push({
      id: 'catalog-compliance',
      label: 'Compliant repositories',
      value: `${formatPercent(catalog.summary.compliant_ratio)} (${catalog.summary.compliant}/${catalog.summary.total})`,
      history: catalog.checkpoints.map((checkpoint) => (checkpoint.total === 0 ? 1 : checkpoint.compliant / checkpoint.total)),
      scale: { min: 0, max: 1 },
      kind: 'catalog',
    });
  }
  const gates = model.sections.gates;
  if (gates) {
    figures.push({
      id: 'gates-pass-rate',
      label: `Gate pass rate (${gates.pass_rate.window_days} d)`,
      value: gates.pass_rate.ratio === null ? 'no runs' : formatPercent(gates.pass_rate.ratio),
      // Oldest first: the share of gates that passed in each run.
      history: [...gates.runs].reverse().map((run) => (run.total === 0 ? 1 : run.passed / run.total)),
      scale: { min: 0, max: 1 },
      kind: 'gates',
    });
  }
  const incidents = model.sections.incidents;
  if (incidents) {
    figures.push({
      id: 'incidents-days-since',
      label: 'Days since the last incident',
      value: incidents.days_since_last === null ? 'none' : formatNumber(incidents.days_since_last, 0),
      history: [],
      scale: { min: 0 },
      kind: 'incidents',
    });
  }
  return figures;
}
