import type { Check, FeedEvent } from '../../model/status-model.ts';
import { listFileVersions } from '../../git/index.ts';
import { checkRegistry, portsMarkdown, portsSection } from '../../metrics/ports/index.ts';
import { stableJson } from '../../core/json.ts';
import { isoSeconds } from '../../core/time.ts';
import { portConflictsBadge, portsRegisteredBadge } from '../../publish/badges/ports/index.ts';
import { toEndpoint } from '../../publish/badges/badge.ts';
import { readRegistry } from '../../sources/ports/index.ts';
import type { PortsSection } from '../../model/ports.ts';
import type { EvidenceKind } from '../kind.ts';

/**
 * Port registry (seed 003): validates `registry.yaml` and publishes the services/ports table.
 * A conflict is a failing check (the build's verdict), never a crash; a registry that cannot be
 * read or breaks its schema is bad input (exit 2).
 */
export const portsKind: EvidenceKind<'ports'> = {
  id: 'ports',
  async collect(context) {
    const source = context.config.sources.ports!;
    context.progress(`ports: reading ${source.path}`);
    const registry = await readRegistry(context.repo.root, source.path);
    const section = portsSection(registry, checkRegistry(registry));
    // Conflict events carry the commit that last changed the registry, so a rebuild or a later
    // unrelated commit does not announce the same conflict again.
    const lastChange = (await listFileVersions(context.repo, registry.file)).at(-1);
    const origin = lastChange ? { commit: lastChange.commit, date: isoSeconds(lastChange.date) } : { commit: context.repo.head.commit, date: isoSeconds(context.repo.head.date) };
    const cacheSeconds = context.config.badges.cache_seconds;
    return {
      section,
      files: [
        { path: 'status/ports.json', content: stableJson(section) },
        { path: 'status/PORTS.md', content: portsMarkdown(section) },
      ],
      badges: [
        { file: portConflictsBadge.file, kind: 'ports', endpoint: toEndpoint(portConflictsBadge, section.summary, cacheSeconds) },
        { file: portsRegisteredBadge.file, kind: 'ports', endpoint: toEndpoint(portsRegisteredBadge, section.summary, cacheSeconds) },
      ],
      checks: [registryCheck(section)],
      events: conflictEvents(section, origin),
      state: {},
    };
  },
};

export function registryCheck(section: PortsSection): Check {
  const { errors, warnings, conflicts, out_of_range, services, host_ports } = section.summary;
  const status = errors > 0 ? 'fail' : warnings > 0 ? 'warn' : 'pass';
  const message =
    status === 'pass'
      ? `${services} services, ${host_ports} host ports, no conflicts`
      : `${conflicts} conflict${conflicts === 1 ? '' : 's'}, ${out_of_range} out of range, ${warnings} warning${warnings === 1 ? '' : 's'}: ` +
        section.findings.map((finding) => finding.message).join('; ');
  return { id: 'ports.registry', kind: 'ports', title: 'Port registry', status, message };
}

function conflictEvents(section: PortsSection, origin: { commit: string; date: string }): FeedEvent[] {
  return section.findings
    .filter((finding) => finding.rule === 'port-conflict' || finding.rule === 'internal-port-conflict')
    .map((finding) => ({
      id: `ports:${origin.commit}:conflict:${finding.protocol ?? 'tcp'}-${finding.port}:${finding.services.join('+')}`,
      kind: 'ports',
      type: 'port-conflict',
      title: `Port conflict on ${finding.port}/${finding.protocol ?? 'tcp'}: ${finding.services.join(', ')}`,
      summary: finding.message,
      date: origin.date,
      commit: origin.commit,
    }));
}
