import { compareStrings } from '../../core/compare.ts';
import type { PortFinding, PortRow, PortsSection } from '../../model/ports.ts';
import type { RegistryRecord } from '../../sources/ports/registry-schema.ts';
import { type HostBinding, hostBindings, hostPorts } from './host-bindings.ts';

/** The services/ports table and its figures, from the parsed registry and its findings (pure, linear but for the sorts). */
export function portsSection(registry: RegistryRecord, findings: PortFinding[]): PortsSection {
  const conflictLines = new Set(findings.filter((finding) => finding.rule.endsWith('port-conflict')).flatMap((finding) => finding.lines));
  const rows: PortRow[] = registry.services.flatMap((service) =>
    service.ports.map((port) => ({
      service: service.name,
      port_name: port.name,
      protocol: port.protocol,
      internal: port.internal,
      external: port.external ?? null,
      host_ports: hostPorts(service, port),
      container: service.container,
      range: service.range ?? null,
      owner: service.owner ?? null,
      description: port.description ?? service.description ?? null,
      line: port.line,
      conflict: conflictLines.has(port.line),
    })),
  );
  rows.sort((a, b) => sortKey(a) - sortKey(b) || compareStrings(a.service, b.service) || compareStrings(a.port_name, b.port_name) || a.line - b.line);
  const bindings = hostBindings(registry.services);
  const distinct = new Set(bindings.map((binding) => `${binding.protocol}/${binding.port}`));
  const used = usedByRange(registry, bindings);
  const ranges = registry.ranges.map((range) => ({
    name: range.name,
    from: range.from,
    to: range.to,
    description: range.description ?? null,
    used: used.get(range.name)?.size ?? 0,
    line: range.line,
  }));
  return {
    registry: registry.file,
    summary: {
      services: registry.services.length,
      ports: rows.length,
      host_ports: distinct.size,
      containers: registry.services.filter((service) => service.container).length,
      host_services: registry.services.filter((service) => !service.container).length,
      ranges: registry.ranges.length,
      conflicts: findings.filter((finding) => finding.rule === 'port-conflict' || finding.rule === 'internal-port-conflict').length,
      out_of_range: findings.filter((finding) => finding.rule === 'port-out-of-range').length,
      errors: findings.filter((finding) => finding.level === 'error').length,
      warnings: findings.filter((finding) => finding.level === 'warning').length,
    },
    ranges,
    rows,
    findings,
  };
}

/**
 * Distinct host port/protocol pairs of each range's services, in one pass over the bindings. A
 * binding counts for every range that a service of its name declares (names are unique in a parsed
 * registry, so that is the range of its own service).
 */
function usedByRange(registry: RegistryRecord, bindings: readonly HostBinding[]): Map<string, Set<string>> {
  const rangesOf = new Map<string, Set<string>>();
  for (const service of registry.services) {
    if (service.range === undefined) continue;
    const ranges = rangesOf.get(service.name) ?? new Set<string>();
    rangesOf.set(service.name, ranges.add(service.range));
  }
  const used = new Map<string, Set<string>>();
  for (const binding of bindings) {
    for (const range of rangesOf.get(binding.service) ?? []) {
      const ports = used.get(range) ?? new Set<string>();
      used.set(range, ports.add(`${binding.protocol}/${binding.port}`));
    }
  }
  return used;
}

// Unpublished container ports sort after every host port, by their internal port.
function sortKey(row: PortRow): number {
  return row.host_ports[0] ?? 65536 + row.internal;
}
