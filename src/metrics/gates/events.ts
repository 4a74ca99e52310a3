import type { GateRunSummary, GatesSection } from '../../model/gates.ts';
import type { FeedEvent } from '../../model/status-model.ts';

/**
 * A REJECT run, and the first ALLOW after a REJECT (a recovery), as governance events, oldest
 * first. Ids name the run's commit and run id, so a rebuild announces nothing twice.
 */
export function gatesEvents(section: GatesSection): FeedEvent[] {
  const chronological = [...section.runs].reverse();
  const events: FeedEvent[] = [];
  let previous: GateRunSummary | null = null;
  for (const run of chronological) {
    const commit = run.commit ?? 'unknown';
    if (run.verdict === 'REJECT') {
      events.push({
        id: `gates:${commit}:reject:${run.run}`,
        kind: 'gates',
        type: 'gates-reject',
        title: `Deploy gates REJECT (${run.mode}): ${run.failed_gates.join(', ') || run.warned_gates.join(', ')}`,
        summary: `${run.passed} / ${run.total} gates passed in the ${run.mode} run; the deployment was blocked.`,
        date: run.time,
        ...(run.commit ? { commit: run.commit } : {}),
      });
    } else if (previous?.verdict === 'REJECT') {
      events.push({
        id: `gates:${commit}:recovered:${run.run}`,
        kind: 'gates',
        type: 'gates-recovered',
        title: `Deploy gates ALLOW again (${run.mode})`,
        summary: `${run.passed} / ${run.total} gates passed after the previous REJECT.`,
        date: run.time,
        ...(run.commit ? { commit: run.commit } : {}),
      });
    }
    previous = run;
  }
  return events;
}
