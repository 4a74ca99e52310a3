import type { BadgeDefinition } from '../../../model/badge.ts';
import type { PortsSummary } from '../../../model/ports.ts';

/** Blue while the registry is clean (a count, not a grade); orange with warnings, red with errors. */
export const portsRegisteredBadge: BadgeDefinition<Pick<PortsSummary, 'host_ports' | 'errors' | 'warnings'>> = {
  file: 'badge-ports-registry.json',
  label: 'ports',
  render: ({ host_ports, errors, warnings }) => ({
    message: `${host_ports} registered`,
    color: errors > 0 ? 'red' : warnings > 0 ? 'orange' : 'blue',
  }),
  docs: {
    message: 'distinct host ports: `6 registered`',
    figure: 'summary.host_ports',
    computedIn: 'src/metrics/ports/table.ts',
    colors: [{ when: 'any error finding', color: 'red' }, { when: 'any warning finding', color: 'orange' }, { color: 'blue' }],
  },
};
