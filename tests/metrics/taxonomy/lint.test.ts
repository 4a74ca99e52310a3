import fc from 'fast-check';
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

describe('lintTaxonomy: severities outside the vocabulary', () => {
  it('is invalid-severity at its JSON path, a hard failure, and every other finding is still reported', () => {
    const result = lint({ severity: 'page', scope: 'galaxy' }, { severities: ['critical', 'warning', 'info'] });
    // The other alert's "low" is outside the prometheus vocabulary too.
    expect(result.errors.map((issue) => [issue.rule, issue.where, issue.alert])).toEqual([
      ['invalid-severity', '$.alerts[0].severity', 'Other'],
      ['invalid-severity', '$.alerts[1].severity', 'ApiHighErrorRate'],
      ['invalid-scope', '$.alerts[1].scope', 'ApiHighErrorRate'],
    ]);
    expect(result.errors[1]!.message).toBe('severity "page" is not one of critical, warning, info (sources.taxonomy.severities)');
  });

  it.each(['critical', 'high', 'medium', 'low'])('accepts the seed severity %s', (severity) => {
    expect(lint({ severity }).errors).toEqual([]);
  });
});

describe('lintTaxonomy: keys the schema does not define', () => {
  const taxonomy = {
    $schema: './alerts_taxonomy.schema.json',
    generated_at: '2026-11-01T00:00:00Z',
    'odd key': 1,
    alerts: [{ ...clean, owner: 'payments', team: 'sre' }],
  };

  it('warns unknown-field once per key, with its JSON path, and nothing else', () => {
    const result = lintTaxonomy(taxonomy, options());
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((issue) => [issue.rule, issue.level, issue.where, issue.alert])).toEqual([
      ['unknown-field', 'warning', '$.generated_at', null],
      ['unknown-field', 'warning', '$["odd key"]', null],
      ['unknown-field', 'warning', '$.alerts[0].owner', 'ApiHighErrorRate'],
      ['unknown-field', 'warning', '$.alerts[0].team', 'ApiHighErrorRate'],
    ]);
    expect(result.warnings[2]!.message).toBe(
      'key "owner" is not part of the taxonomy schema (kept; check the spelling, or set sources.taxonomy.lint["unknown-field"] to "off")',
    );
  });

  it('says nothing when unknown-field is off', () => {
    expect(lintTaxonomy(taxonomy, options({ unknownFields: 'off' }))).toEqual({ errors: [], warnings: [] });
  });
});

describe('lintTaxonomy: an alert defined by several rules', () => {
  // A multi-window burn-rate alert: one name, four rules, each with its own for and windows.
  const burn = [
    rule({ for: '2m', expr: 'rate(e[5m]) > 14 and rate(e[1h]) > 14', line: 4 }),
    rule({ for: '15m', expr: 'rate(e[30m]) > 6 and rate(e[6h]) > 6', line: 9 }),
    rule({ for: '1h', expr: 'rate(e[2h]) > 3 and rate(e[1d]) > 3', line: 14 }),
    rule({ for: '3h', expr: 'rate(e[6h]) > 1 and rate(e[3d]) > 1', line: 19, file: 'prometheus/slow.yml' }),
  ];

  it.each(['2m', '15m', '1h', '3h', '10800s'])('agrees on for %s: one of the rules has it', (duration) => {
    expect(lint({ for: duration, windows: undefined }, { rules: burn }).errors).toEqual([]);
  });

  it('is for-mismatch only when no rule agrees, naming every rule', () => {
    const { errors } = lint({ for: '30m', windows: undefined }, { rules: burn });
    expect(errors.map((issue) => [issue.rule, issue.where])).toEqual([['for-mismatch', '$.alerts[1].for']]);
    expect(errors[0]!.message).toBe(
      'for "30m" matches none of the 4 rules of this alert: "2m" (prometheus/alerts.yml:4), "15m" (prometheus/alerts.yml:9), "1h" (prometheus/alerts.yml:14), "3h" (prometheus/slow.yml:19)',
    );
  });

  it('accepts windows used by any of the rules, and names only the ones none uses', () => {
    expect(lint({ for: undefined, windows: ['5m', '1h', '30m', '6h', '2h', '1d', '3d'] }, { rules: burn }).errors).toEqual([]);
    const { errors } = lint({ for: undefined, windows: ['5m', '4h', '3d', '7d'] }, { rules: burn });
    expect(errors.map((issue) => issue.rule)).toEqual(['windows-mismatch']);
    expect(errors[0]!.message).toMatch(/^windows 4h, 7d are not used by any of the 4 rules' expressions \(prometheus\/alerts\.yml:4, /);
  });

  it('matches the single-rule checks whichever order the rules come in (property)', () => {
    const duration = fc.constantFrom('2m', '15m', '30m', '1h', '3h', '6h');
    fc.assert(
      fc.property(fc.array(duration, { minLength: 1, maxLength: 5 }), duration, (fors, declared) => {
        const rules = fors.map((value, index) => rule({ for: value, line: index + 1 }));
        const agrees = fors.includes(declared);
        const forward = lint({ for: declared, windows: undefined }, { rules }).errors.map((issue) => issue.rule);
        const backward = lint({ for: declared, windows: undefined }, { rules: [...rules].reverse() }).errors.map((issue) => issue.rule);
        expect(forward).toEqual(agrees ? [] : ['for-mismatch']);
        expect(backward).toEqual(forward);
        // Each rule alone agrees exactly when its own for is the declared one.
        for (const single of rules) {
          expect(lint({ for: declared, windows: undefined }, { rules: [single] }).errors.length === 0).toBe(single.for === declared);
        }
      }),
      { numRuns: 100 },
    );
  });
});
