import { compareStrings } from '../../core/compare.ts';
import type { GateRecord, GateRunSummary, GateStatus, Verdict } from '../../model/gates.ts';

/**
 * The seeds' verdict rules over a set of gate statuses:
 * - seed 001 (`mosaic_enforce.sh`): any failed gate -> REJECT (exit 1), else ALLOW (exit 0);
 * - seed 000 (`pre-deploy-validation-suite.sh`): any failure -> BLOCKED (exit 1), warnings only ->
 *   CAUTION (exit 2), all passed -> APPROVED (exit 0).
 * In strict mode (the suite's `--strict`) a warning counts as a failure in both.
 */
export function verdictOf(statuses: readonly GateStatus[], strict: boolean): Verdict {
  const failed = statuses.some((status) => status === 'fail' || (strict && status === 'warn'));
  if (failed) return { verdict: 'REJECT', suite_verdict: 'BLOCKED', exit_code: 1 };
  if (statuses.includes('warn')) return { verdict: 'ALLOW', suite_verdict: 'CAUTION', exit_code: 2 };
  return { verdict: 'ALLOW', suite_verdict: 'APPROVED', exit_code: 0 };
}

/** Groups records into runs (by `run`) and summarises each; newest run first. */
export function summariseRuns(records: readonly GateRecord[], strict: boolean): GateRunSummary[] {
  const runs = new Map<string, GateRecord[]>();
  for (const record of records) {
    const list = runs.get(record.run) ?? [];
    list.push(record);
    runs.set(record.run, list);
  }
  const summaries = [...runs.entries()].map(([run, list]) => summariseRun(run, list, strict));
  return summaries.sort((a, b) => compareStrings(b.time, a.time) || compareStrings(b.run, a.run));
}

function summariseRun(run: string, records: GateRecord[], strict: boolean): GateRunSummary {
  // A gate listed twice in one run (a retry) counts once, with its later result.
  const byGate = new Map<string, GateRecord>();
  for (const record of records) {
    const seen = byGate.get(record.gate);
    if (!seen || seen.time <= record.time) byGate.set(record.gate, record);
  }
  const gates = [...byGate.values()].sort((a, b) => compareStrings(a.gate, b.gate));
  const last = records.reduce((latest, record) => (record.time > latest.time ? record : latest), records[0]!);
  return {
    run,
    time: last.time,
    mode: last.mode,
    commit: last.commit,
    total: gates.length,
    passed: gates.filter((gate) => gate.status === 'pass').length,
    warned: gates.filter((gate) => gate.status === 'warn').length,
    failed: gates.filter((gate) => gate.status === 'fail').length,
    failed_gates: gates.filter((gate) => gate.status === 'fail').map((gate) => gate.gate),
    warned_gates: gates.filter((gate) => gate.status === 'warn').map((gate) => gate.gate),
    ...verdictOf(
      gates.map((gate) => gate.status),
      strict,
    ),
  };
}
