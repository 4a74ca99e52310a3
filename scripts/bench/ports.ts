import { checkRegistry, portsSection } from '../../src/metrics/ports/index.ts';
import { parseRegistry } from '../../src/sources/ports/index.ts';

/**
 * Port registry check (`govpages ports check`, and a build's ports kind) on generated registries of
 * 2,000, 8,000 and 32,000 services: one range of 180 ports per 100 services, one or two ports a
 * service, 60% containers (half their ports published), host ports drawn from the service's range
 * with a few outside it, so there are conflicts and out-of-range ports to report. Generated from a
 * fixed seed. Times parsing `registry.yaml` (YAML, schema, the line of every service and port) and
 * the check plus the services/ports table; both grow linearly, so `us_per_service` stays flat.
 */
export function runPortsBench(sizes: readonly number[] = [2000, 8000, 32000]): Record<string, number | string> {
  const figures: Record<string, number | string> = {};
  // One small run first, so the first size does not also pay for compiling the code.
  const warm = parseRegistry(registryYaml(500), 'registry.yaml');
  portsSection(warm, checkRegistry(warm));
  for (const services of sizes) {
    const text = registryYaml(services);
    let start = performance.now();
    let cpu = process.cpuUsage();
    const registry = parseRegistry(text, 'registry.yaml');
    const parseMs = performance.now() - start;
    const parseCpuMs = cpuMs(cpu);
    start = performance.now();
    cpu = process.cpuUsage();
    const section = portsSection(registry, checkRegistry(registry));
    const checkMs = performance.now() - start;
    const checkCpuMs = cpuMs(cpu);
    const prefix = `services_${services}`;
    figures[`${prefix}_ports`] = section.summary.ports;
    figures[`${prefix}_findings`] = section.findings.length;
    figures[`${prefix}_yaml_kib`] = Math.round(text.length / 1024);
    figures[`${prefix}_parse_ms`] = Math.round(parseMs);
    figures[`${prefix}_parse_cpu_ms`] = Math.round(parseCpuMs);
    figures[`${prefix}_check_ms`] = Math.round(checkMs);
    figures[`${prefix}_check_cpu_ms`] = Math.round(checkCpuMs);
    figures[`${prefix}_total_ms`] = Math.round(parseMs + checkMs);
    figures[`${prefix}_us_per_service`] = Math.round(((parseMs + checkMs) * 1000) / services);
  }
  return figures;
}

/** A registry.yaml of `count` services (deterministic). */
export function registryYaml(count: number): string {
  let state = 0x2545f491;
  const next = (below: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % below;
  };
  const teams = Math.ceil(count / 100);
  const width = 180;
  const lines = ['version: 1', 'ranges:'];
  for (let team = 0; team < teams; team++) {
    const from = 1024 + team * width;
    lines.push(`  - name: team-${team}`, `    from: ${from}`, `    to: ${from + width - 1}`, `    description: ports of team ${team}`);
  }
  lines.push('services:');
  for (let index = 0; index < count; index++) {
    const team = Math.floor(index / 100);
    const container = next(10) < 6;
    // One host port in a hundred falls outside the service's range.
    const hostPort = () => (next(100) === 0 ? 1024 + ((team + 1) % teams) * width + next(width) : 1024 + team * width + next(width));
    lines.push(`  - name: svc-${index}`, `    owner: team-${team}`, `    range: team-${team}`, `    container: ${container}`, '    ports:');
    const ports = 1 + next(2);
    for (let port = 0; port < ports; port++) {
      lines.push(`      - name: ${port === 0 ? 'http' : 'metrics'}`);
      if (container) {
        lines.push(`        internal: ${port === 0 ? 8080 : 9090}`);
        if (next(2) === 0) lines.push(`        external: ${hostPort()}`);
      } else {
        lines.push(`        internal: ${hostPort()}`);
      }
      if (next(20) === 0) lines.push('        protocol: udp');
    }
  }
  return `${lines.join('\n')}\n`;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(runPortsBench(), null, 2));
}
