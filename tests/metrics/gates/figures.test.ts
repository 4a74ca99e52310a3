import { describe, expect, it } from 'vitest';
import { gatesSourceSchema, SEED_CRITICAL_LAYERS } from '../../../src/config/sources/gates.ts';
import { computeGatesSection, falsePositives, latestPerGate, layerCoverage, passRate, probeFigures, summariseRuns } from '../../../src/metrics/gates/index.ts';
import type { ProbeResult } from '../../../src/model/gates.ts';
import { gate } from './records.ts';

const NOW = '2026-01-31T00:00:00.000Z';

describe('passRate over (now - 30 days, now]', () => {
  const records = [
    gate('A', 'pass', '2026-01-01T00:00:00.000Z'), // exactly 30 days before now: outside
    gate('A', 'pass', '2026-01-01T00:00:01.000Z'),
    gate('B', 'fail', '2026-01-15T00:00:00.000Z'),
    gate('A', 'warn', NOW), // at now: inside
    gate('A', 'pass', '2026-02-01T00:00:00.000Z'), // after now: outside
  ];
  it('counts 3 records: 1 passed, 1 warned, 1 failed -> 1/3', () => {
    expect(passRate(records, NOW, 30)).toEqual({ window_days: 30, total: 3, passed: 1, warned: 1, failed: 1, ratio: 1 / 3 });
  });
  it('is null without records in the window', () => {
    expect(passRate(records, '2027-01-01T00:00:00.000Z', 30).ratio).toBeNull();
  });
  it('latest per gate ignores records after now and carries the per-gate window rate', () => {
    expect(latestPerGate(records, NOW, 30).map((g) => [g.gate, g.status, g.time, g.window_total, g.window_passed, g.pass_rate])).toEqual([
      ['A', 'warn', NOW, 2, 1, 0.5],
      ['B', 'fail', '2026-01-15T00:00:00.000Z', 1, 0, 0],
    ]);
  });
});

describe('layerCoverage (seed 001)', () => {
  it('2 covered of the 14 critical layers = 14.3%, matching names case-insensitively', () => {
    const coverage = layerCoverage([...SEED_CRITICAL_LAYERS], ['Code Authority', ' backend runtime ', null, 'Secrets', 'Code Authority']);
    expect(coverage.covered).toEqual(['Code Authority', 'Backend Runtime']);
    expect(coverage.covered_count).toBe(2);
    expect(coverage.total).toBe(14);
    expect(coverage.ratio).toBeCloseTo(2 / 14, 12);
    expect(coverage.other_layers).toEqual(['Secrets']);
    expect(coverage.uncovered).toHaveLength(12);
  });
  it('after MODE=integration: 3 / 14', () => {
    expect(layerCoverage([...SEED_CRITICAL_LAYERS], ['Code Authority', 'Backend Runtime', 'Integration Layer']).covered_count).toBe(3);
  });
});

