import { compareStrings } from '../../core/compare.ts';
import type { PortFinding } from '../../model/ports.ts';
import type { RegistryRecord } from '../../sources/ports/registry-schema.ts';
import { type HostBinding, hostBindings, hostPorts } from './host-bindings.ts';
import { PORT_RULES } from './rules.ts';

/** Every finding of the registry, sorted by port, then rule, then services. */
export function checkRegistry(registry: RegistryRecord): PortFinding[] {
  const findings = [...conflicts(registry), ...internalConflicts(registry), ...outOfRange(registry), ...rangeOverlaps(registry)];
  return findings.sort((a, b) => a.port - b.port || compareStrings(a.rule, b.rule) || compareStrings(a.services.join(), b.services.join()));
}

function conflicts(registry: RegistryRecord): PortFinding[] {
  const byPort = new Map<string, HostBinding[]>();
  for (const binding of hostBindings(registry.services)) {
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
