import { formatPercent } from '../../../core/numbers.ts';
import type { BadgeDefinition } from '../../../model/badge.ts';
import { shownRatio } from '../badge.ts';
import type { TaxonomyBadgeFigures } from './figures.ts';
import { stabilityColor, stabilityColors, stabilitySteps } from './stability-scale.ts';

/** Risk stability: 1 - risk_churn/risk_total, the severity-weighted stability. */
export const badgeAlertsRiskStability: BadgeDefinition<TaxonomyBadgeFigures> = {
  file: 'badge-alerts-risk-stability.json',
  label: 'risk stability',
  render: (figures) => ({ message: formatPercent(figures.risk_stability), color: stabilityColor(shownRatio(figures.risk_stability)) }),
  docs: {
    message: '1 - risk churn / risk total: `77.4%`',
    figure: 'risk_stability',
    computedIn: 'src/metrics/taxonomy/churn.ts',
    colors: [{ unit: 'ratio', steps: stabilitySteps, colors: stabilityColors }],
  },
};
