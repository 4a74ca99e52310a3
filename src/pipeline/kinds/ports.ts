import { checkRegistry, conflictEvents, portsSection, registryCheck } from '../../metrics/ports/index.ts';
import { portsBadges, portsFiles } from '../../publish/files/ports.ts';
import { readRegistry } from '../../sources/ports/index.ts';
import type { BuildContext, EvidenceKind, KindResult } from '../kind.ts';

/**
 * Port registry (seed 003): validates the committed `registry.yaml` and publishes the
 * services/ports table. A conflict is a failing check (the build's verdict), never a crash; a
 * registry that cannot be read or breaks its schema is bad input (exit 2).
 */
export async function collectPorts(context: BuildContext): Promise<KindResult<'ports'>> {
  const source = context.config.sources.ports!;
  context.progress(`ports: reading ${source.path}`);
  const { registry, changed } = await readRegistry(context.repo, context.snapshot, source.path);
  const section = portsSection(registry, checkRegistry(registry));
  return {
    section,
    files: portsFiles(section),
    badges: portsBadges(section, context.config.badges.cache_seconds),
    checks: [registryCheck(section)],
    events: conflictEvents(section, changed),
    state: {},
  };
}

export const portsKind: EvidenceKind<'ports'> = { id: 'ports', collect: collectPorts, inputs: ({ sources }) => [sources.ports!.path] };
