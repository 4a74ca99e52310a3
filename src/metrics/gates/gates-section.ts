import type { GatesSourceConfig } from '../../config/sources/gates.ts';
import type { GateRecord, GatesSection, ProbeResult } from '../../model/gates.ts';
import { falsePositives, type IncidentStart } from './false-positives.ts';
import { latestPerGate, passRate } from './latest.ts';
import { layerCoverage } from './layer-coverage.ts';
import { probeFigures } from './probe-uptime.ts';
import { summariseRuns, verdictOf } from './verdict.ts';

export interface GatesInput {
  config: GatesSourceConfig;
  /** Gate records from the repository (any order). */
  records: readonly GateRecord[];
  /** Probe history from the state branch. */
  history: readonly ProbeResult[];
  /** Incident starts, for false positives; empty when incidents are not configured. */
  incidents: readonly IncidentStart[];
  now: string;
}

/** The whole gates section from its inputs (pure). Records and probe results after `now` are ignored. */
export function computeGatesSection(input: GatesInput): GatesSection {
  const { config, now } = input;
  const nowMs = Date.parse(now);
  const records = input.records.filter((record) => Date.parse(record.time) <= nowMs);
  const history = input.history.filter((result) => Date.parse(result.time) <= nowMs);
  const runs = summariseRuns(records, config.strict);
  const gates = latestPerGate(records, now, config.window_days);
  const probes = probeFigures(history, now, config.probes.window_days);
  const current = verdictOf(
    gates.map((gate) => gate.status),
    config.strict,
  );
  return {
    source_path: config.path,
    strict: config.strict,
    current: {
      ...current,
      failed_gates: gates.filter((gate) => gate.status === 'fail').map((gate) => gate.gate),
      warned_gates: gates.filter((gate) => gate.status === 'warn').map((gate) => gate.gate),
    },
    latest_run: runs[0] ?? null,
    runs,
    gates,
    pass_rate: passRate(records, now, config.window_days),
    layer_coverage: layerCoverage(config.critical_layers, [
      ...records.map((record) => record.layer),
      ...probedLayers(config, new Set(probes.map((probe) => probe.name))),
    ]),
    false_positives: falsePositives(runs, input.incidents, config.false_positive_hours),
    probe_window_days: config.probes.window_days,
    probes,
  };
}

/** Layers of configured probes that have run at least once: a probe never run covers nothing. */
function probedLayers(config: GatesSourceConfig, ran: Set<string>): string[] {
  const layers: string[] = [];
  for (const probe of config.probes.http) if (probe.layer && ran.has(probe.name)) layers.push(probe.layer);
  for (const probe of config.probes.integration) if (ran.has(probe.name)) layers.push(probe.layer);
  if (config.probes.environment && ran.has(ENVIRONMENT_PROBE)) layers.push(config.probes.environment.layer);
  return layers;
}

/** Name of the environment check in the probe history. */
export const ENVIRONMENT_PROBE = 'environment';
