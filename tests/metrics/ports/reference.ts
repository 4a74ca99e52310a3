import { compareStrings } from '../../../src/core/compare.ts';
import { PORT_RULES } from '../../../src/metrics/ports/rules.ts';
import type { PortFinding, PortRow, PortsSection } from '../../../src/model/ports.ts';
import type { LocatedService, RegistryRecord } from '../../../src/sources/ports/registry-schema.ts';

/**
 * The port registry check as it was before it was made linear (commit 9f49d86): plain nested loops,
 * quadratic on large registries, kept only as the oracle the property test compares the real one
 * with. Do not optimise it.
 */

interface Binding {
  port: number;
  protocol: 'tcp' | 'udp';
  service: string;
  port_name: string;
  line: number;
}

function hostPorts(service: Pick<LocatedService, 'container'>, port: { internal: number; external?: number | undefined }): number[] {
  if (service.container) return port.external === undefined ? [] : [port.external];
  return port.external === undefined || port.external === port.internal ? [port.internal] : [port.internal, port.external];
}

function referenceBindings(services: LocatedService[]): Binding[] {
  return services.flatMap((service) =>
    service.ports.flatMap((port) =>
      hostPorts(service, port).map((number) => ({ port: number, protocol: port.protocol, service: service.name, port_name: port.name, line: port.line })),
    ),
  );
}

export function referenceCheckRegistry(registry: RegistryRecord): PortFinding[] {
  const findings = [...conflicts(registry), ...internalConflicts(registry), ...outOfRange(registry), ...rangeOverlaps(registry)];
  return findings.sort((a, b) => a.port - b.port || compareStrings(a.rule, b.rule) || compareStrings(a.services.join(), b.services.join()));
}

function conflicts(registry: RegistryRecord): PortFinding[] {
  const byPort = new Map<string, Binding[]>();
  for (const binding of referenceBindings(registry.services)) {
    const key = `${binding.protocol}/${binding.port}`;
    byPort.set(key, [...(byPort.get(key) ?? []), binding]);
  }
  const findings: PortFinding[] = [];
  for (const bindings of byPort.values()) {
    if (bindings.length < 2) continue;
    const { port, protocol } = bindings[0]!;
    const claims = bindings.map((binding) => `${binding.service} (${binding.port_name}, line ${binding.line})`);
    findings.push({
      rule: 'port-conflict',
      level: PORT_RULES['port-conflict'].level,
      message: `host port ${port}/${protocol} is used ${bindings.length} times: ${claims.join(', ')}`,
      port,
      protocol,
      services: unique(bindings.map((binding) => binding.service)),
      lines: uniqueNumbers(bindings.map((binding) => binding.line)),
    });
  }
  return findings;
}

function internalConflicts(registry: RegistryRecord): PortFinding[] {
  const findings: PortFinding[] = [];
  for (const service of registry.services.filter((candidate) => candidate.container)) {
    const seen = new Map<string, number[]>();
    for (const port of service.ports) {
      const key = `${port.protocol}/${port.internal}`;
      seen.set(key, [...(seen.get(key) ?? []), port.line]);
    }
    for (const [key, lines] of seen) {
      if (lines.length < 2) continue;
      const [protocol, number] = key.split('/') as ['tcp' | 'udp', string];
      findings.push({
        rule: 'internal-port-conflict',
        level: PORT_RULES['internal-port-conflict'].level,
        message: `container ${service.name} lists internal port ${number}/${protocol} ${lines.length} times (lines ${lines.join(', ')})`,
        port: Number(number),
        protocol,
        services: [service.name],
        lines,
      });
    }
  }
  return findings;
}

function outOfRange(registry: RegistryRecord): PortFinding[] {
  const ranges = new Map(registry.ranges.map((range) => [range.name, range]));
  const findings: PortFinding[] = [];
  for (const service of registry.services) {
    const range = service.range === undefined ? undefined : ranges.get(service.range);
    if (!range) continue;
    for (const port of service.ports) {
      for (const number of hostPorts(service, port)) {
        if (number >= range.from && number <= range.to) continue;
        findings.push({
          rule: 'port-out-of-range',
          level: PORT_RULES['port-out-of-range'].level,
          message: `${service.name} (${port.name}, line ${port.line}) uses host port ${number}, outside its range "${range.name}" ${range.from}-${range.to}`,
          port: number,
          protocol: port.protocol,
          services: [service.name],
          lines: [port.line],
        });
      }
    }
  }
  return findings;
}

function rangeOverlaps(registry: RegistryRecord): PortFinding[] {
  const findings: PortFinding[] = [];
  registry.ranges.forEach((a, i) => {
    for (const b of registry.ranges.slice(i + 1)) {
      const from = Math.max(a.from, b.from);
      const to = Math.min(a.to, b.to);
      if (from > to) continue;
      findings.push({
        rule: 'range-overlap',
        level: PORT_RULES['range-overlap'].level,
        message: `ranges "${a.name}" (line ${a.line}) and "${b.name}" (line ${b.line}) overlap on ${from}-${to}`,
        port: from,
        protocol: null,
        services: [a.name, b.name].sort(),
        lines: uniqueNumbers([a.line, b.line]),
      });
    }
  });
  return findings;
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

function uniqueNumbers(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

export function referencePortsSection(registry: RegistryRecord, findings: PortFinding[]): PortsSection {
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
  const bindings = referenceBindings(registry.services);
  const distinct = new Set(bindings.map((binding) => `${binding.protocol}/${binding.port}`));
  const ranges = registry.ranges.map((range) => {
    const members = new Set(registry.services.filter((service) => service.range === range.name).map((service) => service.name));
    const used = new Set(bindings.filter((binding) => members.has(binding.service)).map((binding) => `${binding.protocol}/${binding.port}`));
    return { name: range.name, from: range.from, to: range.to, description: range.description ?? null, used: used.size, line: range.line };
  });
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

// Unpublished container ports sort after every host port, by their internal port.
function sortKey(row: PortRow): number {
  return row.host_ports[0] ?? 65536 + row.internal;
}

type OwningService = { name: string; ports: { internal: number; external?: number }[] };

export function referencePortOwners(services: readonly OwningService[]): Map<number, string[]> {
  const owners = new Map<number, string[]>();
  for (const service of services) {
    for (const port of service.ports) {
      for (const number of new Set([port.internal, ...(port.external === undefined ? [] : [port.external])])) {
        const list = owners.get(number) ?? [];
        if (!list.includes(service.name)) list.push(service.name);
        owners.set(number, list.sort(compareStrings));
      }
    }
  }
  return owners;
}
