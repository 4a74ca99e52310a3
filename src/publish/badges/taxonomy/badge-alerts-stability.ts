import type { BadgeDefinition } from '../../../model/badge.ts';
import { percent, shownRatio } from '../badge.ts';
import type { TaxonomyBadgeFigures } from './figures.ts';
import { stabilityColor } from './stability-scale.ts';

/** Stability: 1 - churn/total. */
export const badgeAlertsStability: BadgeDefinition<TaxonomyBadgeFigures> = {
  file: 'badge-alerts-stability.json',
  label: 'stability',
  render: (figures) => ({ message: percent(figures.stability), color: stabilityColor(shownRatio(figures.stability)) }),
};
