import { describe, expect, it } from 'vitest';
import { computeDrift, driftCheck, driftEvents, driftReportUrl, enforcementCheck } from '../../../src/metrics/catalog/index.ts';
import type { Checkpoint, CheckpointRepository, EnforcementReport } from '../../../src/model/catalog.ts';

function report(violations: number, warnings: number, strict: boolean): EnforcementReport {
  return {
    report_version: 1,
    commit: 'c',
    generated_at: 't',
    strict,
    passed: violations === 0 && !(strict && warnings > 0),
    exit_code: violations === 0 && !(strict && warnings > 0) ? 0 : 1,
    total_repos: 3,
    compliant: violations === 0 ? 3 : 2,
    non_compliant: violations === 0 ? 0 : 1,
    total_violations: violations,
    total_warnings: warnings,
    repositories: [],
  };
}

function checkpoint(commit: string, repositories: Record<string, Partial<CheckpointRepository>>): Checkpoint {
  return {
    checkpoint_version: 1,
    commit,
    created_at: '2026-01-01T00:00:00Z',
    baseline: false,
    backfilled: false,
    summary: { total: 0, compliant: 0, non_compliant: 0 },
    repositories: Object.fromEntries(
      Object.entries(repositories).map(([id, repo]) => [id, { tier: 2, compliant: true, violations: 0, warnings: 0, files: {}, ...repo }]),
    ),
  };
}

describe('enforcementCheck', () => {
  it.each([
    { violations: 0, warnings: 0, strict: false, status: 'pass', message: '3/3 repositories compliant; 0 violations, 0 warnings' },
    { violations: 0, warnings: 1, strict: false, status: 'warn', message: '3/3 repositories compliant; 0 violations, 1 warning' },
    { violations: 0, warnings: 2, strict: true, status: 'fail', message: '3/3 repositories compliant; 0 violations, 2 warnings (strict: warnings fail)' },
    { violations: 1, warnings: 0, strict: false, status: 'fail', message: '2/3 repositories compliant; 1 violation, 0 warnings' },
  ])('$violations violations, $warnings warnings, strict $strict -> $status', ({ violations, warnings, strict, status, message }) => {
    expect(enforcementCheck(report(violations, warnings, strict))).toEqual({
      id: 'catalog.enforcement',
      kind: 'catalog',
      title: 'Repository policies',
      status,
      message,
    });
  });
});

describe('driftCheck and driftEvents', () => {
  const before = checkpoint('a'.repeat(40), { web: {}, api: { files: { 'README.md': '1' } }, gone: {} });
  const after = checkpoint('b'.repeat(40), { web: { compliant: false, violations: 1 }, api: { files: { 'README.md': '2' } }, fresh: { tier: 1 } });
  const issue = { open: true, title: 'Compliance degraded: web lost compliance', body: '', labels: [] };

  it.each([
    { name: 'baseline', previous: null, latest: after, status: 'pass', message: 'baseline checkpoint: no earlier checkpoint to compare with' },
    { name: 'degraded', previous: before, latest: after, status: 'warn', message: 'compliance degraded in web' },
    {
      name: 'clean',
      previous: before,
      latest: checkpoint('c', { web: {}, api: {} }),
      status: 'pass',
      message: 'no compliance degraded; 0 new, 1 removed, 1 with changed files',
    },
  ])('$name -> $status', ({ previous, latest, status, message }) => {
    expect(driftCheck(computeDrift(previous, latest))).toEqual({ id: 'catalog.drift', kind: 'catalog', title: 'Compliance drift', status, message });
  });

  it('one event for the degraded repositories and one per new repository, dated in UTC seconds', () => {
    const events = driftEvents(computeDrift(before, after), issue, '2026-06-19T14:00:00+02:00');
    expect(events).toEqual([
      {
        id: `catalog:${'b'.repeat(40)}:compliance-degraded`,
        kind: 'catalog',
        type: 'compliance-degraded',
        title: issue.title,
        summary: 'web (tier 2, 1 violations)',
        date: '2026-06-19T12:00:00Z',
        commit: 'b'.repeat(40),
      },
      {
        id: `catalog:${'b'.repeat(40)}:new-repo:fresh`,
        kind: 'catalog',
        type: 'new-repository',
        title: 'New repository in the catalog: fresh',
        summary: 'tier 1, compliant',
        date: '2026-06-19T12:00:00Z',
        commit: 'b'.repeat(40),
      },
    ]);
  });

  it('no events against a baseline', () => {
    expect(driftEvents(computeDrift(null, after), issue, '2026-06-19T14:00:00Z')).toEqual([]);
  });
});

describe('driftReportUrl', () => {
  it.each([
    { site: 'https://example.github.io/gov/', out: 'https://example.github.io/gov/status/latest-drift.md' },
    { site: 'https://example.github.io/gov', out: 'https://example.github.io/gov/status/latest-drift.md' },
    { site: 'https://status.example.com', out: 'https://status.example.com/status/latest-drift.md' },
    { site: undefined, out: null },
  ])('$site -> $out', ({ site, out }) => {
    expect(driftReportUrl(site)).toBe(out);
  });
});
