import { z } from 'zod';

/**
 * The port registry section (`status/ports.json`, `sections.ports` of `status/status.json`) and the
 * `govpages ports scan --json` report, as zod schemas: what the build publishes is what these accept.
 */

const port = z.number().int().min(1).max(65535);
const count = z.number().int().min(0);
const line = z.number().int().min(1);
export const protocolSchema = z.enum(['tcp', 'udp']);

/** The registry checks by id; their levels and descriptions are in `metrics/ports/rules.ts`. */
export const portRuleIdSchema = z.enum(['port-conflict', 'internal-port-conflict', 'port-out-of-range', 'range-overlap']);

export const portFindingSchema = z.strictObject({
  rule: portRuleIdSchema,
  level: z.enum(['error', 'warning']),
  message: z.string(),
  /** The port concerned (the first port of the overlap for `range-overlap`). */
  port,
  protocol: protocolSchema.nullable(),
  /** Services involved, sorted; range names for `range-overlap`. */
  services: z.array(z.string()),
  /** Lines of the registry the finding points at, ascending. */
  lines: z.array(line),
});

/** One port of one service: a row of the generated services/ports table. */
export const portRowSchema = z.strictObject({
  service: z.string(),
  port_name: z.string(),
  protocol: protocolSchema,
  internal: port,
  external: port.nullable(),
  /** Ports this entry occupies on the host (none for an unpublished container port). */
  host_ports: z.array(port),
  container: z.boolean(),
  range: z.string().nullable(),
  owner: z.string().nullable(),
  description: z.string().nullable(),
  /** Line of the entry in the registry. */
  line,
  /** The entry is part of a port-conflict finding. */
  conflict: z.boolean(),
});

export const portsSummarySchema = z.strictObject({
  services: count,
  /** Port entries (rows). */
  ports: count,
  /** Distinct host port/protocol pairs in use. */
  host_ports: count,
  containers: count,
  host_services: count,
  ranges: count,
  conflicts: count,
  out_of_range: count,
  errors: count,
  warnings: count,
});

export const portRangeRowSchema = z.strictObject({
  name: z.string(),
  from: port,
  to: port,
  description: z.string().nullable(),
  /** Distinct host ports of the range's services. */
  used: count,
  line,
});

export const portsSectionSchema = z.strictObject({
  /** The registry file, relative to the repository. */
  registry: z.string(),
  summary: portsSummarySchema,
  ranges: z.array(portRangeRowSchema),
  /** Sorted by first host port (unpublished container ports last, by internal port), then service. */
  rows: z.array(portRowSchema),
  findings: z.array(portFindingSchema),
});

/** A hard-coded port number found in a file by `govpages ports scan`. */
export const portHitSchema = z.strictObject({
  file: z.string(),
  line,
  port,
  /** Which pattern found it. */
  pattern: z.enum(['compose-mapping', 'port-variable', 'host-port', 'port-fallback', 'listen-call']),
  /** The trimmed source line (at most 120 characters). */
  text: z.string().max(120),
});

export const scanHitSchema = portHitSchema.extend({
  /** Services of the registry that own the port; empty when the registry does not know it. */
  owners: z.array(z.string()),
});

/** `govpages ports scan --json`. */
export const portsScanReportSchema = z.strictObject({
  files_scanned: count,
  /** The registry the hits were checked against, or null when none was found. */
  registry: z.string().nullable(),
  /** Hits reported (unowned ones, or every one with `--all`), sorted by file, line, port. */
  hardcoded: z.array(scanHitSchema),
  /** Hits the registry does not own, whether reported or not. */
  unowned: count,
});

export type PortRuleId = z.infer<typeof portRuleIdSchema>;
export type PortFinding = z.infer<typeof portFindingSchema>;
export type PortRow = z.infer<typeof portRowSchema>;
export type PortsSummary = z.infer<typeof portsSummarySchema>;
export type PortRangeRow = z.infer<typeof portRangeRowSchema>;
export type PortsSection = z.infer<typeof portsSectionSchema>;
export type PortHit = z.infer<typeof portHitSchema>;
export type ScanHit = z.infer<typeof scanHitSchema>;
export type PortsScanReport = z.infer<typeof portsScanReportSchema>;
