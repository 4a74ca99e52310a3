import { formatDuration } from '../../core/time.ts';
import type { IncidentsSection } from '../../model/incidents.ts';
import type { Check } from '../../model/status-model.ts';

/**
 * An open critical or high incident fails the verdict; any other open incident warns, including
 * one whose report states no severity (it may be severe, but a verdict is not failed on a guess).
 */
export function incidentsCheck(section: IncidentsSection): Check {
  const open = section.incidents.filter((incident) => incident.status === 'open');
  const severe = open.filter((incident) => incident.severity === 'critical' || incident.severity === 'high');
  const status = severe.length ? 'fail' : open.length ? 'warn' : 'pass';
  const mttr = section.mttr_minutes === null ? 'no resolved incidents' : `MTTR ${formatDuration(section.mttr_minutes)}`;
  const message = open.length
    ? `${open.length} open: ${open.map((incident) => `${incident.title} (${incident.severity ?? 'severity not stated'})`).join('; ')}`
    : `${section.total} incidents, none open, ${mttr}${section.days_since_last === null ? '' : `, ${section.days_since_last} days since the last`}`;
  return { id: 'incidents.open', kind: 'incidents', title: 'Incidents', status, message };
}
