import type { PortsSummary } from '../../../model/ports.ts';
import type { BadgeDefinition } from '../../../model/badge.ts';
import { colorScale } from '../color-scale.ts';

/** Any conflict is red: two services cannot share a host port, whatever else is fine. */
export const conflictColors = colorScale([1], ['brightgreen', 'red']);

export const portConflictsBadge: BadgeDefinition<Pick<PortsSummary, 'conflicts'>> = {
  file: 'badge-ports-conflicts.json',
  label: 'port conflicts',
  render: ({ conflicts }) => ({ message: conflicts === 0 ? 'none' : String(conflicts), color: conflictColors(conflicts) }),
};
