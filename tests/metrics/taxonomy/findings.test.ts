import { describe, expect, it } from 'vitest';
import { thresholdsSchema } from '../../../src/config/schema.ts';
import { taxonomySourceSchema } from '../../../src/config/sources/taxonomy.ts';
import { taxonomyFindings, taxonomyLintReport } from '../../../src/metrics/taxonomy/index.ts';
import type { AlertRule } from '../../../src/sources/prometheus/rules.ts';
import type { TaxonomyInputs } from '../../../src/sources/taxonomy/read.ts';
import type { Alert } from '../../../src/sources/taxonomy/schema.ts';

const NOW = '2026-03-01T00:00:00.000Z';
const alert = (name: string, overrides: Partial<Alert> = {}): Alert => ({
  name,
  group: 'g',
  severity: 'low',
  scope: 'service',
  category: 'errors',
  description: `${name} fires`,
  runbook: `https://runbooks.example.com/${name}`,
  deprecated: false,
  ...overrides,
});
const rule = (name: string, line: number): AlertRule => ({
  alert: name,
  group: 'g',
  expr: 'up == 0',
  for: null,
  labels: {},
  annotations: {},
  file: 'rules.yml',
  line,
});
const inputs = (alerts: Alert[], rules: AlertRule[] = [], unmatchedRules: number[] = []): TaxonomyInputs => ({
  taxonomy: { alerts },
  rules,
  rulesFiles: rules.length ? ['rules.yml'] : [],
  unmatchedRules,
});
const settings = (rules: string[] = [], thresholds: object = {}) => ({
  source: taxonomySourceSchema.parse({ rules }),
  thresholds: thresholdsSchema.parse(thresholds),
  now: NOW,
});

describe('taxonomyFindings', () => {
  it('has no coverage when no rule files are configured, even with rules given', () => {
    expect(taxonomyFindings(inputs([alert('A')], [rule('Ghost', 3)]), settings())).toEqual({ errors: [], warnings: [], coverage: null });
  });

  it('lists lint errors before coverage errors, warnings apart', () => {
    const findings = taxonomyFindings(
      inputs(
        [alert('A', { scope: 'galaxy' }), alert('Old', { deprecated: true, description: 'deprecated', deprecated_since: '2026-01-01T00:00:00Z' })],
        [rule('Ghost', 3)],
      ),
      settings(['rules.yml'], { deprecation_max_days: 30 }),
    );
    expect(findings.errors.map((issue) => [issue.rule, issue.alert])).toEqual([
      ['invalid-scope', 'A'],
      ['coverage-missing', 'Ghost'],
    ]);
    expect(findings.warnings.map((issue) => issue.rule)).toEqual(['deprecation-age']);
    expect(findings.coverage).toEqual({ rules_files: ['rules.yml'], missing_in_taxonomy: ['Ghost'], deprecated_in_rules: [], not_in_rules: ['A'] });
  });
});

describe('rule file patterns that match nothing', () => {
  it('are a warning each, naming the pattern in the config', () => {
    const findings = taxonomyFindings(inputs([alert('A')], [rule('A', 3)], [1]), settings(['rules.yml', 'prometheus/*.yaml']));
    expect(findings.errors).toEqual([]);
    expect(findings.warnings).toEqual([
      {
        rule: 'rules-pattern-unmatched',
        level: 'warning',
        alert: null,
        message: 'rule files pattern "prometheus/*.yaml" matches no file, so no rule it was meant to name is checked for coverage',
        where: '$.sources.taxonomy.rules[1]',
        file: 'govpages.config.json',
      },
    ]);
  });
});

describe('taxonomyLintReport', () => {
  const three = [
    alert('A'),
    alert('B'),
    alert('C', { runbook: 'TODO: write it' }),
    alert('D', { deprecated: true, description: 'deprecated', runbook: undefined }),
  ];
  it.each([
    // 2 of 3 active alerts have a runbook: 66.67% (as the badge and figures round it).
    { name: 'below the minimum', thresholds: { runbook_min_percent: 70 }, ok: false, failed: true },
    { name: 'at the minimum', thresholds: { runbook_min_percent: 66.67 }, ok: true, failed: true },
    { name: 'no minimum', thresholds: { runbook_min_percent: 0 }, ok: true, failed: true },
  ])('runbooks $name', ({ thresholds, ok, failed }) => {
    const report = taxonomyLintReport(inputs(three), settings([], thresholds));
    expect(report).toMatchObject({ alerts: 4, rulesFiles: [], runbookCompletenessPercent: 66.67, runbooksOk: ok, failed });
    // The placeholder runbook of an active alert is a hard failure in its own right.
    expect(report.errors.map((issue) => issue.rule)).toEqual(['placeholder-runbook']);
  });

  it('passes with a clean taxonomy and enough runbooks; no active alerts count as 100%', () => {
    expect(taxonomyLintReport(inputs([alert('A')]), settings())).toMatchObject({ runbookCompletenessPercent: 100, runbooksOk: true, failed: false });
    expect(taxonomyLintReport(inputs([]), settings([], { runbook_min_percent: 100 }))).toMatchObject({
      alerts: 0,
      runbookCompletenessPercent: 100,
      failed: false,
    });
  });
});