describe('falsePositives', () => {
  const runs = summariseRuns(
    [
      gate('G', 'pass', '2026-01-01T00:00:00.000Z', { run: 'R1' }),
      gate('G', 'fail', '2026-01-02T00:00:00.000Z', { run: 'R2' }),
      gate('G', 'pass', '2026-01-03T00:00:00.000Z', { run: 'R3' }),
      gate('G', 'pass', '2026-01-05T00:00:00.000Z', { run: 'R4' }),
    ],
    false,
  );
  it('pairs each incident with the run just before it; ALLOW within 24 h counts once', () => {
    const result = falsePositives(
      runs,
      [
        { id: 'I1', start: '2026-01-01T10:00:00Z' }, // R1 ALLOW, 10 h before: false positive
        { id: 'I2', start: '2026-01-02T05:00:00Z' }, // R2 REJECT before it: the gates did their job
        { id: 'I3', start: '2026-01-04T12:00:00Z' }, // R3 ALLOW but 36 h before: outside 24 h
        { id: 'I4', start: '2026-01-05T00:00:00Z' }, // R4 at the same instant: 0 h
        { id: 'I5', start: '2026-01-05T01:00:00Z' }, // R4 again: counted once
      ],
      24,
    );
    expect(result.items).toEqual([
      { run: 'R1', run_time: '2026-01-01T00:00:00.000Z', incident: 'I1', incident_start: '2026-01-01T10:00:00.000Z', hours_after: 10 },
      { run: 'R4', run_time: '2026-01-05T00:00:00.000Z', incident: 'I4', incident_start: '2026-01-05T00:00:00.000Z', hours_after: 0 },
    ]);
    expect([result.allow_runs, result.count, result.rate]).toEqual([3, 2, 2 / 3]);
  });
  it('leaves out an incident whose start is only a day (00:00 UTC is a stand-in, not a time to pair with a run)', () => {
    const dayOnly = { id: 'I4', start: '2026-01-05T00:00:00Z', assumptions: ['start-day-only' as const] };
    expect(falsePositives(runs, [dayOnly], 24).count).toBe(0);
    expect(falsePositives(runs, [{ ...dayOnly, assumptions: undefined }], 24).count).toBe(1);
  });
  it('rate is null without ALLOW runs', () => {
    expect(falsePositives([], [{ id: 'x', start: NOW }], 24)).toEqual({ window_hours: 24, allow_runs: 0, count: 0, rate: null, items: [] });
  });
});

describe('probeFigures (Upptime-style uptime and response time)', () => {
  const result = (time: string, status: ProbeResult['status'], ms: number | null): ProbeResult => ({
    time,
    probe: 'api',
    type: 'http',
    status,
    response_ms: ms,
    http_status: ms === null ? null : 200,
    message: status,
    commit: null,
  });
  it('4 checks in the window, 3 up -> 75%, mean of timed checks (100+300+200)/3 = 200 ms', () => {
    const [api] = probeFigures(
      [
        result('2025-12-01T00:00:00Z', 'fail', 50), // outside the window
        result('2026-01-10T00:00:00Z', 'pass', 100),
        result('2026-01-11T00:00:00Z', 'warn', 300), // slow is still up
        result('2026-01-12T00:00:00Z', 'fail', null),
        result('2026-01-13T00:00:00Z', 'pass', 200),
        result('2026-02-13T00:00:00Z', 'fail', 1), // after now: ignored
      ],
      NOW,
      30,
    );
    expect(api).toEqual({
      name: 'api',
      type: 'http',
      checks: 4,
      up: 3,
      uptime_percent: 75,
      mean_response_ms: 200,
      last_status: 'pass',
      last_time: '2026-01-13T00:00:00.000Z',
      last_message: 'pass',
    });
  });
});

describe('computeGatesSection', () => {
  it('puts the pieces together; configured probes that ran cover their layers', () => {
    const config = gatesSourceSchema.parse({
      probes: {
        integration: [{ name: 'site', backend: 'http://127.0.0.1:1', frontend: 'http://127.0.0.1:2' }],
        http: [{ name: 'never-ran', url: 'http://127.0.0.1:3/', layer: 'DNS/Domain' }],
      },
    });
    const section = computeGatesSection({
      config,
      records: [
        gate('GIT_REMOTE', 'pass', '2026-01-20T00:00:00.000Z', { layer: 'Code Authority' }),
        gate('RUNTIME', 'warn', '2026-01-20T00:00:00.000Z', { layer: 'Backend Runtime' }),
      ],
      history: [
        {
          time: '2026-01-21T00:00:00.000Z',
          probe: 'site',
          type: 'integration',
          status: 'pass',
          response_ms: 10,
          http_status: 200,
          message: 'ok',
          commit: null,
        },
      ],
      incidents: [],
      now: NOW,
    });
    expect(section.current).toEqual({ verdict: 'ALLOW', suite_verdict: 'CAUTION', exit_code: 2, failed_gates: [], warned_gates: ['RUNTIME'] });
    expect(section.layer_coverage.covered).toEqual(['Code Authority', 'Backend Runtime', 'Integration Layer']);
    expect(section.probes.map((p) => p.name)).toEqual(['site']);
    expect(section.pass_rate.ratio).toBe(0.5);
  });
});
