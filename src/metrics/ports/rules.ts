/**
 * The registry checks, one row each (id, level, what it means). Errors fail the `ports.registry`
 * check (exit 1 where a command reports it); warnings are shown but pass unless strict.
 */
export const PORT_RULES = {
  'port-conflict': { level: 'error', description: 'Two services (or two ports of one service) claim the same host port and protocol.' },
  'internal-port-conflict': { level: 'error', description: 'One container lists the same internal port and protocol twice.' },
  'port-out-of-range': { level: 'error', description: "A host port lies outside the range its service declares." },
  'range-overlap': { level: 'warning', description: 'Two declared ranges share ports, so they no longer separate teams.' },
} as const;

export type PortRuleId = keyof typeof PORT_RULES;

export interface PortFinding {
  rule: PortRuleId;
  level: 'error' | 'warning';
  message: string;
  /** The port concerned (the first port of the overlap for `range-overlap`). */
  port: number;
  protocol: 'tcp' | 'udp' | null;
  /** Services involved, sorted; range names for `range-overlap`. */
  services: string[];
  /** Lines of the registry the finding points at, ascending. */
  lines: number[];
}
