import { describe, expect, it } from 'vitest';
import { gatesEvents } from '../../../src/metrics/gates/index.ts';
import type { GateRunSummary, GatesSection } from '../../../src/model/gates.ts';

const run = (id: string, time: string, verdict: 'ALLOW' | 'REJECT', extra: Partial<GateRunSummary> = {}): GateRunSummary => ({
  run: id,
  time,
  mode: 'ci',
  commit: 'abcdef1',
  total: 2,
  passed: verdict === 'ALLOW' ? 2 : 1,
  warned: 0,
  failed: verdict === 'ALLOW' ? 0 : 1,
  failed_gates: verdict === 'ALLOW' ? [] : ['B'],
  warned_gates: [],
  verdict,
  suite_verdict: verdict === 'ALLOW' ? 'APPROVED' : 'BLOCKED',
  exit_code: verdict === 'ALLOW' ? 0 : 1,
  ...extra,
});

/** Runs newest first, as the section holds them. */
const events = (...runs: GateRunSummary[]) => gatesEvents({ runs } as GatesSection).map((event) => `${event.type} ${event.id}`);

describe('gatesEvents', () => {
  it.each([
    { name: 'only ALLOW runs: nothing', runs: [run('r2', '2026-01-02T00:00:00.000Z', 'ALLOW'), run('r1', '2026-01-01T00:00:00.000Z', 'ALLOW')], expected: [] },
    {
      name: 'REJECT, REJECT, ALLOW, ALLOW: two rejects and one recovery, oldest first',
      runs: [
        run('r4', '2026-01-04T00:00:00.000Z', 'ALLOW'),
        run('r3', '2026-01-03T00:00:00.000Z', 'ALLOW'),
        run('r2', '2026-01-02T00:00:00.000Z', 'REJECT'),
        run('r1', '2026-01-01T00:00:00.000Z', 'REJECT'),
      ],
      expected: ['gates-reject gates:abcdef1:reject:r1', 'gates-reject gates:abcdef1:reject:r2', 'gates-recovered gates:abcdef1:recovered:r3'],
    },
    {
      name: 'a run without a commit',
      runs: [run('r1', '2026-01-01T00:00:00.000Z', 'REJECT', { commit: null })],
      expected: ['gates-reject gates:unknown:reject:r1'],
    },
  ])('$name', ({ runs, expected }) => {
    expect(events(...runs)).toEqual(expected);
  });

  it('says what was blocked and carries the commit only when known', () => {
    const [reject, recovered] = gatesEvents({
      runs: [run('r2', '2026-01-02T00:00:00.000Z', 'ALLOW', { commit: null }), run('r1', '2026-01-01T00:00:00.000Z', 'REJECT')],
    } as GatesSection);
    expect(reject).toEqual({
      id: 'gates:abcdef1:reject:r1',
      kind: 'gates',
      type: 'gates-reject',
      title: 'Deploy gates REJECT (ci): B',
      summary: '1 / 2 gates passed in the ci run; the deployment was blocked.',
      date: '2026-01-01T00:00:00.000Z',
      commit: 'abcdef1',
    });
    expect(recovered).toEqual({
      id: 'gates:unknown:recovered:r2',
      kind: 'gates',
      type: 'gates-recovered',
      title: 'Deploy gates ALLOW again (ci)',
      summary: '2 / 2 gates passed after the previous REJECT.',
      date: '2026-01-02T00:00:00.000Z',
    });
  });
});
