import { describe, expect, it } from 'vitest';
import { gatesSourceSchema, SEED_CRITICAL_LAYERS } from '../../../src/config/sources/gates.ts';
import { computeGatesSection, gatesChecks } from '../../../src/metrics/gates/index.ts';
import type { GateStatus, ProbeResult } from '../../../src/model/gates.ts';
import { gate } from './records.ts';

const NOW = '2026-01-31T00:00:00.000Z';
const config = gatesSourceSchema.parse({ critical_layers: [...SEED_CRITICAL_LAYERS] });

const section = (statuses: Record<string, GateStatus>, probes: Record<string, GateStatus> = {}, strict = false) =>
  computeGatesSection({
    config: { ...config, strict },
    records: Object.entries(statuses).map(([name, status]) => gate(name, status, '2026-01-30T00:00:00.000Z', { run: 'r1' })),
    history: Object.entries(probes).map(
      ([probe, status]): ProbeResult => ({
        time: '2026-01-30T00:00:00.000Z',
        probe,
        type: 'http',
        status,
        response_ms: 10,
        http_status: 200,
        message: `${probe} said ${status}`,
        commit: null,
      }),
    ),
    incidents: [],
    now: NOW,
  });

describe('gatesChecks', () => {
  it.each<{ name: string; statuses: Record<string, GateStatus>; strict?: boolean; status: string; message: string }>([
    { name: 'no runs yet', statuses: {}, status: 'warn', message: 'no gate runs recorded under governance/gates' },
    { name: 'all passed', statuses: { A: 'pass', B: 'pass' }, status: 'pass', message: 'ALLOW (APPROVED, exit 0) over the latest result of 2 gates' },
    {
      name: 'a warning',
      statuses: { A: 'pass', B: 'warn' },
      status: 'warn',
      message: 'ALLOW (CAUTION, exit 2) over the latest result of 2 gates; warnings: B',
    },
    {
      name: 'a failure and a warning',
      statuses: { A: 'fail', B: 'warn' },
      status: 'fail',
      message: 'REJECT (BLOCKED, exit 1) over the latest result of 2 gates; failed: A; warnings: B',
    },
    {
      name: 'a warning in strict mode',
      statuses: { B: 'warn' },
      strict: true,
      status: 'fail',
      message: 'REJECT (BLOCKED, exit 1) over the latest result of 1 gates; warnings: B',
    },
  ])('verdict: $name -> $status', ({ statuses, strict = false, status, message }) => {
    expect(gatesChecks(section(statuses, {}, strict))).toEqual([{ id: 'gates.verdict', kind: 'gates', title: 'Deploy gates', status, message }]);
  });

  it.each([
    { probes: { api: 'pass', site: 'pass' }, status: 'pass', message: '2 probes passing at their last run' },
    { probes: { api: 'warn', site: 'pass' }, status: 'warn', message: 'api: api said warn' },
    { probes: { api: 'warn', site: 'fail' }, status: 'fail', message: 'site: site said fail; api: api said warn' },
  ] as const)('probes $probes -> $status', ({ probes, status, message }) => {
    const checks = gatesChecks(section({ A: 'pass' }, probes));
    expect(checks.map((check) => check.id)).toEqual(['gates.verdict', 'gates.probes']);
    expect(checks[1]).toEqual({ id: 'gates.probes', kind: 'gates', title: 'Probes', status, message });
  });
});
