import type { PortFinding, PortRuleId } from '../../model/ports.ts';

/**
 * The registry checks, one row each (id, level, what it means). Errors fail the `ports.registry`
 * check (exit 1 where a command reports it); warnings are shown but pass unless strict.
 */
export const PORT_RULES = {
  'port-conflict': { level: 'error', description: 'Two services (or two ports of one service) claim the same host port and protocol.' },
  'internal-port-conflict': { level: 'error', description: 'One container lists the same internal port and protocol twice.' },
  'port-out-of-range': { level: 'error', description: 'A host port lies outside the range its service declares.' },
  'range-overlap': { level: 'warning', description: 'Two declared ranges share ports, so they no longer separate teams.' },
} as const satisfies Record<PortRuleId, { level: PortFinding['level']; description: string }>;
