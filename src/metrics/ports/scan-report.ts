import { compareStrings } from '../../core/compare.ts';
import type { PortHit, PortsScanReport, ScanHit } from '../../model/ports.ts';
import type { RegistryRecord } from '../../sources/ports/registry-schema.ts';

type OwningService = { name: string; ports: { internal: number; external?: number }[] };

/**
 * The `ports scan` report: each hit with the services that own its port (none without a
 * registry), sorted by file, line, port; only unowned hits unless `all`.
 */
export function scanReport(scan: { files_scanned: number; hits: readonly PortHit[] }, registry: RegistryRecord | null, all: boolean): PortsScanReport {
  const owners = portOwners(registry?.services ?? []);
  const hits: ScanHit[] = scan.hits
    .map((hit) => ({ ...hit, owners: owners.get(hit.port) ?? [] }))
    .sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.port - b.port);
  const unowned = hits.filter((hit) => hit.owners.length === 0);
  return { files_scanned: scan.files_scanned, registry: registry?.file ?? null, hardcoded: all ? hits : unowned, unowned: unowned.length };
}

/**
 * Services of the registry that own each port (internal or external, any protocol), each list
 * sorted; ports in the order the registry first names them.
 */
export function portOwners(services: readonly OwningService[]): Map<number, string[]> {
  const owners = new Map<number, Set<string>>();
  for (const service of services) {
    for (const port of service.ports) {
      for (const number of port.external === undefined ? [port.internal] : [port.internal, port.external]) {
        const names = owners.get(number) ?? new Set<string>();
        owners.set(number, names.add(service.name));
      }
    }
  }
  return new Map([...owners].map(([number, names]) => [number, [...names].sort(compareStrings)]));
}
