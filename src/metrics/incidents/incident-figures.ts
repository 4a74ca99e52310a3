import { compareStrings } from '../../core/compare.ts';
import { roundTo } from '../../core/numbers.ts';
import { DAY_MS } from '../../core/time.ts';
import type { Incident, IncidentSeverity, IncidentsSection } from '../../model/incidents.ts';

/**
 * Mean time to resolve in minutes over resolved incidents, one decimal; null when none resolved.
 * Seed 000 counts an incident from its start to its end ("2-hour outage" -> MTTR 2 hours).
 */
export function mttrMinutes(incidents: readonly Incident[]): number | null {
  // A resolved incident without a known duration (its end not stated, or its start only a day) has no time to resolve to average.
  const durations = incidents
    .filter((incident) => incident.end && incident.duration_minutes !== null)
    .map((incident) => Date.parse(incident.end!) - Date.parse(incident.start));
  if (durations.length === 0) return null;
  const mean = durations.reduce((sum, ms) => sum + ms, 0) / durations.length / 60_000;
  return roundTo(mean, 1);
}

/**
 * Whole days from the start of the latest incident (started at or before `now`) to `now`;
 * 0 while any incident is open (a resolved one whose end is not stated is not); null when there is none.
 */
export function daysSinceLastIncident(incidents: readonly Incident[], now: string): number | null {
  const nowMs = Date.parse(now);
  const past = incidents.filter((incident) => Date.parse(incident.start) <= nowMs);
  if (past.length === 0) return null;
  if (past.some((incident) => incident.status === 'open' || (incident.end !== null && Date.parse(incident.end) > nowMs))) return 0;
  const latest = Math.max(...past.map((incident) => Date.parse(incident.start)));
  return Math.floor((nowMs - latest) / DAY_MS);
}

/** The incidents section (pure). Incidents starting after `now` are left out. */
export function computeIncidentsSection(incidents: readonly Incident[], now: string, sourcePath: string): IncidentsSection {
  const nowMs = Date.parse(now);
  const known = incidents
    .filter((incident) => Date.parse(incident.start) <= nowMs)
    .map((incident) =>
      // An incident that ends after `now` was still open at `now`.
      incident.end && Date.parse(incident.end) > nowMs ? { ...incident, end: null, status: 'open' as const, duration_minutes: null } : incident,
    )
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start) || compareStrings(a.id, b.id));
  const bySeverity: Record<IncidentSeverity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  // A report that states no severity is in none of the counts (its page says so), not in a made-up one.
  for (const incident of known) if (incident.severity) bySeverity[incident.severity]++;
  const open = known.filter((incident) => incident.status === 'open').length;
  return {
    source_path: sourcePath,
    incidents: known,
    total: known.length,
    open,
    resolved: known.length - open,
    by_severity: bySeverity,
    mttr_minutes: mttrMinutes(known),
    days_since_last: daysSinceLastIncident(known, now),
    last_incident: known[0]?.id ?? null,
  };
}
