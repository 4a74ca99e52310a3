import { pathPathspec } from '../../git/index.ts';
import { computeIncidentsSection, incidentEvents, incidentsCheck } from '../../metrics/incidents/index.ts';
import { incidentsBadges } from '../../publish/badges/incidents/index.ts';
import { incidentsFiles } from '../../publish/files/incidents.ts';
import { readIncidents } from '../../sources/incidents/index.ts';
import type { BuildContext, EvidenceKind, KindResult } from '../kind.ts';

/** Incident reports (seed 000): list and detail data, MTTR, days since the last incident, feed events. */
export async function collectIncidents(context: BuildContext): Promise<KindResult<'incidents'>> {
  const source = context.config.sources.incidents!;
  context.progress(`incidents: reading ${source.path}`);
  const incidents = await readIncidents(context, source.path);
  const section = computeIncidentsSection(incidents, context.now, source.path);
  return {
    section,
    files: incidentsFiles(section),
    badges: incidentsBadges(section, context.config.badges.cache_seconds),
    checks: [incidentsCheck(section)],
    events: incidentEvents(section, context.repo.head.commit),
    state: {},
  };
}

export const incidentsKind: EvidenceKind<'incidents'> = {
  id: 'incidents',
  collect: collectIncidents,
  inputs: ({ sources }) => [pathPathspec(sources.incidents!.path)],
};
