import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, DEFAULT_SCOPES } from '../../../src/config/sources/taxonomy.ts';
import { type LintOptions, lintTaxonomy } from '../../../src/metrics/taxonomy/index.ts';
import type { AlertRule } from '../../../src/sources/prometheus/rules.ts';
import type { Alert } from '../../../src/sources/taxonomy/schema.ts';

const NOW = '2026-06-30T00:00:00Z';

const clean: Alert = {
  name: 'ApiHighErrorRate',
  group: 'api',
  severity: 'critical',
  scope: 'service',
  category: 'errors',
  description: 'More than 5% of API requests fail.',
  runbook: 'https://runbooks.example.com/api-errors',
  for: '10m',
  windows: ['5m', '1h'],
  deprecated: false,
};

const rule = (overrides: Partial<AlertRule> = {}): AlertRule => ({
  alert: 'ApiHighErrorRate',
  group: 'api',
  expr: 'rate(errors[5m]) > 0.05 and rate(errors[1h]) > 0.05',
  for: '10m',
  labels: {},
  annotations: {},
  file: 'prometheus/alerts.yml',
  line: 7,
  ...overrides,
});

const options = (overrides: Partial<LintOptions> = {}): LintOptions => ({
  file: 'alerts_taxonomy.json',
  scopes: DEFAULT_SCOPES,
  categories: DEFAULT_CATEGORIES,
  severities: ['critical', 'high', 'medium', 'low'],
  unknownFields: 'warning',
  now: NOW,
  deprecationMaxDays: 30,
  deprecationStrict: false,
  rules: [rule()],
  ...overrides,
});

const lint = (alert: Partial<Alert>, extra: Partial<LintOptions> = {}) =>
  lintTaxonomy(
    {
      alerts: [
        { name: 'Other', group: 'g', severity: 'low', scope: 'service', category: 'meta', description: 'Fine.', deprecated: false },
        { ...clean, ...alert },
      ],
    },
    options(extra),
  );

const deprecated = { deprecated: true, description: 'Deprecated: replaced by SloBurnRateFast.' };

describe('lintTaxonomy', () => {
  it('passes a clean taxonomy', () => {
    expect(lint({})).toEqual({ errors: [], warnings: [] });
  });

  it.each([
    { name: 'invalid-scope', alert: { scope: 'galaxy' }, field: 'scope', message: /^scope "galaxy" is not one of service, platform/ },
    { name: 'invalid-category', alert: { category: 'vibes' }, field: 'category', message: /^category "vibes" is not one of availability/ },
    { name: 'placeholder-description', alert: { description: 'TODO' }, field: 'description', message: /placeholder description/ },
    { name: 'placeholder-runbook', alert: { runbook: 'TODO: write it' }, field: 'runbook', message: /placeholder runbook \("TODO: write it"\)/ },
    {
      name: 'deprecated-not-described',
      alert: { deprecated: true, description: 'Replaced by something.', deprecated_since: '2026-06-20T00:00:00Z' },
      field: 'description',
      message: /expected the word "deprecated"/,
    },
    { name: 'for-mismatch', alert: { for: '5m' }, field: 'for', message: /^for "5m" differs from the rule's for "10m" \(prometheus\/alerts.yml:7\)$/ },
    {
      name: 'windows-mismatch',
      alert: { windows: ['5m', '6h'] },
      field: 'windows',
      message: /^windows 6h are not used by the rule's expression \(prometheus\/alerts.yml:7\)$/,
    },
  ])('$name is a hard failure at its JSON path', ({ name, alert, field, message }) => {
    const result = lint(alert);
    expect(result.warnings).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({
      rule: name,
      level: 'error',
      alert: 'ApiHighErrorRate',
      where: `$.alerts[1].${field}`,
      file: 'alerts_taxonomy.json',
    });
    expect(result.errors[0]!.message).toMatch(message);
  });

  it('deprecated-since-missing is a warning when ageing is checked, nothing when it is off', () => {
    const result = lint(deprecated);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      {
        rule: 'deprecated-since-missing',
        level: 'warning',
        alert: 'ApiHighErrorRate',
        where: '$.alerts[1].deprecated',
        file: 'alerts_taxonomy.json',
        message: expect.stringContaining('no deprecated_since'),
      },
    ]);
    expect(lint(deprecated, { deprecationMaxDays: 0 })).toEqual({ errors: [], warnings: [] });
  });

  it.each([
    // 2026-05-31T00:00Z is exactly 30 days before now: not more than 30.
    { since: '2026-05-31T00:00:00Z', strict: false, level: null },
    // 30 days and 1 second: floor is still 30.
    { since: '2026-05-30T23:59:59Z', strict: false, level: null },
    { since: '2026-05-30T00:00:00Z', strict: false, level: 'warning' },
    { since: '2026-05-30T00:00:00Z', strict: true, level: 'error' },
    { since: '2026-01-01T00:00:00+05:00', strict: true, level: 'error' },
  ] as const)('deprecation-age since $since strict=$strict -> $level', ({ since, strict, level }) => {
    const result = lint({ ...deprecated, deprecated_since: since }, { deprecationStrict: strict, rules: [] });
    const issues = [...result.errors, ...result.warnings];
    if (level === null) {
      expect(issues).toEqual([]);
      return;
    }
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ rule: 'deprecation-age', level, where: '$.alerts[1].deprecated_since' });
    expect(issues[0]!.message).toMatch(/^deprecated \d+ days ago, more than TAXONOMY_DEPRECATION_MAX_DAYS=30: remove it from the taxonomy$/);
    expect(level === 'error' ? result.errors : result.warnings).toHaveLength(1);
  });

  it('does not hold deprecated alerts to the placeholder rules', () => {
    expect(lint({ ...deprecated, runbook: 'TODO', deprecated_since: '2026-06-29T00:00:00Z' })).toEqual({ errors: [], warnings: [] });
  });

  it.each([
    { name: 'same duration written differently', alert: { for: '600s' }, ruleFor: '10m', ok: true },
    { name: 'for 0s against a rule without for', alert: { for: '0s' }, ruleFor: null, ok: true },
    { name: 'for 1m against a rule without for', alert: { for: '1m' }, ruleFor: null, ok: false },
    { name: 'no for declared', alert: { for: undefined }, ruleFor: '1h', ok: true },
    { name: 'unparsable on both sides', alert: { for: 'soon' }, ruleFor: 'soon', ok: false },
  ])('for: $name', ({ alert, ruleFor, ok }) => {
    const result = lint(alert, { rules: [rule({ for: ruleFor })] });
    expect(result.errors.map((issue) => issue.rule)).toEqual(ok ? [] : ['for-mismatch']);
  });

  it('checks for and windows only against a rule of the same name', () => {
    expect(lint({ for: '1s', windows: ['9h'] }, { rules: [rule({ alert: 'SomethingElse' })] })).toEqual({ errors: [], warnings: [] });
  });

  it('reports every problem of one alert, errors and warnings apart', () => {
    const result = lint({ scope: 'x', category: 'y', description: 'TBD', runbook: 'n/a', for: '1m' });
    expect(result.errors.map((issue) => issue.rule)).toEqual([
      'invalid-scope',
      'invalid-category',
      'placeholder-description',
      'placeholder-runbook',
      'for-mismatch',
    ]);
  });
});
