import { z } from 'zod';

/**
 * Deploy gates and probes (seeds 000 and 001): gate run records from the repository, the seeds'
 * verdicts, pass rates, layer coverage, false positives and the probe history's uptime figures.
 * The section is published as `status/gates.json` and `sections.gates` of `status/status.json`;
 * the probe history is kept on the state branch.
 */

export const GATE_STATUSES = ['pass', 'warn', 'fail'] as const;
export const GATE_MODES = ['local', 'ci', 'integration'] as const;
export const PROBE_TYPES = ['http', 'integration', 'environment'] as const;

export const gateStatusSchema = z.enum(GATE_STATUSES);
export const gateModeSchema = z.enum(GATE_MODES);
export const probeTypeSchema = z.enum(PROBE_TYPES);

export type GateStatus = z.infer<typeof gateStatusSchema>;
export type GateMode = z.infer<typeof gateModeSchema>;
export type ProbeType = z.infer<typeof probeTypeSchema>;

/** ISO 8601 UTC with milliseconds, as `Date.prototype.toISOString` writes every time we publish. */
const utcTime = z.iso.datetime();
const ratio = z.number().min(0).max(1);
const count = z.number().int().min(0);

/** One gate result as read from the repository, normalised (times in UTC, defaults filled in). */
export const gateRecordSchema = z.strictObject({
  gate: z.string().min(1),
  status: gateStatusSchema,
  mode: gateModeSchema,
  message: z.string(),
  commit: z.string().nullable(),
  time: utcTime,
  layer: z.string().nullable(),
  /** Run id: the record's `run`, or `mode@commit@time`. */
  run: z.string().min(1),
  /** Repository path the record came from. */
  file: z.string().min(1),
});
export type GateRecord = z.infer<typeof gateRecordSchema>;

/**
 * The seeds' two verdicts together: seed 001's enforcement verdict (any failed gate rejects) and
 * seed 000's validation suite verdict with its exit code (0 APPROVED, 2 CAUTION, 1 BLOCKED).
 */
export const verdictSchema = z.strictObject({
  verdict: z.enum(['ALLOW', 'REJECT']),
  suite_verdict: z.enum(['APPROVED', 'CAUTION', 'BLOCKED']),
  exit_code: z.union([z.literal(0), z.literal(1), z.literal(2)]),
});
export type Verdict = z.infer<typeof verdictSchema>;
export type GateVerdict = Verdict['verdict'];
export type SuiteVerdict = Verdict['suite_verdict'];
export type SuiteExitCode = Verdict['exit_code'];

export const gateRunSummarySchema = z.strictObject({
  ...verdictSchema.shape,
  run: z.string().min(1),
  /** Time of the run's latest record. */
  time: utcTime,
  mode: gateModeSchema,
  commit: z.string().nullable(),
  total: count,
  passed: count,
  warned: count,
  failed: count,
  failed_gates: z.array(z.string()),
  warned_gates: z.array(z.string()),
});
export type GateRunSummary = z.infer<typeof gateRunSummarySchema>;

export const gateLatestSchema = z.strictObject({
  gate: z.string().min(1),
  status: gateStatusSchema,
  mode: gateModeSchema,
  layer: z.string().nullable(),
  time: utcTime,
  commit: z.string().nullable(),
  message: z.string(),
  /** Records of this gate inside the pass-rate window and how many passed. */
  window_total: count,
  window_passed: count,
  /** window_passed / window_total; null when the gate did not run in the window. */
  pass_rate: ratio.nullable(),
});
export type GateLatest = z.infer<typeof gateLatestSchema>;

export const passRateSchema = z.strictObject({
  window_days: z.number().positive(),
  total: count,
  passed: count,
  warned: count,
  failed: count,
  /** passed / total; null when nothing ran in the window. */
  ratio: ratio.nullable(),
});
export type PassRate = z.infer<typeof passRateSchema>;

export const layerCoverageSchema = z.strictObject({
  critical_layers: z.array(z.string()),
  /** Critical layers with at least one gate record or configured probe, in table order. */
  covered: z.array(z.string()),
  uncovered: z.array(z.string()),
  /** Layers named by gates or probes that are not in the critical table. */
  other_layers: z.array(z.string()),
  covered_count: count,
  total: count,
  /** covered_count / total (0 without critical layers). */
  ratio,
});
export type LayerCoverage = z.infer<typeof layerCoverageSchema>;

export const falsePositiveSchema = z.strictObject({
  run: z.string().min(1),
  run_time: utcTime,
  incident: z.string().min(1),
  incident_start: utcTime,
  hours_after: z.number().min(0),
});
export type FalsePositive = z.infer<typeof falsePositiveSchema>;

export const falsePositivesSchema = z.strictObject({
  window_hours: z.number().positive(),
  /** Runs with verdict ALLOW (all history). */
  allow_runs: count,
  count,
  /** count / allow_runs; null without ALLOW runs. */
  rate: ratio.nullable(),
  items: z.array(falsePositiveSchema),
});
export type FalsePositives = z.infer<typeof falsePositivesSchema>;

/**
 * One line of `gates/probe-history.jsonl` on the state branch: one probe's result in one `govpages
 * probe` run. Environment checks record variable names and set/empty only, never a value.
 */
export const probeResultSchema = z.strictObject({
  time: z.iso.datetime({ offset: true }),
  probe: z.string().min(1),
  type: probeTypeSchema,
  status: gateStatusSchema,
  /** Wall time of the request(s) in whole ms; null for the environment check or when none was sent. */
  response_ms: z.number().int().min(0).nullable(),
  /** HTTP status of the (last) response; null when there was none. */
  http_status: z.number().int().nullable(),
  message: z.string(),
  /** HEAD commit when the probe ran. */
  commit: z.string().nullable(),
});
export type ProbeResult = z.infer<typeof probeResultSchema>;

/** Figures of one probe from the probe history on the state branch. */
export const probeFiguresSchema = z.strictObject({
  name: z.string().min(1),
  type: probeTypeSchema,
  /** Checks inside the window, and how many were up (status not `fail`). */
  checks: count,
  up: count,
  /** up / checks in percent, 0..100; null without checks in the window. */
  uptime_percent: z.number().min(0).max(100).nullable(),
  /** Mean response time of the window's timed checks in whole ms; null when none was timed. */
  mean_response_ms: count.nullable(),
  last_status: gateStatusSchema,
  last_time: utcTime,
  last_message: z.string(),
});
export type ProbeFigures = z.infer<typeof probeFiguresSchema>;

export const gatesSectionSchema = z.strictObject({
  source_path: z.string(),
  strict: z.boolean(),
  /** Verdict over each gate's latest result. */
  current: z.strictObject({ ...verdictSchema.shape, failed_gates: z.array(z.string()), warned_gates: z.array(z.string()) }),
  latest_run: gateRunSummarySchema.nullable(),
  /** Every run, newest first. */
  runs: z.array(gateRunSummarySchema),
  /** Latest result per gate, by gate name. */
  gates: z.array(gateLatestSchema),
  pass_rate: passRateSchema,
  layer_coverage: layerCoverageSchema,
  false_positives: falsePositivesSchema,
  probe_window_days: z.number().positive(),
  probes: z.array(probeFiguresSchema),
});
export type GatesSection = z.infer<typeof gatesSectionSchema>;
