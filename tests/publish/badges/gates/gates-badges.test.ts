import { describe, expect, it } from 'vitest';
import { SEED_CRITICAL_LAYERS } from '../../../../src/config/sources/gates.ts';
import { layerCoverage } from '../../../../src/metrics/gates/index.ts';
import { endpointBadgeSchema } from '../../../../src/model/badge.ts';
import type { GatesSection } from '../../../../src/model/gates.ts';
import {
  gatesBadges,
  gatesFalsePositivesBadge,
  gatesLayerCoverageBadge,
  gatesPassRateBadge,
  gatesVerdictBadge,
  probeResponseTimeBadge,
  probeUptimeBadge,
} from '../../../../src/publish/badges/gates/index.ts';

const rate = (ratio: number | null) => ({ window_days: 30, total: 10, passed: 0, warned: 0, failed: 0, ratio });

describe('gates badges', () => {
  it.each([
    [{ verdict: 'ALLOW', suite_verdict: 'APPROVED', exit_code: 0 } as const, 'ALLOW', 'brightgreen'],
    [{ verdict: 'ALLOW', suite_verdict: 'CAUTION', exit_code: 2 } as const, 'CAUTION', 'yellow'],
    [{ verdict: 'REJECT', suite_verdict: 'BLOCKED', exit_code: 1 } as const, 'REJECT', 'red'],
    [null, 'no runs', 'lightgrey'],
  ])('verdict %j -> %s %s', (verdict, message, color) => {
    expect(gatesVerdictBadge.render(verdict)).toEqual({ message, color });
  });

  it.each([
    [0.7999, '80%', 'red'],
    [0.8, '80%', 'orange'],
    [0.8999, '90%', 'orange'],
    [0.9, '90%', 'yellow'],
    [0.95, '95%', 'green'],
    [0.989, '98.9%', 'green'],
    [0.99, '99%', 'brightgreen'],
    [1, '100%', 'brightgreen'],
  ])('pass rate %f -> %s %s', (ratio, message, color) => {
    expect(gatesPassRateBadge.render(rate(ratio))).toEqual({ message, color });
  });

  it.each([
    [2, '2/14 (14.3%)', 'red'],
    [3, '3/14 (21.4%)', 'red'],
    [4, '4/14 (28.6%)', 'orange'],
    [7, '7/14 (50%)', 'yellow'],
    [11, '11/14 (78.6%)', 'yellow'],
    [12, '12/14 (85.7%)', 'brightgreen'],
  ])('layer coverage %i of 14 -> %s %s', (covered, message, color) => {
    const coverage = layerCoverage([...SEED_CRITICAL_LAYERS], SEED_CRITICAL_LAYERS.slice(0, covered));
    expect(gatesLayerCoverageBadge.render(coverage)).toEqual({ message, color });
  });

  it.each([
    [0, 10, '0/10 (0%)', 'brightgreen'],
    [1, 200, '1/200 (0.5%)', 'yellow'],
    [1, 100, '1/100 (1%)', 'red'],
    [1, 1, '1/1 (100%)', 'red'],
  ])('false positives %i of %i -> %s %s', (count, allow, message, color) => {
    expect(gatesFalsePositivesBadge.render({ window_hours: 24, allow_runs: allow, count, rate: count / allow, items: [] })).toEqual({ message, color });
  });

  it.each([
    [100, '100%', 'brightgreen'],
    [95.01, '95.01%', 'brightgreen'],
    [95, '95%', 'green'], // Upptime: strictly greater than 95 for brightgreen
    [90.5, '90.5%', 'green'],
    [90, '90%', 'yellowgreen'],
    [85, '85%', 'yellow'],
    [80, '80%', 'orange'],
    [75, '75%', 'red'],
    [99.996, '99.99%', 'brightgreen'], // truncated, never rounded up to 100
  ])('uptime %f -> %s %s', (value, message, color) => {
    expect(probeUptimeBadge('api').render(value)).toEqual({ message, color });
  });

  it.each([
    [0, '0 ms', 'red'],
    [1, '1 ms', 'brightgreen'],
    [199, '199 ms', 'brightgreen'],
    [200, '200 ms', 'green'],
    [400, '400 ms', 'yellowgreen'],
    [600, '600 ms', 'yellow'],
    [800, '800 ms', 'orange'],
    [999, '999 ms', 'orange'],
    [1000, '1000 ms', 'red'],
    [null, 'no data', 'lightgrey'],
  ])('response time %s -> %s %s', (ms, message, color) => {
    expect(probeResponseTimeBadge('api').render(ms)).toEqual({ message, color });
  });

  it('labels and files follow the probe name', () => {
    expect([probeUptimeBadge('front-door').label, probeUptimeBadge('front-door').file]).toEqual(['front-door uptime', 'badge-probe-front-door-uptime.json']);
    expect([probeResponseTimeBadge('front-door').label, probeResponseTimeBadge('front-door').file]).toEqual([
      'front-door response time',
      'badge-probe-front-door-response-time.json',
    ]);
    expect(probeUptimeBadge('x').render(99.5).message).toBe('99.5%');
    expect(probeUptimeBadge('x').render(99.996).message).toBe('99.99%');
  });

  it('every published badge passes the strict Shields schema; no environment uptime badge', () => {
    const section = {
      latest_run: null,
      current: { verdict: 'ALLOW', suite_verdict: 'APPROVED', exit_code: 0, failed_gates: [], warned_gates: [] },
      pass_rate: rate(null),
      layer_coverage: layerCoverage([...SEED_CRITICAL_LAYERS], []),
      false_positives: { window_hours: 24, allow_runs: 0, count: 0, rate: null, items: [] },
      probes: [
        { name: 'api', type: 'http', checks: 2, up: 2, uptime_percent: 100, mean_response_ms: 120, last_status: 'pass', last_time: '', last_message: '' },
        {
          name: 'environment',
          type: 'environment',
          checks: 2,
          up: 2,
          uptime_percent: 100,
          mean_response_ms: null,
          last_status: 'pass',
          last_time: '',
          last_message: '',
        },
      ],
    } as unknown as GatesSection;
    const badges = gatesBadges(section, 300);
    expect(badges.map((b) => b.file)).toEqual([
      'badge-gates-verdict.json',
      'badge-gates-pass-rate.json',
      'badge-gates-layer-coverage.json',
      'badge-gates-false-positives.json',
      'badge-probe-api-uptime.json',
      'badge-probe-api-response-time.json',
    ]);
    for (const badge of badges) {
      expect(endpointBadgeSchema.safeParse(badge.endpoint).success).toBe(true);
      expect(JSON.stringify(badge.endpoint)).not.toMatch(/null|NaN|undefined/);
    }
    expect(badges[0]!.endpoint).toEqual({ schemaVersion: 1, label: 'deploy gates', message: 'no runs', color: 'lightgrey', cacheSeconds: 300 });
  });
});
