import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/core/validation.ts';
import { classifyDocument } from '../../../src/sources/init/classify.ts';

const yaml = (text: string) => classifyDocument(parseYaml(text, 'f.yml'), 'f.yml');

describe('classifyDocument', () => {
  it('reads a plain rule file: alerting rules only, rules: null and missing rules as empty groups', () => {
    const found = yaml(`groups:
  - name: a
    rules:
      - alert: X
        expr: up == 0
        for: 5m
        labels: {severity: critical, priority: 1, nested: {no: 1}}
        annotations: {runbook_url: "https://r", description: d}
      - record: y
        expr: sum(up)
  - name: b
    rules: null
  - name: c
`);
    expect(found).toEqual({
      kind: 'rules',
      alerts: [
        {
          alert: 'X',
          group: 'a',
          file: 'f.yml',
          for: '5m',
          labels: { severity: 'critical', priority: '1' },
          annotations: { runbook_url: 'https://r', description: 'd' },
        },
      ],
    });
  });

  it('reads a PrometheusRule custom resource', () => {
    const found = yaml(
      'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nspec:\n  groups:\n    - name: g\n      rules:\n        - alert: A\n          expr: "1"\n',
    );
    expect(found).toMatchObject({ kind: 'rules', alerts: [{ alert: 'A', group: 'g', for: null }] });
    expect(yaml('kind: PrometheusRule\nspec: {}\n')).toEqual({ kind: 'rules', alerts: [] });
  });

  it.each([
    ['openapi: 3.1.0\ninfo: {}\n', { kind: 'openapi' }],
    ['swagger: "2.0"\n', { kind: 'swagger' }],
    ['version: 1\nservices:\n  - name: a\n    ports: [{internal: 80}]\n', { kind: 'port-registry' }],
    // Other tools' files with the same keys.
    ['version: 2\nupdates: []\ngroups: {deps: {patterns: ["*"]}}\n', null],
    ['groups:\n  - name: admins\n    members: [a]\n', null],
    ['groups: []\n', null],
    ['services:\n  web:\n    image: nginx\n', null],
    ['- a\n- b\n', null],
    ['just text\n', null],
  ])('%j', (text, expected) => {
    expect(yaml(text)).toEqual(expected);
  });

  it('never throws, whatever the document (property)', () => {
    const shaped = fc.record({
      kind: fc.option(fc.constantFrom('PrometheusRule', 'Other'), { nil: undefined }),
      spec: fc.option(fc.anything(), { nil: undefined }),
      groups: fc.option(fc.array(fc.record({ name: fc.anything(), rules: fc.anything() })), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), shaped), (data) => {
        classifyDocument(data, 'f.yml');
      }),
    );
  });
});
