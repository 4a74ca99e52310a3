import { describe, expect, it } from 'vitest';
import { renderExposition } from '../../src/publish/prometheus.ts';

describe('renderExposition', () => {
  it('writes families in first-seen order with HELP and TYPE once, samples in the order given', () => {
    const text = renderExposition([
      { name: 'taxonomy_alerts_total', help: 'Alerts per severity.', type: 'gauge', labels: { severity: 'critical' }, value: 4 },
      { name: 'taxonomy_alerts_runbook_missing', help: 'Active alerts without a runbook.', type: 'gauge', value: 1 },
      { name: 'taxonomy_alerts_total', help: 'ignored: the first help wins', type: 'counter', labels: { severity: 'high' }, value: 7 },
      { name: 'taxonomy_alerts_runbook_coverage_percent', help: 'Runbook coverage.', type: 'gauge', value: 93.75 },
    ]);
    expect(text).toBe(
      [
        '# HELP taxonomy_alerts_total Alerts per severity.',
        '# TYPE taxonomy_alerts_total gauge',
        'taxonomy_alerts_total{severity="critical"} 4',
        'taxonomy_alerts_total{severity="high"} 7',
        '# HELP taxonomy_alerts_runbook_missing Active alerts without a runbook.',
        '# TYPE taxonomy_alerts_runbook_missing gauge',
        'taxonomy_alerts_runbook_missing 1',
        '# HELP taxonomy_alerts_runbook_coverage_percent Runbook coverage.',
        '# TYPE taxonomy_alerts_runbook_coverage_percent gauge',
        'taxonomy_alerts_runbook_coverage_percent 93.75',
        '',
      ].join('\n'),
    );
  });

  it('escapes backslash, newline and quote in label values, and backslash and newline in help', () => {
    const text = renderExposition([{ name: 'm', help: 'a\\b\nc "quoted"', type: 'counter', labels: { path: 'C:\\dir\n"x"', b: '' }, value: 1 }]);
    expect(text).toBe('# HELP m a\\\\b\\nc "quoted"\n# TYPE m counter\nm{path="C:\\\\dir\\n\\"x\\"",b=""} 1\n');
  });

  it.each([
    { value: Number.NaN, expected: 'NaN' },
    { value: Infinity, expected: '+Inf' },
    { value: -Infinity, expected: '-Inf' },
    { value: 0, expected: '0' },
    { value: -2.5, expected: '-2.5' },
    { value: 0.1 + 0.2, expected: '0.30000000000000004' },
    { value: 1e21, expected: '1e+21' },
  ])('formats $value as $expected', ({ value, expected }) => {
    expect(renderExposition([{ name: 'm', help: 'h', type: 'gauge', value }])).toBe(`# HELP m h\n# TYPE m gauge\nm ${expected}\n`);
  });

  it('writes a lone newline for no samples', () => {
    expect(renderExposition([])).toBe('\n');
  });
});
