import type { BadgeDefinition } from '../../../model/badge.ts';
import type { TaxonomyBadgeFigures } from './figures.ts';

/** Total alerts, active and deprecated; a count has no good or bad, so one colour. */
export const badgeAlertsTotal: BadgeDefinition<TaxonomyBadgeFigures> = {
  file: 'badge-alerts-total.json',
  label: 'alerts',
  render: (figures) => ({ message: String(figures.total), color: 'blue' }),
  docs: {
    message: 'the number of alerts, deprecated included: `17`',
    figure: 'total',
    computedIn: 'src/metrics/taxonomy/summary.ts',
    colors: [{ color: 'blue' }],
  },
};
