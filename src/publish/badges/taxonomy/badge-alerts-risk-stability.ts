import { formatPercent } from '../../../core/numbers.ts';
import type { BadgeDefinition } from '../../../model/badge.ts';
import { shownRatio } from '../badge.ts';
import type { TaxonomyBadgeFigures } from './figures.ts';
import { stabilityColor, stabilityColors, stabilitySteps } from './stability-scale.ts';
import { windowMessage } from './window-message.ts';

/** Risk stability: 1 - risk_churn/risk_total, the severity-weighted stability. */
export const badgeAlertsRiskStability: BadgeDefinition<TaxonomyBadgeFigures> = {
  file: 'badge-alerts-risk-stability.json',
  label: 'risk stability',
  render: (figures) => ({ message: windowMessage(formatPercent(figures.risk_stability), figures), color: stabilityColor(shownRatio(figures.risk_stability)) }),
  docs: {
    message: '1 - risk churn / risk total: `77.4%`; `100% since 2026-11-13` while the window is filling',
    figure: 'risk_stability',
    computedIn: 'src/metrics/taxonomy/churn.ts',
    colors: [{ unit: 'ratio', steps: stabilitySteps, colors: stabilityColors }],
  },
};
