import { describe, expect, it } from 'vitest';
import { alertRows } from '../../../src/metrics/taxonomy/index.ts';
import type { Alert } from '../../../src/sources/taxonomy/schema.ts';

const alert = (overrides: Partial<Alert>): Alert => ({
  name: 'A',
  group: 'g',
  severity: 'low',
  scope: 'service',
  category: 'errors',
  description: 'd',
  deprecated: false,
  ...overrides,
});

describe('alertRows', () => {
  it('sorts by name in code-unit order and fills absent fields with null or []', () => {
    const rows = alertRows({ alerts: [alert({ name: 'b' }), alert({ name: 'B' }), alert({ name: 'a', labels: { team: 't' } })] });
    expect(rows.map((row) => row.name)).toEqual(['B', 'a', 'b']);
    expect(rows[1]).toEqual({
      name: 'a',
      group: 'g',
      severity: 'low',
      scope: 'service',
      category: 'errors',
      description: 'd',
      runbook: null,
      runbook_url: null,
      runbook_status: 'missing',
      deprecated: false,
      deprecated_since: null,
      for: null,
      windows: [],
    });
  });

  it.each([
    { runbook: ' https://runbooks.example.com/a ', url: 'https://runbooks.example.com/a', status: 'complete' },
    { runbook: 'http://x', url: 'http://x', status: 'complete' },
    { runbook: 'See the wiki page', url: null, status: 'complete' },
    { runbook: 'https://a b', url: null, status: 'complete' },
    { runbook: 'TODO: write it', url: null, status: 'placeholder' },
    { runbook: '', url: null, status: 'missing' },
  ])('runbook $runbook -> link $url, $status', ({ runbook, url, status }) => {
    expect(alertRows({ alerts: [alert({ runbook })] })[0]).toMatchObject({ runbook, runbook_url: url, runbook_status: status });
  });
});
