import { describe, expect, it } from 'vitest';
import type { CatalogRepository } from '../../../src/model/catalog.ts';
import { complianceSeries, complianceStanding, driftPeriod, fileChangeList, tierGroups, tierLabel } from '../../../src/site/format/catalog.ts';
import { findingTone, hostPortLabel, rangeUsage, runsIn } from '../../../src/site/format/ports.ts';

const finding = { rule: 'recommended-file-missing' as const, level: 'warning' as const, message: 'm', file: 'f' };

describe('catalog format helpers', () => {
  it.each([
    { compliant: false, warnings: [], out: { label: 'non-compliant', tone: 'bad' } },
    { compliant: true, warnings: [finding], out: { label: 'compliant, warnings', tone: 'warn' } },
    { compliant: true, warnings: [], out: { label: 'compliant', tone: 'good' } },
  ])('standing compliant=$compliant', ({ compliant, warnings, out }) => {
    expect(complianceStanding({ compliant, warnings })).toEqual(out);
  });

  it.each([
    { tier: 1, out: 'Tier 1' },
    { tier: '4', out: 'Tier 4' },
    { tier: null, out: 'Unknown tier' },
    { tier: 'unknown', out: 'Unknown tier' },
  ])('tierLabel($tier)', ({ tier, out }) => expect(tierLabel(tier)).toBe(out));

  it('groups tiers numerically with unknown last', () => {
    const repo = (id: string, compliant: boolean) => ({ id, compliant }) as CatalogRepository;
    const groups = tierGroups({
      tiers: { unknown: ['u'], '2': ['b', 'c'], '1': ['a'], '10': [] },
      repositories: [repo('a', true), repo('b', false), repo('c', true), repo('u', false)],
    });
    expect(groups.map((group) => [group.tier, group.repositories.map((r) => r.id), group.compliant])).toEqual([
      ['1', ['a'], 1],
      ['2', ['b', 'c'], 1],
      ['10', [], 0],
      ['unknown', ['u'], 0],
    ]);
  });

  it('complianceSeries uses 1 for an empty portfolio', () => {
    const entry = (total: number, compliant: number) => ({ commit: 'c', created_at: 't', baseline: false, total, compliant, non_compliant: total - compliant });
    expect(complianceSeries([entry(0, 0), entry(4, 3)])).toEqual([1, 0.75]);
  });

  it('describes the drift period and file changes', () => {
    const ref = (commit: string, backfilled = false) => ({ commit, created_at: 't', baseline: false, backfilled });
    expect(driftPeriod({ previous: null, latest: ref('abcdef123') })).toBe('No earlier checkpoint: abcdef1 is the baseline.');
    expect(driftPeriod({ previous: ref('1111111aaa', true), latest: ref('2222222bbb') })).toBe(
      'From checkpoint 1111111 (reconstructed from git history) to 2222222.',
    );
    expect(fileChangeList({ added: ['a'], removed: ['b'], modified: ['c', 'd'] })).toBe('+a, -b, ~c, ~d');
  });
});

describe('ports format helpers', () => {
  it('labels host ports, where a service runs, range usage and finding tone', () => {
    expect(hostPortLabel({ host_ports: [4010, 443] })).toBe('4010, 443');
    expect(hostPortLabel({ host_ports: [] })).toBe('not published');
    expect([runsIn({ container: true }), runsIn({ container: false })]).toEqual(['container', 'host']);
    expect(rangeUsage({ from: 4000, to: 4099, used: 2 })).toBe('2 of 100 used');
    expect([findingTone('error'), findingTone('warning')]).toEqual(['bad', 'warn']);
  });
});
