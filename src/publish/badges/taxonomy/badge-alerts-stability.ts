import { formatPercent } from '../../../core/numbers.ts';
import type { BadgeDefinition } from '../../../model/badge.ts';
import { shownRatio } from '../badge.ts';
import type { TaxonomyBadgeFigures } from './figures.ts';
import { stabilityColor, stabilityColors, stabilitySteps } from './stability-scale.ts';

/** Stability: 1 - churn/total. */
export const badgeAlertsStability: BadgeDefinition<TaxonomyBadgeFigures> = {
  file: 'badge-alerts-stability.json',
  label: 'stability',
  render: (figures) => ({ message: formatPercent(figures.stability), color: stabilityColor(shownRatio(figures.stability)) }),
  docs: {
    message: '1 - churn / total: `76.5%`',
    figure: 'stability',
    computedIn: 'src/metrics/taxonomy/churn.ts',
    colors: [{ unit: 'ratio', steps: stabilitySteps, colors: stabilityColors }],
  },
};
