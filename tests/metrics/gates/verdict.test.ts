import { describe, expect, it } from 'vitest';
import { summariseRuns, verdictOf } from '../../../src/metrics/gates/index.ts';
import type { GateStatus } from '../../../src/model/gates.ts';
import { gate } from './records.ts';

describe('verdictOf (seed 001 ALLOW/REJECT, seed 000 APPROVED/CAUTION/BLOCKED)', () => {
  it.each<{ statuses: GateStatus[]; strict: boolean; verdict: string; suite: string; exit: number }>([
    { statuses: [], strict: false, verdict: 'ALLOW', suite: 'APPROVED', exit: 0 },
    { statuses: ['pass', 'pass'], strict: false, verdict: 'ALLOW', suite: 'APPROVED', exit: 0 },
    { statuses: ['pass', 'warn'], strict: false, verdict: 'ALLOW', suite: 'CAUTION', exit: 2 },
    { statuses: ['pass', 'warn'], strict: true, verdict: 'REJECT', suite: 'BLOCKED', exit: 1 },
    { statuses: ['pass', 'fail'], strict: false, verdict: 'REJECT', suite: 'BLOCKED', exit: 1 },
    { statuses: ['warn', 'fail'], strict: false, verdict: 'REJECT', suite: 'BLOCKED', exit: 1 },
    { statuses: ['pass', 'pass'], strict: true, verdict: 'ALLOW', suite: 'APPROVED', exit: 0 },
  ])('$statuses strict=$strict -> $verdict / $suite / exit $exit', ({ statuses, strict, verdict, suite, exit }) => {
    expect(verdictOf(statuses, strict)).toEqual({ verdict, suite_verdict: suite, exit_code: exit });
  });
});

describe('summariseRuns', () => {
  it("reproduces seed 001's broken-proxy run: 4 / 5 passed, REJECT, failed INTEGRATION_CONNECTIVITY", () => {
    const t = '2026-01-13T10:00:00.000Z';
    const records = ['GIT_REMOTE', 'GIT_BRANCH', 'WORKTREE_CLEAN', 'RUNTIME_IDENTITY'].map((name) =>
      gate(name, 'pass', t, { run: 'r', mode: 'integration', commit: '6cec4cf' }),
    );
    records.push(gate('INTEGRATION_CONNECTIVITY', 'fail', t, { run: 'r', mode: 'integration', commit: '6cec4cf' }));
    const [run] = summariseRuns(records, false);
    expect(run).toEqual({
      run: 'r',
      time: t,
      mode: 'integration',
      commit: '6cec4cf',
      total: 5,
      passed: 4,
      warned: 0,
      failed: 1,
      failed_gates: ['INTEGRATION_CONNECTIVITY'],
      warned_gates: [],
      verdict: 'REJECT',
      suite_verdict: 'BLOCKED',
      exit_code: 1,
    });
  });

  it('counts a retried gate once, with its later result; lists runs newest first', () => {
    const records = [
      gate('A', 'fail', '2026-01-01T00:00:00.000Z', { run: 'r1' }),
      gate('A', 'pass', '2026-01-01T00:05:00.000Z', { run: 'r1' }),
      gate('B', 'warn', '2026-01-01T00:01:00.000Z', { run: 'r1' }),
      gate('A', 'pass', '2026-01-02T00:00:00.000Z', { run: 'r2' }),
    ];
    const runs = summariseRuns(records, false);
    expect(runs.map((r) => [r.run, r.time, r.total, r.passed, r.warned, r.failed, r.suite_verdict])).toEqual([
      ['r2', '2026-01-02T00:00:00.000Z', 1, 1, 0, 0, 'APPROVED'],
      ['r1', '2026-01-01T00:05:00.000Z', 2, 1, 1, 0, 'CAUTION'],
    ]);
    expect(summariseRuns(records, true)[1]!.suite_verdict).toBe('BLOCKED');
  });
});
