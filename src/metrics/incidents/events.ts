import { formatDuration } from '../../core/time.ts';
import type { IncidentsSection } from '../../model/incidents.ts';
import type { FeedEvent } from '../../model/status-model.ts';

/**
 * Each incident's opening and, once resolved, its resolution, oldest incident first. Ids carry the
 * commit that added the report (`headCommit` when git does not know it), so later commits do not
 * announce the same incident again.
 */
export function incidentEvents(section: IncidentsSection, headCommit: string): FeedEvent[] {
  const events: FeedEvent[] = [];
  for (const incident of [...section.incidents].reverse()) {
    const commit = incident.commit ?? headCommit;
    const services = incident.services.join(', ');
    events.push({
      id: `incidents:${commit}:opened:${incident.id}`,
      kind: 'incidents',
      type: 'incident-opened',
      title: incident.severity ? `Incident (${incident.severity}): ${incident.title}` : `Incident: ${incident.title}`,
      summary: incident.summary || `Affected: ${services || 'not stated'}.`,
      date: incident.start,
      commit,
    });
    if (incident.end) {
      events.push({
        id: `incidents:${commit}:resolved:${incident.id}`,
        kind: 'incidents',
        type: 'incident-resolved',
        title: `Incident resolved after ${formatDuration(incident.duration_minutes ?? 0)}: ${incident.title}`,
        summary: `Affected: ${services || 'not stated'}. Root causes: ${incident.root_causes.join('; ') || 'not recorded'}.`,
        date: incident.end,
        commit,
      });
    }
  }
  return events;
}
