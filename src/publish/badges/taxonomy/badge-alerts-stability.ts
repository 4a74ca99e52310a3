import { formatPercent } from '../../../core/numbers.ts';
import type { BadgeDefinition } from '../../../model/badge.ts';
import { shownRatio } from '../badge.ts';
import type { TaxonomyBadgeFigures } from './figures.ts';
import { stabilityColor, stabilityColors, stabilitySteps } from './stability-scale.ts';
import { windowMessage } from './window-message.ts';

/** Stability: 1 - churn/total. */
export const badgeAlertsStability: BadgeDefinition<TaxonomyBadgeFigures> = {
  file: 'badge-alerts-stability.json',
  label: 'stability',
  render: (figures) => ({ message: windowMessage(formatPercent(figures.stability), figures), color: stabilityColor(shownRatio(figures.stability)) }),
  docs: {
    message: '1 - churn / total: `76.5%`; `100% since 2026-11-13` while the window is filling',
    figure: 'stability',
    computedIn: 'src/metrics/taxonomy/churn.ts',
    colors: [{ unit: 'ratio', steps: stabilitySteps, colors: stabilityColors }],
  },
};
