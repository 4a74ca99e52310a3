import type { BadgeDefinition } from '../../../model/badge.ts';
import { colorScale } from '../color-scale.ts';
import type { TaxonomyBadgeFigures } from './figures.ts';

export const ageSteps = [30, 90, 180];
export const ageColors = ['brightgreen', 'green', 'yellow', 'orange'];
const color = colorScale(ageSteps, ageColors);

/** Days since the taxonomy last changed: a taxonomy nobody touches drifts from reality. */
export const badgeTaxonomyAge: BadgeDefinition<TaxonomyBadgeFigures> = {
  file: 'badge-taxonomy-age.json',
  label: 'days since change',
  render: (figures) => {
    const days = figures.days_since_change;
    if (days === null) return { message: 'never', color: 'lightgrey' };
    return { message: days === 0 ? 'today' : days === 1 ? '1 day' : `${days} days`, color: color(days) };
  },
  docs: {
    message: '`today`, `1 day`, `5 days`; `never`',
    figure: 'days_since_change',
    computedIn: 'src/metrics/taxonomy/figures.ts',
    colors: [
      { when: 'no history', color: 'lightgrey' },
      { unit: 'days', steps: ageSteps, colors: ageColors },
    ],
  },
};
