import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseRuleFile } from '../../src/sources/prometheus/rules.ts';
import { parseTaxonomy } from '../../src/sources/taxonomy/parse.ts';
import { aliasBomb, DEEP_RUNS, deepTexts, fuzz, inputTexts, ODD_DATES, resultOrInputError } from './_fuzz.ts';

// The alert taxonomy (sources/taxonomy) and the Prometheus rule files it is checked against (sources/prometheus).

const taxonomy = {
  version: 1,
  alerts: [
    {
      name: 'ApiHighErrorRate',
      group: 'api',
      severity: 'critical',
      scope: 'service',
      category: 'errors',
      description: 'More than 5% of requests fail.',
      runbook: 'https://runbooks.example.com/api',
      for: '5m',
      windows: ['5m', '1h'],
      deprecated: false,
      labels: { team: 'api' },
    },
    {
      name: 'OldAlert',
      group: 'infra',
      severity: 'low',
      scope: 'cluster',
      category: 'saturation',
      description: 'Deprecated: replaced by NewAlert.',
      deprecated: true,
      deprecated_since: '2026-01-01T00:00:00Z',
    },
  ],
};

const rules = {
  groups: [
    {
      name: 'api',
      rules: [
        { record: 'job:errors:rate5m', expr: 'sum(rate(errors[5m]))' },
        { alert: 'ApiHighErrorRate', expr: 'job:errors:rate5m > 0.05', for: '5m', labels: { severity: 'critical' }, annotations: { summary: 'x' } },
        { alert: 'ApiHighErrorRate', expr: 'job:errors:rate1h > 0.01', for: '1h' },
      ],
    },
    { name: 'infra', rules: [{ alert: 'TargetDown', expr: 1 }] },
  ],
};

describe('fuzz: taxonomy and Prometheus rules (any input gives a result or an InputError)', () => {
  it('parseTaxonomy (alerts_taxonomy.json)', () => {
    const texts = inputTexts(taxonomy, ['json'], {
      keys: ['alerts', 'severity', 'deprecated_since', 'windows', 'labels', 'version', '$schema'],
      values: fc.constantFrom<unknown>(...ODD_DATES, 'critical', 'ApiHighErrorRate', 1.5, Number.MAX_VALUE),
    });
    fuzz(texts, (text) => resultOrInputError(() => parseTaxonomy(text, 'alerts_taxonomy.json'), 'alerts_taxonomy.json'));
  });

  it('parseRuleFile (Prometheus rule files)', () => {
    const texts = fc.oneof(
      { weight: 9, arbitrary: inputTexts(rules, ['yaml', 'json'], { keys: ['groups', 'rules', 'alert', 'record', 'expr', 'for'] }) },
      // An alias bomb beside valid groups (the yaml package's alias limit stops it).
      { weight: 1, arbitrary: fc.integer({ min: 3, max: 12 }).map((levels) => `${aliasBomb(levels)}groups: []\n`) },
    );
    fuzz(texts, (text) => resultOrInputError(() => parseRuleFile(text, 'prometheus/alerts.yml'), 'prometheus/alerts.yml'));
  });

  it('both, nested 1,000 to 20,000 deep', () => {
    fuzz(deepTexts(taxonomy, ['json']), (text) => resultOrInputError(() => parseTaxonomy(text, 'alerts_taxonomy.json'), 'alerts_taxonomy.json'), DEEP_RUNS);
    fuzz(
      deepTexts(rules, ['yaml', 'json']),
      (text) => resultOrInputError(() => parseRuleFile(text, 'prometheus/alerts.yml'), 'prometheus/alerts.yml'),
      DEEP_RUNS,
    );
  });
});
