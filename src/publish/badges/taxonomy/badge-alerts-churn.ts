import type { BadgeDefinition } from '../../../model/badge.ts';
import { colorScale } from '../color-scale.ts';
import type { TaxonomyBadgeFigures } from './figures.ts';
import { windowMessage } from './window-message.ts';

export const churnSteps = [1, 6, 11, 21];
export const churnColors = ['brightgreen', 'green', 'yellow', 'orange', 'red'];
const color = colorScale(churnSteps, churnColors);

/** 30-day churn: alert names added plus removed over the window. */
export const badgeAlertsChurn: BadgeDefinition<TaxonomyBadgeFigures> = {
  file: 'badge-alerts-churn.json',
  label: '30d churn',
  render: (figures) => ({ message: windowMessage(String(figures.churn), figures), color: color(figures.churn) }),
  docs: {
    message: 'alert names added + removed in the window: `4`; `0 since 2026-11-13` while the window is filling',
    figure: 'churn',
    computedIn: 'src/metrics/taxonomy/churn.ts',
    colors: [{ unit: 'count', steps: churnSteps, colors: churnColors }],
  },
};
