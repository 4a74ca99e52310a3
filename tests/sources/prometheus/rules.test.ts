import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { InputError } from '../../../src/core/errors.ts';
import { parseRuleFile } from '../../../src/sources/prometheus/rules.ts';

describe('parseRuleFile', () => {
  it('extracts alerting rules with group, expr, for and the line of the alert key; record rules are ignored', () => {
    const text = [
      'groups:', //                                  1
      '  - name: api', //                            2
      '    rules:', //                               3
      '      - record: job:errors:rate5m', //        4
      '        expr: sum(rate(errors[5m]))', //      5
      '      - alert: ApiHighErrorRate', //          6
      '        expr: job:errors:rate5m > 0.05', //   7
      '        for: 10m', //                         8
      '  - name: "infra"', //                        9
      '    rules:', //                               10
      '      - expr: up == 0', //                    11
      "        alert: 'TargetDown' # keyed late", // 12
      '      - alert: "Quoted"', //                  13
      '        expr: 1', //                          14
      '',
    ].join('\n');
    expect(parseRuleFile(text, 'prometheus/alerts.yml')).toEqual([
      {
        alert: 'ApiHighErrorRate',
        group: 'api',
        expr: 'job:errors:rate5m > 0.05',
        for: '10m',
        labels: {},
        annotations: {},
        file: 'prometheus/alerts.yml',
        line: 6,
      },
      { alert: 'TargetDown', group: 'infra', expr: 'up == 0', for: null, labels: {}, annotations: {}, file: 'prometheus/alerts.yml', line: 12 },
      // A numeric expr (YAML `1`) is kept as text.
      { alert: 'Quoted', group: 'infra', expr: '1', for: null, labels: {}, annotations: {}, file: 'prometheus/alerts.yml', line: 13 },
    ]);
  });

  it('gives each rule of a repeated alert name its own line', () => {
    const text = [
      'groups:',
      '  - name: fast',
      '    rules:',
      '      - alert: SloBurnRate', // 4
      '        expr: rate(x[5m]) > 14',
      '  - name: slow',
      '    rules:',
      '      - alert: SloBurnRate', // 8
      '        expr: rate(x[6h]) > 1',
      '      - alert: Other', // 10
      '        expr: y',
      '      - alert: SloBurnRate', // 12
      '        expr: rate(x[3d]) > 1',
      '',
    ].join('\n');
    expect(parseRuleFile(text, 'r.yml').map((rule) => `${rule.group}:${rule.alert}:${rule.line}`)).toEqual([
      'fast:SloBurnRate:4',
      'slow:SloBurnRate:8',
      'slow:Other:10',
      'slow:SloBurnRate:12',
    ]);
  });

  it.each([
    { name: 'empty file', text: '' },
    { name: 'no groups', text: 'groups: []\n' },
    { name: 'rules: null', text: 'groups:\n  - name: a\n    rules:\n' },
    { name: 'group without rules', text: 'groups:\n  - name: a\n' },
    { name: 'only record rules', text: 'groups:\n  - name: a\n    rules:\n      - record: x\n        expr: y\n' },
  ])('$name gives no alerts', ({ text }) => {
    expect(parseRuleFile(text, 'r.yml')).toEqual([]);
  });

  it('keeps extra keys Prometheus may add (loose objects)', () => {
    const text =
      'groups:\n  - name: a\n    interval: 1m\n    limit: 3\n    rules:\n      - alert: A\n        expr: x\n        labels: {team: t}\n        keep_firing_for: 5m\n';
    expect(parseRuleFile(text, 'r.yml').map((rule) => rule.alert)).toEqual(['A']);
  });

  it.each([
    { name: 'malformed YAML', text: 'groups:\n  - name: a\n    rules: [\n', where: /^line \d+ column \d+$/, message: /malformed YAML/ },
    { name: 'groups not a list', text: 'groups: {}\n', where: /^\$\.groups$/, message: /expected array/ },
    { name: 'group without name', text: 'groups:\n  - rules: []\n', where: /^\$\.groups\[0\]\.name$/, message: /expected string/ },
    {
      name: 'rule without expr',
      text: 'groups:\n  - name: a\n    rules:\n      - alert: A\n',
      where: /^\$\.groups\[0\]\.rules\[0\]\.expr$/,
      message: /^expected string or number$/,
    },
  ])('$name is an InputError naming the file', ({ text, where, message }) => {
    try {
      parseRuleFile(text, 'r.yml');
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).location.file).toBe('r.yml');
      expect((error as InputError).location.where).toMatch(where);
      expect((error as InputError).message).toMatch(message);
    }
  });

  const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,20}$/);
  const ruleArbitrary = fc.oneof(
    fc.record(
      { alert: name, expr: fc.string({ minLength: 1 }), for: fc.option(fc.constantFrom('5m', '1h'), { nil: undefined }) },
      { requiredKeys: ['alert', 'expr'] },
    ),
    fc.record({ record: name, expr: fc.string({ minLength: 1 }) }),
  );
  const fileArbitrary = fc.record({
    groups: fc.array(fc.record({ name: fc.string({ minLength: 1 }), rules: fc.array(ruleArbitrary, { maxLength: 6 }) }), { maxLength: 4 }),
  });

  it('finds every alerting rule of any rule file in order, each at a line of its own that names it', () => {
    fc.assert(
      fc.property(fileArbitrary, (file) => {
        const text = stringify(file);
        const alerts = parseRuleFile(text, 'r.yml');
        const expected = file.groups.flatMap((group) =>
          group.rules.flatMap((rule) => ('alert' in rule ? [{ alert: rule.alert, group: group.name, expr: rule.expr, for: rule.for ?? null }] : [])),
        );
        expect(alerts.map(({ alert, group, expr, for: duration }) => ({ alert, group, expr, for: duration }))).toEqual(expected);
        const lines = text.split('\n');
        for (const found of alerts) expect(lines[found.line - 1]).toMatch(new RegExp(`alert: ["']?${found.alert}["']?$`));
        expect(new Set(alerts.map((found) => found.line)).size).toBe(alerts.length);
      }),
      { numRuns: 200 },
    );
  });

  it('reads labels and annotations with string values as written (property)', () => {
    const texts = fc.dictionary(
      fc.string({ minLength: 1 }).filter((key) => key !== '__proto__'),
      fc.string(),
      { maxKeys: 4 },
    );
    fc.assert(
      fc.property(fc.array(fc.record({ alert: name, labels: texts, annotations: texts }), { maxLength: 5 }), (rules) => {
        const text = stringify({ groups: [{ name: 'g', rules: rules.map((rule) => ({ ...rule, expr: 'up == 0' })) }] });
        expect(parseRuleFile(text, 'r.yml').map(({ alert, labels, annotations }) => ({ alert, labels, annotations }))).toEqual(rules);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the same rules when a file is wrapped in a PrometheusRule custom resource (spec.groups)', () => {
    fc.assert(
      fc.property(fileArbitrary, (file) => {
        const plain = parseRuleFile(stringify(file), 'r.yml');
        const wrapped = stringify({
          apiVersion: 'monitoring.coreos.com/v1',
          kind: 'PrometheusRule',
          metadata: { name: 'x', labels: { role: 'alert-rules' } },
          spec: file,
        });
        const resource = parseRuleFile(wrapped, 'r.yaml');
        const strip = (rules: typeof plain) => rules.map(({ line: _line, file: _file, ...rule }) => rule);
        expect(strip(resource)).toEqual(strip(plain));
        const lines = wrapped.split('\n');
        for (const found of resource) expect(lines[found.line - 1]).toMatch(new RegExp(`alert: ["']?${found.alert}["']?$`));
      }),
      { numRuns: 100 },
    );
  });
});

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/taxonomy/real-shaped/prometheus/${name}`, import.meta.url), 'utf8');

describe('parseRuleFile on real-shaped rule files', () => {
  it('reads a plain groups file: repeated names, every severity or none, rules: null, a group without rules, recording rules, keys of its own', () => {
    const rules = parseRuleFile(fixture('node.rules.yml'), 'prometheus/node.rules.yml');
    expect(rules.map((rule) => [rule.alert, rule.group, rule.for, rule.labels.severity ?? null, rule.annotations.runbook_url ?? null, rule.line])).toEqual([
      ['NodeFilesystemAlmostOutOfSpace', 'node-exporter', '30m', 'warning', 'https://runbooks.example.com/node/nodefilesystemalmostoutofspace', 14],
      ['NodeFilesystemAlmostOutOfSpace', 'node-exporter', '1h', 'critical', 'https://runbooks.example.com/node/nodefilesystemalmostoutofspace', 28],
      ['NodeClockNotSynchronising', 'node-exporter', '10m', 'info', null, 43],
      ['NodeTextfileCollectorFailed', 'node-exporter', null, null, null, 51],
    ]);
    expect(rules[2]!.annotations).toEqual({
      description: 'Clock at {{ $labels.instance }} is not synchronising. Ensure NTP is configured on this host.',
      summary: 'Clock not synchronising.',
    });
    expect(rules[3]!.labels).toEqual({});
  });

  it('reads a PrometheusRule custom resource: one burn-rate alert in four rules', () => {
    const rules = parseRuleFile(fixture('slo.prometheusrule.yaml'), 'prometheus/slo.prometheusrule.yaml');
    expect(rules.map((rule) => [rule.alert, rule.group, rule.for, rule.labels.severity, rule.line])).toEqual([
      ['ApiErrorBudgetBurn', 'api-slo-burn', '2m', 'critical', 16],
      ['ApiErrorBudgetBurn', 'api-slo-burn', '15m', 'critical', 26],
      ['ApiErrorBudgetBurn', 'api-slo-burn', '1h', 'warning', 33],
      ['ApiErrorBudgetBurn', 'api-slo-burn', '3h', 'warning', 38],
    ]);
    // Label values are read as text, whatever YAML made of them.
    expect(rules[0]!.labels).toEqual({ severity: 'critical', long: '1h', short: '5m' });
  });

  it.each([
    { name: 'a resource with no groups', text: 'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata: {name: x}\nspec: {}\n' },
    { name: 'a resource with groups: null', text: 'kind: PrometheusRule\nspec:\n  groups:\n' },
    { name: 'rules: null in a resource', text: 'kind: PrometheusRule\nspec:\n  groups:\n    - name: a\n      rules:\n' },
  ])('$name gives no alerts', ({ text }) => {
    expect(parseRuleFile(text, 'r.yaml')).toEqual([]);
  });

  it('keeps scalar labels and annotations as text and leaves out the rest', () => {
    const text =
      'groups:\n  - name: a\n    rules:\n      - alert: A\n        expr: x\n        labels: {severity: critical, priority: 1, paging: true, nested: {a: b}, empty: null}\n        annotations:\n';
    expect(parseRuleFile(text, 'r.yml')[0]).toMatchObject({ labels: { severity: 'critical', priority: '1', paging: 'true' }, annotations: {} });
  });

  it.each([
    { name: 'a resource without spec', text: 'kind: PrometheusRule\nmetadata: {name: x}\n', where: '$.spec' },
    { name: 'a group without name in a resource', text: 'kind: PrometheusRule\nspec:\n  groups:\n    - rules: []\n', where: '$.spec.groups[0].name' },
    {
      name: 'labels that are not a map',
      text: 'groups:\n  - name: a\n    rules:\n      - alert: A\n        expr: x\n        labels: critical\n',
      where: '$.groups[0].rules[0].labels',
    },
  ])('$name is an InputError at $where', ({ text, where }) => {
    expect(() => parseRuleFile(text, 'r.yaml')).toThrow(InputError);
    try {
      parseRuleFile(text, 'r.yaml');
    } catch (error) {
      expect((error as InputError).location).toEqual({ file: 'r.yaml', where });
    }
  });
});
