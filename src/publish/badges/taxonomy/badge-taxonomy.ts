import type { BadgeDefinition } from '../../../model/badge.ts';
import type { TaxonomyBadgeFigures } from './figures.ts';

/** Last update of the taxonomy file (seed: "Last update: badge-taxonomy.json"). */
export const badgeTaxonomy: BadgeDefinition<TaxonomyBadgeFigures> = {
  file: 'badge-taxonomy.json',
  label: 'alert taxonomy',
  render: (figures) => ({
    message: figures.last_change_date ? `updated ${figures.last_change_date.slice(0, 10)}` : 'no history',
    color: figures.last_change_date ? 'blue' : 'lightgrey',
  }),
  docs: {
    message: '`updated 2026-11-12`; `no history`',
    figure: 'last_change.date',
    computedIn: 'src/metrics/taxonomy/timeline.ts',
    colors: [{ when: 'no history', color: 'lightgrey' }, { color: 'blue' }],
  },
};
