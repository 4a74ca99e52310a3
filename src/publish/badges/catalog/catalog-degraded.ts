import type { Drift } from '../../../model/catalog.ts';
import type { BadgeDefinition } from '../../../model/badge.ts';
import { colorScale } from '../color-scale.ts';

/** One repository losing compliance is orange, three or more red (the seed alerts on any). */
export const degradedColors = colorScale([1, 3], ['brightgreen', 'orange', 'red']);

export const catalogDegradedBadge: BadgeDefinition<Pick<Drift['summary'], 'compliance_degraded'>> = {
  file: 'badge-catalog-degraded.json',
  label: 'compliance drift',
  render: ({ compliance_degraded }) => ({
    message: compliance_degraded === 0 ? 'none degraded' : `${compliance_degraded} degraded`,
    color: degradedColors(compliance_degraded),
  }),
};
