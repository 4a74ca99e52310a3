import type { BadgeDefinition } from '../../../model/badge.ts';
import { formatPercent } from '../../../core/numbers.ts';
import { shownRatio } from '../badge.ts';
import type { TaxonomyBadgeFigures } from './figures.ts';
import { stabilityColor } from './stability-scale.ts';

/** Risk stability: 1 - risk_churn/risk_total, the severity-weighted stability. */
export const badgeAlertsRiskStability: BadgeDefinition<TaxonomyBadgeFigures> = {
  file: 'badge-alerts-risk-stability.json',
  label: 'risk stability',
  render: (figures) => ({ message: formatPercent(figures.risk_stability), color: stabilityColor(shownRatio(figures.risk_stability)) }),
};
