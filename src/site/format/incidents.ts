import { formatDuration } from '../../core/time.ts';
import type { Incident, IncidentAssumption, IncidentsSection } from '../../model/incidents.ts';

/** The severity as shown: the report's word, or that it states none. */
export function severityLabel(severity: Incident['severity']): string {
  return severity ?? 'severity not stated';
}

export function severityTone(severity: Incident['severity']): 'bad' | 'warn' | 'neutral' {
  return severity === 'critical' || severity === 'high' ? 'bad' : severity === 'medium' ? 'warn' : 'neutral';
}

/** `2h`; `ongoing` while open; `not known` for a resolved incident without a start and end to the minute. */
export function durationLabel(incident: Pick<Incident, 'duration_minutes' | 'status'>): string {
  if (incident.duration_minutes !== null) return formatDuration(incident.duration_minutes);
  return incident.status === 'open' ? 'ongoing' : 'not known';
}

/** The MTTR card's label: how many resolved incidents the mean is over, when not all of them. */
export function mttrLabel(section: Pick<IncidentsSection, 'incidents' | 'resolved'>): string {
  const timed = section.incidents.filter((incident) => incident.status === 'resolved' && incident.duration_minutes !== null).length;
  return timed === section.resolved ? `MTTR (${section.resolved} resolved)` : `MTTR (${timed} of ${section.resolved} resolved: those with a known duration)`;
}

/** Incidents whose report states no severity: in none of the `by_severity` counts. */
export function unstatedSeverities(section: Pick<IncidentsSection, 'incidents'>): number {
  return section.incidents.filter((incident) => incident.severity === null).length;
}

/** How the report was read where it is silent, one sentence per assumption, for the report's page. */
const NOTES: Record<IncidentAssumption, string> = {
  'start-from-file-name': 'The start is the day in the file name.',
  'start-from-body': 'The start is the report\'s "Date" line.',
  'start-day-only': 'The start is a day without a time: shown as 00:00 UTC, so no duration is computed and the incident is not in the MTTR.',
  'end-not-stated': 'The report states no end: counted as resolved (a dated write-up, or its status says so), not in the MTTR.',
  'severity-not-stated': 'The report states no severity: not counted in the severity figures; while open it warns rather than fails.',
  'services-not-stated': 'The report names no services.',
  'title-from-heading': "The title is the report's first heading.",
  'title-from-file-name': 'The title is the file name.',
};

export function assumptionNotes(incident: Pick<Incident, 'assumptions'>): string[] {
  return (incident.assumptions ?? []).map((assumption) => NOTES[assumption]);
}
