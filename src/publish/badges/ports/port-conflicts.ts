import type { BadgeDefinition } from '../../../model/badge.ts';
import type { PortsSummary } from '../../../model/ports.ts';
import { colorScale } from '../color-scale.ts';

/** Any conflict is red: two services cannot share a host port, whatever else is fine. */
export const CONFLICT_STEPS = [1] as const;
export const CONFLICT_COLORS = ['brightgreen', 'red'] as const;
export const conflictColors = colorScale(CONFLICT_STEPS, CONFLICT_COLORS);

export const portConflictsBadge: BadgeDefinition<Pick<PortsSummary, 'conflicts'>> = {
  file: 'badge-ports-conflicts.json',
  label: 'port conflicts',
  render: ({ conflicts }) => ({ message: conflicts === 0 ? 'none' : String(conflicts), color: conflictColors(conflicts) }),
  docs: {
    message: '`none`, `1`',
    figure: 'summary.conflicts',
    computedIn: 'src/metrics/ports/table.ts',
    colors: [{ unit: 'count', steps: CONFLICT_STEPS, colors: CONFLICT_COLORS }],
  },
};
