import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRegistry, portOwners, portsSection } from '../../../src/metrics/ports/index.ts';
import { parseRegistry } from '../../../src/sources/ports/index.ts';
import type { RegistryRecord } from '../../../src/sources/ports/registry-schema.ts';
import { referenceCheckRegistry, referencePortOwners, referencePortsSection } from './reference.ts';

/**
 * The registry check indexes ports once (linear, or n log n where it sorts); the reference is the
 * nested-loop version it replaced. Both must give the same findings, table and figures, in the same
 * order, for any registry: small port and name pools force conflicts, overlaps, out-of-range ports,
 * names that join alike ("a,b" + "c" and "a" + "b,c"), repeated lines and, for records built
 * directly, repeated service and range names that the parser would refuse.
 */

const names = ['a', 'b', 'c', 'a,b', 'b,c', 'svc', 'Z', 'é'];
const portNumber = fc.integer({ min: 1, max: 40 });
const line = fc.integer({ min: 1, max: 60 });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const rangeRecord = fc
  .record({ name: fc.constantFrom(...names), from: portNumber, width: fc.integer({ min: 0, max: 25 }), description: maybe(fc.string()), line })
  .map(({ width, description, ...range }) => ({ ...range, to: range.from + width, ...(description === undefined ? {} : { description }) }));

const portRecord = fc
  .record({
    name: fc.constantFrom('http', 'grpc', 'metrics'),
    internal: portNumber,
    external: maybe(portNumber),
    protocol: fc.constantFrom('tcp' as const, 'udp' as const),
    description: maybe(fc.constantFrom('port text', '')),
    line,
  })
  .map(({ external, description, ...port }) => ({
    ...port,
    ...(external === undefined ? {} : { external }),
    ...(description === undefined ? {} : { description }),
  }));

const serviceRecord = fc
  .record({
    name: fc.constantFrom(...names),
    container: fc.boolean(),
    range: maybe(fc.constantFrom(...names, 'undeclared')),
    owner: maybe(fc.constantFrom('team-a', 'team-b')),
    description: maybe(fc.constantFrom('service text')),
    ports: fc.array(portRecord, { minLength: 1, maxLength: 4 }),
    line,
  })
  .map(({ range, owner, description, ...service }) => ({
    ...service,
    ...(range === undefined ? {} : { range }),
    ...(owner === undefined ? {} : { owner }),
    ...(description === undefined ? {} : { description }),
  }));

const registryRecord: fc.Arbitrary<RegistryRecord> = fc.record({
  file: fc.constant('registry.yaml'),
  version: fc.constant(1 as const),
  ranges: fc.array(rangeRecord, { maxLength: 8 }),
  services: fc.array(serviceRecord, { maxLength: 30 }),
});

describe('the linear registry check agrees with the nested-loop reference', () => {
  it('on registry records (findings, table, figures, order)', () => {
    fc.assert(
      fc.property(registryRecord, (registry) => {
        const findings = checkRegistry(registry);
        expect(findings).toEqual(referenceCheckRegistry(registry));
        expect(portsSection(registry, findings)).toEqual(referencePortsSection(registry, findings));
        expect([...portOwners(registry.services)]).toEqual([...referencePortOwners(registry.services)]);
      }),
      { numRuns: 2000 },
    );
  });

  it('on registry.yaml texts, where every service and port line is where the text puts it', () => {
    // Unique service and range names (the parser refuses repeats); ranges named before use.
    const text = fc
      .record({
        ranges: fc.uniqueArray(rangeRecord, { maxLength: 6, selector: (range) => range.name }),
        services: fc.uniqueArray(serviceRecord, { maxLength: 20, selector: (service) => service.name }),
        blank: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
      })
      .map(({ ranges, services, blank }) => registryText(ranges, services, blank));
    fc.assert(
      fc.property(text, ({ yaml, lines }) => {
        const registry = parseRegistry(yaml, 'registry.yaml');
        expect(registry.services.map((service) => [service.line, service.ports.map((port) => port.line)])).toEqual(lines);
        const findings = checkRegistry(registry);
        expect(findings).toEqual(referenceCheckRegistry(registry));
        expect(portsSection(registry, findings)).toEqual(referencePortsSection(registry, findings));
      }),
      { numRuns: 300 },
    );
  });
});

type RangeRecord = RegistryRecord['ranges'][number];
type ServiceRecord = RegistryRecord['services'][number];

/** The YAML of a registry, with blank and comment lines sprinkled in, and the line of each service and its ports. */
function registryText(ranges: RangeRecord[], services: ServiceRecord[], blank: boolean[]): { yaml: string; lines: [number, number[]][] } {
  const out: string[] = ['# ports', 'version: 1'];
  let next = 0;
  const filler = () => {
    if (blank[next++ % blank.length]) out.push(next % 2 ? '' : '  # note');
  };
  const declared = new Set(ranges.map((range) => range.name));
  out.push(ranges.length === 0 ? 'ranges: []' : 'ranges:');
  for (const range of ranges) {
    filler();
    out.push(`  - name: ${JSON.stringify(range.name)}`, `    from: ${range.from}`, `    to: ${range.to}`);
  }
  out.push(services.length === 0 ? 'services: []' : 'services:');
  const lines: [number, number[]][] = [];
  for (const service of services) {
    filler();
    const serviceLine = out.length + 1;
    out.push(`  - name: ${JSON.stringify(service.name)}`, `    container: ${service.container}`);
    if (service.range !== undefined && declared.has(service.range)) out.push(`    range: ${JSON.stringify(service.range)}`);
    out.push('    ports:');
    const portLines: number[] = [];
    for (const port of service.ports) {
      filler();
      portLines.push(out.length + 1);
      out.push(`      - name: ${port.name}`, `        internal: ${port.internal}`, `        protocol: ${port.protocol}`);
      if (port.external !== undefined) out.push(`        external: ${port.external}`);
    }
    lines.push([serviceLine, portLines]);
  }
  return { yaml: `${out.join('\n')}\n`, lines };
}
