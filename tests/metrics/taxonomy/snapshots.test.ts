import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundTo } from '../../../src/core/numbers.ts';
import { utcDay } from '../../../src/core/time.ts';
import type { TaxonomySummary } from '../../../src/metrics/taxonomy/index.ts';
import { churnBetween, countSummary, type DayState, dailySnapshots, severityWeights } from '../../../src/metrics/taxonomy/index.ts';
import { SEED_SEVERITIES } from '../../../src/model/taxonomy.ts';

const SEED = severityWeights(SEED_SEVERITIES);

import { summaryOf } from './helpers.ts';

function state(date: string, summary: TaxonomySummary): DayState {
  return { date, severities: new Map([...summary].map(([name, alert]) => [name, alert.severity])), counts: countSummary(summary, SEED_SEVERITIES) };
}

describe('dailySnapshots', () => {
  // Three states, window 3 days:
  //   01-01: A critical (runbook), B low (no runbook)       -> total 2, risk_total 6, runbooks 1/2
  //   01-03: + C high (runbook)                             -> total 3, risk_total 9, runbooks 2/3
  //   01-06: A removed, B deprecated                        -> total 2, risk_total 4, runbooks 1/1 active
  const s1 = summaryOf({ A: 'critical', B: { severity: 'low', runbookComplete: false } });
  const s2 = summaryOf({ A: 'critical', B: { severity: 'low', runbookComplete: false }, C: 'high' });
  const s3 = summaryOf({ B: { severity: 'low', runbookComplete: false, deprecated: true }, C: 'high' });
  const states = [state('2026-01-01', s1), state('2026-01-03', s2), state('2026-01-06', s3)];

  // The baseline (the file's first version) is s1: churn before a full window counts from it.
  const baseline = states[0]!.severities;

  it('gives one snapshot per day with churn against the end of the day three days earlier', () => {
    const snapshots = dailySnapshots(states, '2026-01-10', 3, baseline, SEED);
    const row = (date: string, total: number, deprecated: number, churn: number, risk: number, stability: number, riskStability: number, runbooks: number) => ({
      date,
      total,
      active: total - deprecated,
      deprecated,
      deprecated_ratio: roundTo(deprecated / total, 4),
      churn_30d: churn,
      risk_churn_30d: risk,
      stability,
      risk_stability: riskStability,
      runbook_completeness_percent: runbooks,
    });
    expect(snapshots).toEqual([
      // Window start before the file existed: churn counts from the baseline, which is no churn.
      row('2026-01-01', 2, 0, 0, 0, 1, 1, 50),
      // No change on 01-02: the 01-01 state carries over.
      row('2026-01-02', 2, 0, 0, 0, 1, 1, 50),
      // 12-31 is still before the file: against the baseline only C (high 3) was added.
      row('2026-01-03', 3, 0, 1, 3, 0.6667, 0.6667, 66.67),
      // Window start = end of 01-01: only C added. 1 - 1/3 = 0.6667, 1 - 3/9 = 0.6667.
      row('2026-01-04', 3, 0, 1, 3, 0.6667, 0.6667, 66.67),
      row('2026-01-05', 3, 0, 1, 3, 0.6667, 0.6667, 66.67),
      // Against 01-03: A removed (critical 5). 1 - 1/2 = 0.5; 1 - 5/4 clamps at 0.
      row('2026-01-06', 2, 1, 1, 5, 0.5, 0, 100),
      row('2026-01-07', 2, 1, 1, 5, 0.5, 0, 100),
      row('2026-01-08', 2, 1, 1, 5, 0.5, 0, 100),
      // Boundary: three days after the change the window starts at the end of 01-06 itself.
      row('2026-01-09', 2, 1, 0, 0, 1, 1, 100),
      row('2026-01-10', 2, 1, 0, 0, 1, 1, 100),
    ]);
  });

  it('stops at lastDay and gives nothing for no states or a lastDay before the first state', () => {
    expect(dailySnapshots(states, '2026-01-01', 3, baseline, SEED)).toHaveLength(1);
    expect(dailySnapshots(states, '2025-12-31', 3, baseline, SEED)).toEqual([]);
    expect(dailySnapshots([], '2026-01-10', 3, new Map(), SEED)).toEqual([]);
  });

  it("counts changes made on the baseline's own day against the baseline, not the end of that day", () => {
    // The file was added with A alone, then B was added the same day: B is churn, A is not.
    const snapshots = dailySnapshots([state('2026-01-01', summaryOf({ A: 'critical', B: 'low' }))], '2026-01-02', 30, new Map([['A', 'critical']]), SEED);
    expect(snapshots.map((snapshot) => [snapshot.churn_30d, snapshot.risk_churn_30d, snapshot.stability])).toEqual([
      [1, 1, 0.5],
      [1, 1, 0.5],
    ]);
  });

  it('crosses month and year ends day by day', () => {
    const snapshots = dailySnapshots([state('2024-02-27', s1)], '2024-03-02', 30, baseline, SEED);
    expect(snapshots.map((snapshot) => snapshot.date)).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02']);
  });
});

