import type { PortFinding } from '../metrics/ports/rules.ts';

export type { PortFinding };

/** One port of one service: a row of the generated services/ports table. */
export interface PortRow {
  service: string;
  port_name: string;
  protocol: 'tcp' | 'udp';
  internal: number;
  external: number | null;
  /** Ports this entry occupies on the host (none for an unpublished container port). */
  host_ports: number[];
  container: boolean;
  range: string | null;
  owner: string | null;
  description: string | null;
  /** Line of the entry in the registry. */
  line: number;
  /** The entry is part of a port-conflict finding. */
  conflict: boolean;
}

export interface PortsSummary {
  services: number;
  /** Port entries (rows). */
  ports: number;
  /** Distinct host port/protocol pairs in use. */
  host_ports: number;
  containers: number;
  host_services: number;
  ranges: number;
  conflicts: number;
  out_of_range: number;
  errors: number;
  warnings: number;
}

export interface PortRangeRow {
  name: string;
  from: number;
  to: number;
  description: string | null;
  /** Distinct host ports of the range's services. */
  used: number;
  line: number;
}

export interface PortsSection {
  /** The registry file, relative to the repository. */
  registry: string;
  summary: PortsSummary;
  ranges: PortRangeRow[];
  /** Sorted by first host port (unpublished container ports last, by internal port), then service. */
  rows: PortRow[];
  findings: PortFinding[];
}
