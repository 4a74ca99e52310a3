import type { Check, FeedEvent } from '../../model/status-model.ts';
import type { GateRunSummary, GatesSection } from '../../model/gates.ts';
import { computeGatesSection, type IncidentStart } from '../../metrics/gates/index.ts';
import { gatesBadges } from '../../publish/badges/gates/index.ts';
import { stableJson } from '../../core/json.ts';
import { parseProbeHistory, PROBE_HISTORY_FILE, readGateRecords } from '../../sources/gates/index.ts';
import { readIncidents } from '../../sources/incidents/index.ts';
import type { EvidenceKind } from '../kind.ts';

/**
 * Deploy gates and probes (seeds 000, 001): gate run records from the repository, the probe history
 * from the state branch (written by `govpages probe`; the build itself never probes), and incident
 * starts for false positives when incidents are configured.
 */
export const gatesKind: EvidenceKind<'gates'> = {
  id: 'gates',
  async collect(context) {
    const source = context.config.sources.gates!;
    context.progress(`gates: reading ${source.path}`);
    const records = await readGateRecords(context.repo, source.path);
    const history = parseProbeHistory(context.previousState.get(PROBE_HISTORY_FILE) ?? '');
    const incidentsSource = context.config.sources.incidents;
    const incidents: IncidentStart[] = incidentsSource
      ? (await readIncidents(context.repo, incidentsSource.path)).map((incident) => ({ id: incident.id, start: incident.start }))
      : [];
    const section = computeGatesSection({ config: source, records, history, incidents, now: context.now });
    return {
      section,
      files: [{ path: 'status/gates.json', content: stableJson(section) }],
      badges: gatesBadges(section, context.config.badges.cache_seconds),
      checks: gatesChecks(section),
      events: gatesEvents(section),
      // The probe history is written by `govpages probe`; the build keeps it as it is.
      state: {},
    };
  },
};

export function gatesChecks(section: GatesSection): Check[] {
  const checks: Check[] = [];
  const { current } = section;
  if (!section.latest_run) {
    checks.push({ id: 'gates.verdict', kind: 'gates', title: 'Deploy gates', status: 'warn', message: `no gate runs recorded under ${section.source_path}` });
  } else {
    const status = current.suite_verdict === 'BLOCKED' ? 'fail' : current.suite_verdict === 'CAUTION' ? 'warn' : 'pass';
    const problems = [
      current.failed_gates.length ? `failed: ${current.failed_gates.join(', ')}` : '',
      current.warned_gates.length ? `warnings: ${current.warned_gates.join(', ')}` : '',
    ].filter(Boolean);
    checks.push({
      id: 'gates.verdict',
      kind: 'gates',
      title: 'Deploy gates',
      status,
      message: `${current.verdict} (${current.suite_verdict}, exit ${current.exit_code}) over the latest result of ${section.gates.length} gates${problems.length ? `; ${problems.join('; ')}` : ''}`,
    });
  }
  if (section.probes.length) {
    const failing = section.probes.filter((probe) => probe.last_status === 'fail');
    const warning = section.probes.filter((probe) => probe.last_status === 'warn');
    checks.push({
      id: 'gates.probes',
      kind: 'gates',
      title: 'Probes',
      status: failing.length ? 'fail' : warning.length ? 'warn' : 'pass',
      message: failing.length || warning.length
        ? [...failing, ...warning].map((probe) => `${probe.name}: ${probe.last_message}`).join('; ')
        : `${section.probes.length} probes passing at their last run`,
    });
  }
  return checks;
}

/** A REJECT run, and the first ALLOW after a REJECT (a recovery), as governance events. */
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