describe('dailySnapshots against a linear scan', () => {
  const day = (offset: number) => utcDay(Date.parse('2026-01-01T00:00:00Z') + offset * 86_400_000);
  const arbitrary = fc.record({
    offsets: fc.uniqueArray(fc.nat(60), { minLength: 1, maxLength: 12 }).map((list) => list.sort((a, b) => a - b)),
    summaries: fc.array(fc.dictionary(fc.constantFrom('A', 'B', 'C', 'D'), fc.constantFrom('critical' as const, 'low' as const)), {
      minLength: 12,
      maxLength: 12,
    }),
    extra: fc.nat(40),
    window: fc.integer({ min: 1, max: 30 }),
  });

  it('matches the last state on or before each day and the window start (the baseline before the first state)', () => {
    fc.assert(
      fc.property(arbitrary, ({ offsets, summaries, extra, window }) => {
        const states = offsets.map((offset, i) => state(day(offset), summaryOf(summaries[i]!)));
        const last = offsets.at(-1)! + extra;
        const baseline = states[0]!.severities;
        const snapshots = dailySnapshots(states, day(last), window, baseline, SEED);
        expect(snapshots).toHaveLength(last - offsets[0]! + 1);
        snapshots.forEach((snapshot, i) => {
          const offset = offsets[0]! + i;
          expect(snapshot.date).toBe(day(offset));
          const at = (target: number) => [...states].reverse().find((_, j) => offsets[offsets.length - 1 - j]! <= target);
          const current = at(offset)!;
          const start = at(offset - window);
          const churn = churnBetween(start?.severities ?? baseline, current.severities, SEED);
          expect([snapshot.total, snapshot.churn_30d, snapshot.risk_churn_30d]).toEqual([current.counts.total, churn.churn, churn.risk_churn]);
          // The first day is the baseline's: nothing has changed yet, so it is never red.
          if (i === 0) expect([snapshot.churn_30d, snapshot.stability, snapshot.risk_stability]).toEqual([0, 1, 1]);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('utcDay and round', () => {
  it.each([
    { timestamp: Date.parse('2026-01-01T00:00:00Z'), expected: '2026-01-01' },
    { timestamp: Date.parse('2026-01-01T23:59:59.999Z'), expected: '2026-01-01' },
    { timestamp: Date.parse('2026-01-02T01:00:00+02:00'), expected: '2026-01-01' },
  ])('utcDay $expected', ({ timestamp, expected }) => {
    expect(utcDay(timestamp)).toBe(expected);
  });
});

describe('countSummary', () => {
  it('counts severities, deprecation and runbooks of active alerts only', () => {
    const counts = countSummary(
      summaryOf({
        A: 'critical',
        B: { severity: 'high', runbookComplete: false },
        C: { severity: 'medium', deprecated: true, runbookComplete: true },
        D: 'medium',
      }),
      SEED_SEVERITIES,
    );
    expect(counts).toEqual({
      total: 4,
      active: 3,
      deprecated: 1,
      deprecated_ratio: 0.25,
      by_severity: { critical: 1, high: 1, medium: 2, low: 0 },
      // A and D of the active A, B, D; deprecated C's runbook does not count.
      runbook_complete: 2,
      runbook_completeness_percent: (2 / 3) * 100,
      risk_total: 12,
    });
  });

  it('calls an empty taxonomy complete with nothing deprecated', () => {
    expect(countSummary(new Map(), SEED_SEVERITIES)).toMatchObject({ total: 0, deprecated_ratio: 0, runbook_completeness_percent: 100, risk_total: 0 });
  });
});
