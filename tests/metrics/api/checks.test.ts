import { describe, expect, it } from 'vitest';
import { type ApiThresholds, apiChecks } from '../../../src/metrics/api/index.ts';
import type { ApiSection } from '../../../src/model/api.ts';

const THRESHOLDS: ApiThresholds = { stability_window_size: 20, stability_alert_threshold: 0.8, placeholder_streak_alert_threshold: 2, placeholder_max_runs: 3 };
const ERROR = { message: 'malformed YAML: x', file: 'openapi.yaml', where: 'line 2' };

/** The fields the checks read; the rest of the section does not matter to them. */
function section(input: {
  ratio?: number;
  runs?: number;
  streak?: number;
  alert?: boolean;
  exceeded?: boolean;
  error?: typeof ERROR | null;
  semver?: 'ok' | 'warn' | 'fail';
}): ApiSection {
  const streak = input.streak ?? 0;
  return {
    spec_path: 'openapi.yaml',
    metrics: { window_stability_ratio: input.ratio ?? 1, window_total_count: input.runs ?? 5, current_stable_streak: 2 },
    semver: {
      status: input.semver ?? 'ok',
      current_version: '1.2.0',
      messages: ['Patch bump.'],
      recommendations: input.semver === 'fail' ? ['Release 2.0.0.'] : [],
    },
    placeholder: {
      streak,
      alert: input.alert ?? false,
      exceeded: input.exceeded ?? false,
      status: input.exceeded ? 'fail' : streak > 0 ? 'warn' : 'pass',
      error: input.error ?? null,
    },
    classification: { operations: { total: 6 } },
  } as unknown as ApiSection;
}

describe('apiChecks', () => {
  it('a readable spec, SemVer ok, stable window: three passes', () => {
    expect(apiChecks(section({}), THRESHOLDS)).toEqual([
      { id: 'api.spec', kind: 'api', title: 'API spec', status: 'pass', message: 'openapi.yaml: 6 operations, version 1.2.0' },
      { id: 'api.semver', kind: 'api', title: 'SemVer policy', status: 'pass', message: 'Patch bump.' },
      {
        id: 'api.stability',
        kind: 'api',
        title: 'API stability',
        status: 'pass',
        message: 'window stability 100% over the last 5 runs; current stable streak 2',
      },
    ]);
  });

  it.each([
    {
      name: 'first placeholder run',
      input: { streak: 1, error: ERROR },
      status: 'warn',
      message: 'openapi.yaml: line 2: malformed YAML: x (placeholder metrics published; placeholder streak 1)',
      fails: false,
    },
    {
      name: 'alert threshold reached',
      input: { streak: 2, alert: true, error: ERROR },
      status: 'warn',
      message:
        'openapi.yaml: line 2: malformed YAML: x (placeholder metrics published; placeholder streak 2; alert: reached placeholder_streak_alert_threshold 2)',
      fails: false,
    },
    {
      name: 'max runs exceeded',
      input: { streak: 4, alert: true, exceeded: true, error: ERROR },
      status: 'fail',
      message:
        'openapi.yaml: line 2: malformed YAML: x (placeholder metrics published; placeholder streak 4; alert: reached placeholder_streak_alert_threshold 2; exceeds placeholder_max_runs 3: failing the build)',
      fails: true,
    },
  ])('spec check, $name', ({ input, status, message, fails }) => {
    const check = apiChecks(section(input), THRESHOLDS)[0]!;
    expect(check).toMatchObject({ id: 'api.spec', status, message });
    expect(check.fails_build === true).toBe(fails);
  });

  it.each([
    { semver: 'warn', status: 'warn' },
    { semver: 'fail', status: 'fail' },
  ] as const)('SemVer $semver is a $status check with messages and recommendations', ({ semver, status }) => {
    const check = apiChecks(section({ semver }), THRESHOLDS)[1]!;
    expect(check.status).toBe(status);
    expect(check.message).toBe(semver === 'fail' ? 'Patch bump. Release 2.0.0.' : 'Patch bump.');
  });

  it.each([
    { ratio: 0.8, runs: 5, status: 'pass', message: 'window stability 80% over the last 5 runs; current stable streak 2' },
    { ratio: 0.75, runs: 4, status: 'warn', message: 'window stability 75% over the last 4 runs is below the alert threshold 80%; current stable streak 2' },
    { ratio: 0, runs: 0, status: 'pass', message: 'window stability 0% over the last 0 runs; current stable streak 2' },
  ])('stability $ratio over $runs runs: $status', ({ ratio, runs, status, message }) => {
    expect(apiChecks(section({ ratio, runs }), THRESHOLDS)[2]).toMatchObject({ status, message });
  });
});
