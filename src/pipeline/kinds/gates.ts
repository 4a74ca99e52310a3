import { pathPathspec } from '../../git/index.ts';
import { computeGatesSection, gatesChecks, gatesEvents } from '../../metrics/gates/index.ts';
import { gatesBadges } from '../../publish/badges/gates/index.ts';
import { gatesFiles } from '../../publish/files/gates.ts';
import { PROBE_HISTORY_FILE, parseProbeHistory, readGateRecords } from '../../sources/gates/index.ts';
import { readIncidentReports } from '../../sources/incidents/index.ts';
import type { BuildContext, EvidenceKind, KindResult } from '../kind.ts';

/**
 * Deploy gates and probes (seeds 000, 001): gate run records from the commit, the probe history
 * from the state branch (written by `govpages probe`; the build itself never probes), and incident
 * starts for false positives when incidents are configured.
 */
export async function collectGates(context: BuildContext): Promise<KindResult<'gates'>> {
  const source = context.config.sources.gates!;
  context.progress(`gates: reading ${source.path}`);
  const records = await readGateRecords(context.snapshot, source.path);
  const history = parseProbeHistory(context.previousState.get(PROBE_HISTORY_FILE) ?? '', `${context.config.state.branch}:${PROBE_HISTORY_FILE}`);
  const incidentsSource = context.config.sources.incidents;
  const incidents = incidentsSource ? await readIncidentReports(context.snapshot, incidentsSource.path) : [];
  const section = computeGatesSection({ config: source, records, history, incidents, now: context.now });
  return {
    section,
    files: gatesFiles(section),
    badges: gatesBadges(section, context.config.badges.cache_seconds),
    checks: gatesChecks(section),
    events: gatesEvents(section),
    // The probe history is written by `govpages probe`; the build keeps it as it is.
    state: {},
  };
}

export const gatesKind: EvidenceKind<'gates'> = { id: 'gates', collect: collectGates, inputs: ({ sources }) => [pathPathspec(sources.gates!.path)] };
