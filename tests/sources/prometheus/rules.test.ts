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
});
