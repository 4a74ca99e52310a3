import type { PortsSection } from '../../model/ports.ts';
import type { FeedEvent } from '../../model/status-model.ts';
import type { RegistryChange } from '../../sources/ports/read.ts';

/**
 * One feed event per port conflict. Events carry the commit that last changed the registry, so a
 * rebuild or a later unrelated commit does not announce the same conflict again.
 */
export function conflictEvents(section: PortsSection, origin: RegistryChange): FeedEvent[] {
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
