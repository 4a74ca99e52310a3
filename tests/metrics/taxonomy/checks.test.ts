import { describe, expect, it } from 'vitest';
import { thresholdsSchema } from '../../../src/config/schema.ts';
import { taxonomyChecks } from '../../../src/metrics/taxonomy/index.ts';
import type { LintIssue } from '../../../src/model/taxonomy.ts';
import { sectionOf, snapshotOf } from './helpers.ts';

const thresholds = thresholdsSchema.parse({});
const issue = (level: LintIssue['level']): LintIssue => ({ rule: 'r', level, alert: 'A', message: 'm', where: '$.alerts[0]', file: 'alerts_taxonomy.json' });
const byId = (section: Parameters<typeof taxonomyChecks>[0], settings = thresholds) =>
  Object.fromEntries(taxonomyChecks(section, settings).map((check) => [check.id.replace('taxonomy.', ''), [check.status, check.message]]));

describe('taxonomyChecks', () => {
  it('has lint, runbooks and risk-churn-spike always; coverage and churn-trend only when they apply', () => {
    expect(taxonomyChecks(sectionOf(), thresholds).map((check) => check.id)).toEqual(['taxonomy.lint', 'taxonomy.runbooks', 'taxonomy.risk-churn-spike']);
    const full = sectionOf({
      coverage: { rules_files: ['r.yml'], missing_in_taxonomy: [], deprecated_in_rules: [], not_in_rules: [] },
      history: [snapshotOf('2026-01-01'), snapshotOf('2026-01-02')],
    });
    expect(taxonomyChecks(full, thresholds).map((check) => check.id)).toEqual([
      'taxonomy.lint',
      'taxonomy.runbooks',
      'taxonomy.risk-churn-spike',
      'taxonomy.coverage',
      'taxonomy.churn-trend',
    ]);
    for (const check of taxonomyChecks(full, thresholds)) expect(check).toMatchObject({ kind: 'taxonomy', title: expect.any(String) });
  });

  it.each([
    { errors: 0, warnings: 0, expected: ['pass', 'no lint findings'] },
    { errors: 0, warnings: 2, expected: ['warn', '0 hard failure(s), 2 warning(s)'] },
    { errors: 1, warnings: 1, expected: ['fail', '1 hard failure(s), 1 warning(s); first: r at alerts_taxonomy.json $.alerts[0]: m'] },
  ])('lint with $errors errors and $warnings warnings: $expected.0', ({ errors, warnings, expected }) => {
    const lint = { errors: Array.from({ length: errors }, () => issue('error')), warnings: Array.from({ length: warnings }, () => issue('warning')) };
    expect(byId(sectionOf({ lint })).lint).toEqual(expected);
  });

  it.each([
    { percent: 89.99, status: 'fail' },
    { percent: 90, status: 'pass' },
    { percent: 100, status: 'pass' },
  ])('runbooks at $percent% against 90%: $status', ({ percent, status }) => {
    expect(byId(sectionOf({ figures: { runbook_completeness_percent: percent } })).runbooks).toEqual([
      status,
      `${percent}% of active alerts have a runbook (minimum 90%)`,
    ]);
  });

  it.each([
    { spike: false, fail: false, status: 'pass' },
    { spike: true, fail: false, status: 'warn' },
    { spike: true, fail: true, status: 'fail' },
  ])('risk churn spike $spike with risk_churn_spike_fail $fail: $status', ({ spike, fail, status }) => {
    const [actual, message] = byId(sectionOf({ figures: { risk_churn_spike: spike } }), { ...thresholds, risk_churn_spike_fail: fail })['risk-churn-spike']!;
    expect(actual).toBe(status);
    expect(message).toBe("risk churn 12 is 1.3333x the previous window's 9 (spike at 2x)");
  });

  it.each([
    {
      name: 'a window still filling',
      figures: { window_filling: true, window_start: '2026-11-13T09:00:00.000Z', previous_window_complete: false, risk_churn: 5 },
      message: 'risk churn 5 since 2026-11-13; no complete previous window to compare with yet (spikes are checked from 2027-01-12)',
    },
    {
      name: 'a full window whose previous one started before the baseline',
      figures: { window_filling: false, previous_window_complete: false },
      message: 'risk churn 12; no complete previous window to compare with yet (spikes are checked from 2027-01-12)',
    },
  ])('without a complete previous window the spike check passes and says when it starts: $name', ({ figures, message }) => {
    const section = sectionOf({ figures: { ...figures, risk_churn_spike: false }, baseline: { commit: 'a'.repeat(40), date: '2026-11-13T09:00:00.000Z' } });
    expect(byId(section)['risk-churn-spike']).toEqual(['pass', message]);
  });

  it('coverage over no rule file at all (the patterns matched nothing) is a warning, not a pass', () => {
    const coverage = { rules_files: [], missing_in_taxonomy: [], deprecated_in_rules: [], not_in_rules: ['A'] };
    expect(byId(sectionOf({ coverage })).coverage).toEqual(['warn', 'no file matches sources.taxonomy.rules, so no rule was checked']);
  });

  it.each([
    { missing: [], deprecated: [], expected: ['pass', 'every alert in 2 rule file(s) is in the taxonomy'] },
    { missing: ['X'], deprecated: [], expected: ['fail', '1 rule alert(s) missing from the taxonomy, 0 deprecated alert(s) still in the rules'] },
    { missing: [], deprecated: ['Y', 'Z'], expected: ['fail', '0 rule alert(s) missing from the taxonomy, 2 deprecated alert(s) still in the rules'] },
  ])('coverage with $missing missing and $deprecated deprecated: $expected.0', ({ missing, deprecated, expected }) => {
    const coverage = { rules_files: ['a.yml', 'b.yml'], missing_in_taxonomy: missing, deprecated_in_rules: deprecated, not_in_rules: [] };
    expect(byId(sectionOf({ coverage })).coverage).toEqual(expected);
  });

  // Defaults: max_churn_delta 5, max_risk_churn_delta 10; only the last two days count.
  it.each([
    { before: [0, 0], after: [5, 10], expected: ['pass', 'churn +5 (max +5), risk churn +10 (max +10) since 2026-01-02'] },
    { before: [0, 0], after: [6, 6], expected: ['fail', 'churn +6 (max +5), risk churn +6 (max +10) since 2026-01-02'] },
    { before: [0, 0], after: [1, 11], expected: ['fail', 'churn +1 (max +5), risk churn +11 (max +10) since 2026-01-02'] },
    { before: [4, 9], after: [1, 2], expected: ['pass', 'churn -3 (max +5), risk churn -7 (max +10) since 2026-01-02'] },
  ])('churn trend $before -> $after: $expected.0', ({ before, after, expected }) => {
    const history = [snapshotOf('2026-01-01', 50, 50), snapshotOf('2026-01-02', before[0], before[1]), snapshotOf('2026-01-03', after[0], after[1])];
    expect(byId(sectionOf({ history }))['churn-trend']).toEqual(expected);
  });
});
