import type { BadgeDefinition } from '../../../model/badge.ts';
import { colorScale } from '../color-scale.ts';
import type { TaxonomyBadgeFigures } from './figures.ts';
import { windowMessage } from './window-message.ts';

export const riskChurnSteps = [1, 11, 21, 41];
export const riskChurnColors = ['brightgreen', 'green', 'yellow', 'orange', 'red'];
const color = colorScale(riskChurnSteps, riskChurnColors);

/** Severity-weighted churn (the configured weights, `sources.taxonomy.severities`; the seed's critical=5, high=3, medium=2, low=1). */
export const badgeAlertsRiskChurn: BadgeDefinition<TaxonomyBadgeFigures> = {
  file: 'badge-alerts-risk-churn.json',
  label: 'risk churn 30d',
  render: (figures) => ({ message: windowMessage(String(figures.risk_churn), figures), color: color(figures.risk_churn) }),
  docs: {
    message: 'the same names weighted by severity: `12`; `0 since 2026-11-13` while the window is filling',
    figure: 'risk_churn',
    computedIn: 'src/metrics/taxonomy/churn.ts',
    colors: [{ unit: 'count', steps: riskChurnSteps, colors: riskChurnColors }],
  },
};
