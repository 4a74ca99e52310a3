import type { IncidentsSection } from '../../../model/incidents.ts';
import type { PublishedBadge } from '../../../model/status-model.ts';
import { publishBadge } from '../badge.ts';
import { incidentsDaysSinceBadge } from './incidents-days-since.ts';
import { incidentsMttrBadge } from './incidents-mttr.ts';

export { formatDuration } from '../../../core/time.ts';
export { incidentsDaysSinceBadge, incidentsMttrBadge };

export function incidentsBadges(section: IncidentsSection, cacheSeconds: number): PublishedBadge[] {
  return [
    publishBadge('incidents', incidentsMttrBadge, section.mttr_minutes, cacheSeconds),
    publishBadge('incidents', incidentsDaysSinceBadge, { days: section.days_since_last, open: section.open }, cacheSeconds),
  ];
}
