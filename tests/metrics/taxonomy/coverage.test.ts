import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCoverage } from '../../../src/metrics/taxonomy/index.ts';
import type { AlertRule } from '../../../src/sources/prometheus/rules.ts';
import type { Alert, Taxonomy } from '../../../src/sources/taxonomy/schema.ts';

const alert = (name: string, deprecated = false): Alert => ({
  name,
  group: 'g',
  severity: 'low',
  scope: 'service',
  category: 'meta',
  description: deprecated ? 'Deprecated.' : 'x',
  deprecated,
});
const rule = (alertName: string, file: string, line: number): AlertRule => ({
  alert: alertName,
  group: 'g',
  expr: 'up',
  for: null,
  labels: {},
  annotations: {},
  file,
  line,
});

describe('checkCoverage', () => {
  it('reports alerts missing from the taxonomy once, deprecated alerts still in the rules, and active alerts without rules', () => {
    const taxonomy: Taxonomy = { alerts: [alert('Active'), alert('Old', true), alert('Unruled'), alert('OldUnruled', true)] };
    const rules = [rule('Active', 'b.yml', 3), rule('Old', 'b.yml', 7), rule('Ghost', 'a.yml', 9), rule('Ghost', 'b.yml', 12), rule('Old', 'a.yml', 2)];
    const { report, errors } = checkCoverage(taxonomy, rules, ['b.yml', 'a.yml'], 'alerts_taxonomy.json');
    expect(report).toEqual({
      rules_files: ['a.yml', 'b.yml'],
      missing_in_taxonomy: ['Ghost'],
      deprecated_in_rules: ['Old'],
      not_in_rules: ['Unruled'],
    });
    expect(errors).toEqual([
      {
        rule: 'coverage-deprecated-in-rules',
        level: 'error',
        alert: 'Old',
        message: 'deprecated alert "Old" is still in the rules (remove it from b.yml:7)',
        where: '$.alerts[1]',
        file: 'alerts_taxonomy.json',
      },
      {
        rule: 'coverage-missing',
        level: 'error',
        alert: 'Ghost',
        message: 'alert "Ghost" is in the rules but not in the taxonomy (alerts_taxonomy.json)',
        where: 'line 9',
        file: 'a.yml',
      },
    ]);
  });

  it('is clean when rules and active alerts match', () => {
    const { report, errors } = checkCoverage({ alerts: [alert('A'), alert('B')] }, [rule('B', 'r.yml', 1), rule('A', 'r.yml', 5)], ['r.yml'], 't.json');
    expect(errors).toEqual([]);
    expect(report).toEqual({ rules_files: ['r.yml'], missing_in_taxonomy: [], deprecated_in_rules: [], not_in_rules: [] });
  });

  it('lists every active alert as not in rules when there are no rules', () => {
    const { report, errors } = checkCoverage({ alerts: [alert('B'), alert('A'), alert('C', true)] }, [], [], 't.json');
    expect(errors).toEqual([]);
    expect(report.not_in_rules).toEqual(['A', 'B']);
  });

  it('counts an alert defined by several rules once: repeating rules changes neither the report nor the findings (property)', () => {
    const name = fc.constantFrom('A', 'B', 'C', 'D');
    fc.assert(
      fc.property(
        fc.uniqueArray(name),
        fc.boolean(),
        fc.array(name, { maxLength: 6 }),
        fc.array(fc.nat({ max: 3 }), { maxLength: 6 }),
        (listed, oldA, named, repeats) => {
          const taxonomy: Taxonomy = { alerts: listed.map((item) => alert(item, oldA && item === 'A')) };
          const once = named.map((item, index) => rule(item, 'r.yml', index + 1));
          const repeated = once.flatMap((item, index) =>
            Array.from({ length: 1 + (repeats[index] ?? 0) }, (_, copy) => ({ ...item, line: 100 * copy + item.line })),
          );
          const a = checkCoverage(taxonomy, once, ['r.yml'], 't.json');
          const b = checkCoverage(taxonomy, repeated, ['r.yml'], 't.json');
          expect(b.report).toEqual(a.report);
          expect(b.errors.map((issue) => [issue.rule, issue.alert])).toEqual(a.errors.map((issue) => [issue.rule, issue.alert]));
        },
      ),
      { numRuns: 200 },
    );
  });
});
