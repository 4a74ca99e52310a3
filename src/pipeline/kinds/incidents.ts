import type { Check, FeedEvent } from '../../model/status-model.ts';
import type { IncidentsSection } from '../../model/incidents.ts';
import { computeIncidentsSection } from '../../metrics/incidents/index.ts';
import { formatDuration, incidentsBadges } from '../../publish/badges/incidents/index.ts';
import { stableJson } from '../../core/json.ts';
import { readIncidents } from '../../sources/incidents/index.ts';
import type { EvidenceKind } from '../kind.ts';

/** Incident reports (seed 000): list and detail data, MTTR, days since the last incident, feed events. */
export const incidentsKind: EvidenceKind<'incidents'> = {
  id: 'incidents',
  async collect(context) {
    const source = context.config.sources.incidents!;
    context.progress(`incidents: reading ${source.path}`);
    const incidents = await readIncidents(context.repo, source.path);
    const section = computeIncidentsSection(incidents, context.now, source.path);
    return {
      section,
      files: [{ path: 'status/incidents.json', content: stableJson(section) }],
      badges: incidentsBadges(section, context.config.badges.cache_seconds),
      checks: [incidentsCheck(section)],
      events: incidentEvents(section, context.repo.head.commit),
      state: {},
    };
  },
};

/** An open critical or high incident fails the verdict; any other open incident warns. */
export function incidentsCheck(section: IncidentsSection): Check {
  const open = section.incidents.filter((incident) => incident.status === 'open');
  const severe = open.filter((incident) => incident.severity === 'critical' || incident.severity === 'high');
  const status = severe.length ? 'fail' : open.length ? 'warn' : 'pass';
  const mttr = section.mttr_minutes === null ? 'no resolved incidents' : `MTTR ${formatDuration(section.mttr_minutes)}`;
  const message = open.length
    ? `${open.length} open: ${open.map((incident) => `${incident.title} (${incident.severity})`).join('; ')}`
    : `${section.total} incidents, none open, ${mttr}${section.days_since_last === null ? '' : `, ${section.days_since_last} days since the last`}`;
  return { id: 'incidents.open', kind: 'incidents', title: 'Incidents', status, message };
}

export function incidentEvents(section: IncidentsSection, headCommit: string): FeedEvent[] {
  const events: FeedEvent[] = [];
  for (const incident of [...section.incidents].reverse()) {
    const commit = incident.commit ?? headCommit;
    const services = incident.services.join(', ');
    events.push({
      id: `incidents:${commit}:opened:${incident.id}`,
      kind: 'incidents',
      type: 'incident-opened',
      title: `Incident (${incident.severity}): ${incident.title}`,
      summary: incident.summary || `Affected: ${services}.`,
      date: incident.start,
      commit,
    });
    if (incident.end) {
      events.push({
        id: `incidents:${commit}:resolved:${incident.id}`,
        kind: 'incidents',
        type: 'incident-resolved',
        title: `Incident resolved after ${formatDuration(incident.duration_minutes ?? 0)}: ${incident.title}`,
        summary: `Affected: ${services}. Root causes: ${incident.root_causes.join('; ') || 'not recorded'}.`,
        date: incident.end,
        commit,
      });
    }
  }
  return events;
}
