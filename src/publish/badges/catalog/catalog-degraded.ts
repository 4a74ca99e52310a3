import type { BadgeDefinition } from '../../../model/badge.ts';
import type { Drift } from '../../../model/catalog.ts';
import { colorScale } from '../color-scale.ts';

/** One repository losing compliance is orange, three or more red (the seed alerts on any). */
export const DEGRADED_STEPS = [1, 3] as const;
export const DEGRADED_COLORS = ['brightgreen', 'orange', 'red'] as const;
export const degradedColors = colorScale(DEGRADED_STEPS, DEGRADED_COLORS);

export const catalogDegradedBadge: BadgeDefinition<Pick<Drift['summary'], 'compliance_degraded'>> = {
  file: 'badge-catalog-degraded.json',
  label: 'compliance drift',
  render: ({ compliance_degraded }) => ({
    message: compliance_degraded === 0 ? 'none degraded' : `${compliance_degraded} degraded`,
    color: degradedColors(compliance_degraded),
  }),
  docs: {
    message: '`none degraded`, `1 degraded`',
    figure: 'summary.compliance_degraded',
    computedIn: 'src/metrics/catalog/drift.ts',
    colors: [{ unit: 'count', steps: DEGRADED_STEPS, colors: DEGRADED_COLORS }],
  },
};
