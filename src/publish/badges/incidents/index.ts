import type { IncidentsSection } from '../../../model/incidents.ts';
import type { PublishedBadge } from '../../../model/status-model.ts';
import { toEndpoint } from '../badge.ts';
import { endpointBadgeSchema } from '../../../model/badge.ts';
import { incidentsDaysSinceBadge } from './incidents-days-since.ts';
import { incidentsMttrBadge } from './incidents-mttr.ts';

export { incidentsMttrBadge, incidentsDaysSinceBadge };
export { formatDuration } from '../../../core/time.ts';

export function incidentsBadges(section: IncidentsSection, cacheSeconds: number): PublishedBadge[] {
  return [
    publish(incidentsMttrBadge.file, toEndpoint(incidentsMttrBadge, section.mttr_minutes, cacheSeconds)),
    publish(
      incidentsDaysSinceBadge.file,
      toEndpoint(incidentsDaysSinceBadge, { days: section.days_since_last, open: section.open }, cacheSeconds),
    ),
  ];
}

function publish(file: string, endpoint: unknown): PublishedBadge {
  return { file, kind: 'incidents', endpoint: endpointBadgeSchema.parse(endpoint) };
}
