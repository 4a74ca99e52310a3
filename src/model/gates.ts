/**
 * Deploy gates and probes (seeds 000 and 001): gate run records from the repository, the seeds'
 * verdicts, pass rates, layer coverage, false positives and the probe history's uptime figures.
 */

export type GateStatus = 'pass' | 'warn' | 'fail';
export type GateMode = 'local' | 'ci' | 'integration';
/** Seed 001's enforcement verdict: any failed gate rejects. */
export type GateVerdict = 'ALLOW' | 'REJECT';
/** Seed 000's validation suite verdict: exit 0 / 2 / 1. */
export type SuiteVerdict = 'APPROVED' | 'CAUTION' | 'BLOCKED';
export type SuiteExitCode = 0 | 1 | 2;

/** One gate result as read from the repository, normalised. */
export interface GateRecord {
  gate: string;
  status: GateStatus;
  mode: GateMode;
  message: string;
  commit: string | null;
  /** ISO 8601 UTC. */
  time: string;
  layer: string | null;
  /** Run id: the record's `run`, or `mode@commit@time`. */
  run: string;
  /** Repository path the record came from. */
  file: string;
}

export interface Verdict {
  verdict: GateVerdict;
  suite_verdict: SuiteVerdict;
  exit_code: SuiteExitCode;
}

export interface GateRunSummary extends Verdict {
  run: string;
  /** Time of the run's latest record, ISO 8601 UTC. */
  time: string;
  mode: GateMode;
  commit: string | null;
  total: number;
  passed: number;
  warned: number;
  failed: number;
  failed_gates: string[];
  warned_gates: string[];
}

export interface GateLatest {
  gate: string;
  status: GateStatus;
  mode: GateMode;
  layer: string | null;
  time: string;
  commit: string | null;
  message: string;
  /** Records of this gate inside the pass-rate window and how many passed. */
  window_total: number;
  window_passed: number;
  /** window_passed / window_total, 0..1; null when the gate did not run in the window. */
  pass_rate: number | null;
}

export interface PassRate {
  window_days: number;
  total: number;
  passed: number;
  warned: number;
  failed: number;
  /** passed / total, 0..1; null when nothing ran in the window. */
  ratio: number | null;
}

export interface LayerCoverage {
  critical_layers: string[];
  /** Critical layers with at least one gate record or configured probe, in table order. */
  covered: string[];
  uncovered: string[];
  /** Layers named by gates or probes that are not in the critical table. */
  other_layers: string[];
  covered_count: number;
  total: number;
  /** covered_count / total, 0..1. */
  ratio: number;
}

export interface FalsePositive {
  run: string;
  run_time: string;
  incident: string;
  incident_start: string;
  hours_after: number;
}

export interface FalsePositives {
  window_hours: number;
  /** Runs with verdict ALLOW (all history). */
  allow_runs: number;
  count: number;
  /** count / allow_runs, 0..1; null without ALLOW runs. */
  rate: number | null;
  items: FalsePositive[];
}

export type ProbeType = 'http' | 'integration' | 'environment';

/** Figures of one probe from the probe history on the state branch. */
export interface ProbeFigures {
  name: string;
  type: ProbeType;
  /** Checks inside the window, and how many were up (status not `fail`). */
  checks: number;
  up: number;
  /** up / checks in percent, 0..100; null without checks in the window. */
  uptime_percent: number | null;
  /** Mean response time of the window's checks in whole ms; null when none was timed. */
  mean_response_ms: number | null;
  last_status: GateStatus;
  last_time: string;
  last_message: string;
}

export interface GatesSection {
  source_path: string;
  strict: boolean;
  /** Verdict over each gate's latest result. */
  current: Verdict & { failed_gates: string[]; warned_gates: string[] };
  latest_run: GateRunSummary | null;
  /** Every run, newest first. */
  runs: GateRunSummary[];
  /** Latest result per gate, by gate name. */
  gates: GateLatest[];
  pass_rate: PassRate;
  layer_coverage: LayerCoverage;
  false_positives: FalsePositives;
  probe_window_days: number;
  probes: ProbeFigures[];
}
