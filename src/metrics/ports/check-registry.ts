import { compareStrings } from '../../core/compare.ts';
import type { PortFinding } from '../../model/ports.ts';
import type { RegistryRecord } from '../../sources/ports/registry-schema.ts';
import { hostBindings, hostPorts } from './host-bindings.ts';
import { PORT_RULES } from './rules.ts';

/**
 * Every finding of the registry, sorted by port, then rule, then services (ties keep the order they
 * were found in). Linear in services and ports: host ports are grouped by port/protocol once;
 * range overlaps cost n log n in ranges plus one step per overlap found.
 */
export function checkRegistry(registry: RegistryRecord): PortFinding[] {
  const findings = [...conflicts(registry), ...internalConflicts(registry), ...outOfRange(registry), ...rangeOverlaps(registry)];
  const keyed = findings.map((finding) => ({ finding, services: finding.services.join() }));
  keyed.sort((a, b) => a.finding.port - b.finding.port || compareStrings(a.finding.rule, b.finding.rule) || compareStrings(a.services, b.services));
  return keyed.map(({ finding }) => finding);
}

function conflicts(registry: RegistryRecord): PortFinding[] {
  const byPort = groupBy(hostBindings(registry.services), (binding) => `${binding.protocol}/${binding.port}`);
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
    const seen = groupBy(service.ports, (port) => `${port.protocol}/${port.internal}`);
    for (const [key, ports] of seen) {
      if (ports.length < 2) continue;
      const [protocol, number] = key.split('/') as ['tcp' | 'udp', string];
      const lines = ports.map((port) => port.line);
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
  const { ranges } = registry;
  // Sweep by start: every range that starts inside `a` (at or after its start) overlaps it, and
  // the walk stops at the first that starts past its end, so each step finds an overlap.
  const byStart = ranges.map((_, index) => index).sort((i, j) => ranges[i]!.from - ranges[j]!.from || i - j);
  const pairs: [number, number][] = [];
  byStart.forEach((i, position) => {
    for (let next = position + 1; next < byStart.length && ranges[byStart[next]!]!.from <= ranges[i]!.to; next++) {
      const j = byStart[next]!;
      pairs.push(i < j ? [i, j] : [j, i]);
    }
  });
  // In declaration order, each pair named first range first.
  pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  return pairs.map(([i, j]) => {
    const a = ranges[i]!;
    const b = ranges[j]!;
    const from = Math.max(a.from, b.from);
    const to = Math.min(a.to, b.to);
    return {
      rule: 'range-overlap',
      level: PORT_RULES['range-overlap'].level,
      message: `ranges "${a.name}" (line ${a.line}) and "${b.name}" (line ${b.line}) overlap on ${from}-${to}`,
      port: from,
      protocol: null,
      services: [a.name, b.name].sort(),
      lines: uniqueNumbers([a.line, b.line]),
    };
  });
}

/** Items grouped by key, groups in the order their first item came, items in their own order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

function uniqueNumbers(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}
