import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AlertRow, PROMETHEUS_SEVERITIES, severityCounts } from '../../../src/model/taxonomy.ts';
import { alertAnchor, changeCount, filterAttributes, filterOptions, sortAlerts } from '../../../src/site/format/alerts.ts';
import { matchesFilters } from '../../../src/site/scripts/alert-filter.ts';

function alert(overrides: Partial<AlertRow>): AlertRow {
  return {
    name: 'A',
    group: 'g',
    severity: 'low',
    scope: 'service',
    category: 'availability',
    description: '',
    runbook: null,
    runbook_url: null,
    runbook_status: 'complete',
    deprecated: false,
    deprecated_since: null,
    for: null,
    windows: [],
    ...overrides,
  };
}

describe('sortAlerts', () => {
  it('puts the most severe first, then names in code-point order', () => {
    const sorted = sortAlerts([
      alert({ name: 'b', severity: 'low' }),
      alert({ name: 'a', severity: 'low' }),
      alert({ name: 'Z', severity: 'critical' }),
      alert({ name: 'm', severity: 'medium' }),
      alert({ name: 'h', severity: 'high' }),
    ]);
    expect(sorted.map((row) => row.name)).toEqual(['Z', 'h', 'm', 'a', 'b']);
  });

  it('follows the configured vocabulary, with severities outside it last, as written, by name', () => {
    const sorted = sortAlerts(
      [
        alert({ name: 'i', severity: 'info' }),
        alert({ name: 'p', severity: 'page' }),
        alert({ name: 'w', severity: 'warning' }),
        alert({ name: 'h', severity: 'high' }),
        alert({ name: 'c', severity: 'critical' }),
      ],
      PROMETHEUS_SEVERITIES,
    );
    expect(sorted.map((row) => `${row.severity}:${row.name}`)).toEqual(['critical:c', 'warning:w', 'info:i', 'high:h', 'page:p']);
  });
});

describe('severityCounts', () => {
  it("lists the vocabulary in its order (the seed's when none is written), then other severities by name", () => {
    const by_severity = { critical: 1, high: 2, low: 0, medium: 3 };
    expect(severityCounts({ figures: { by_severity } })).toEqual([
      ['critical', 1],
      ['high', 2],
      ['medium', 3],
      ['low', 0],
    ]);
    expect(severityCounts({ severities: [...PROMETHEUS_SEVERITIES], figures: { by_severity: { info: 1, page: 2, critical: 0, warning: 4, P1: 1 } } })).toEqual([
      ['critical', 0],
      ['warning', 4],
      ['info', 1],
      ['P1', 1],
      ['page', 2],
    ]);
  });
});

describe('alertAnchor', () => {
  it.each([
    { name: 'APIHighErrorRate', out: 'alert-APIHighErrorRate' },
    { name: 'Disk Full', out: 'alert-Disk_20Full' },
    { name: 'a_b', out: 'alert-a_5fb' },
    { name: '<script>', out: 'alert-_3cscript_3e' },
  ])('$name -> $out', ({ name, out }) => {
    expect(alertAnchor(name)).toBe(out);
  });

  it('is injective and yields valid id characters only', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(alertAnchor(a)).toMatch(/^alert-[A-Za-z0-9_-]*$/);
        if (a !== b) expect(alertAnchor(a)).not.toBe(alertAnchor(b));
      }),
    );
  });
});

describe('filters', () => {
  const rows = [
    alert({ name: 'a', severity: 'high', scope: 'platform', category: 'security' }),
    alert({ name: 'b', severity: 'low', scope: 'service', category: 'availability', deprecated: true }),
    alert({ name: 'c', severity: 'low', scope: 'node', category: 'capacity', runbook_status: 'placeholder' }),
  ];

  it('offers the distinct values in a stable order', () => {
    expect(filterOptions(rows)).toEqual({
      severities: ['high', 'low'],
      scopes: ['node', 'platform', 'service'],
      categories: ['availability', 'capacity', 'security'],
    });
  });

  it('offers severities in the vocabulary order, then the others as written', () => {
    const mixed = [alert({ name: 'a', severity: 'info' }), alert({ name: 'b', severity: 'sev1' }), alert({ name: 'c', severity: 'critical' })];
    expect(filterOptions(mixed, PROMETHEUS_SEVERITIES).severities).toEqual(['critical', 'info', 'sev1']);
  });

  it.each([
    { state: {}, out: ['a', 'b', 'c'] },
    { state: { severity: 'low' }, out: ['b', 'c'] },
    { state: { severity: 'low', deprecated: 'no' }, out: ['c'] },
    { state: { runbook: 'missing' }, out: ['c'] },
    { state: { runbook: 'present', scope: 'platform' }, out: ['a'] },
    { state: { category: 'none' }, out: [] },
  ])('$state -> $out', ({ state, out }) => {
    const data = (row: AlertRow) => Object.fromEntries(Object.entries(filterAttributes(row)).map(([key, value]) => [key.replace(/^data-/, ''), value]));
    expect(rows.filter((row) => matchesFilters(data(row), state)).map((row) => row.name)).toEqual(out);
  });
});

describe('changeCount', () => {
  it('counts added, removed and modified', () => {
    const entry = {
      commit: 'c',
      date: '2026-01-01T00:00:00Z',
      added: [{ name: 'a', severity: 'low' as const }],
      removed: [],
      modified: [{ name: 'b', field: 'scope' as const, from: 'x', to: 'y' }],
      severity_transitions: [],
    };
    expect(changeCount(entry)).toBe(2);
  });
});
