import { compareStrings } from '../../core/compare.ts';
import { roundTo } from '../../core/numbers.ts';
import { HOUR_MS } from '../../core/time.ts';
import type { FalsePositive, FalsePositives, GateRunSummary } from '../../model/gates.ts';
import type { Incident } from '../../model/incidents.ts';

/** What false positives need of an incident: its id, when it started (ISO 8601) and whether that is only a day. */
export type IncidentStart = Pick<Incident, 'id' | 'start' | 'assumptions'>;

/**
 * Seed 001's false positive: the gates said ALLOW, and production broke anyway. For each incident,
 * the most recent run at or before its start is found; when that run ALLOWed and the incident began
 * within `windowHours` of it, the run is a false positive (each run counted once, with its first
 * incident). A REJECT just before an incident is the gates doing their job, not a false positive.
 * An incident whose report gives its start as a day without a time is left out: 00:00 UTC stands
 * in for a time that may be hours later, so which run came before it cannot be told.
 */
export function falsePositives(runs: readonly GateRunSummary[], incidents: readonly IncidentStart[], windowHours: number): FalsePositives {
  const chronological = [...runs].sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  const found = new Map<string, FalsePositive>();
  const byStart = incidents
    .filter((incident) => !incident.assumptions?.includes('start-day-only'))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || compareStrings(a.id, b.id));
  for (const incident of byStart) {
    const start = Date.parse(incident.start);
    const before = chronological.filter((run) => Date.parse(run.time) <= start);
    const run = before[before.length - 1];
    if (run?.verdict !== 'ALLOW' || found.has(run.run)) continue;
    const hours = (start - Date.parse(run.time)) / HOUR_MS;
    if (hours > windowHours) continue;
    found.set(run.run, {
      run: run.run,
      run_time: run.time,
      incident: incident.id,
      incident_start: new Date(start).toISOString(),
      hours_after: roundTo(hours, 2),
    });
  }
  const allowRuns = runs.filter((run) => run.verdict === 'ALLOW').length;
  const items = [...found.values()].sort((a, b) => compareStrings(a.run_time, b.run_time));
  return {
    window_hours: windowHours,
    allow_runs: allowRuns,
    count: items.length,
    rate: allowRuns === 0 ? null : items.length / allowRuns,
    items,
  };
}
