import type { BadgeDefinition } from '../../../model/badge.ts';
import { formatPercent } from '../../../core/numbers.ts';
import { shownRatio } from '../badge.ts';
import type { TaxonomyBadgeFigures } from './figures.ts';
import { stabilityColor } from './stability-scale.ts';

/** Stability: 1 - churn/total. */
export const badgeAlertsStability: BadgeDefinition<TaxonomyBadgeFigures> = {
  file: 'badge-alerts-stability.json',
  label: 'stability',
  render: (figures) => ({ message: formatPercent(figures.stability), color: stabilityColor(shownRatio(figures.stability)) }),
};
