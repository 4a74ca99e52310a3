import { describe, expect, it } from 'vitest';
import { createTimeline, type TaxonomySummary, taxonomyFigures } from '../../../src/metrics/taxonomy/index.ts';
import { SEED_SEVERITIES } from '../../../src/model/taxonomy.ts';
import { severitiesOf, summaryOf } from './helpers.ts';

// now 2026-03-01T00:00Z, window 10 days: the window starts at 2026-02-19T00:00Z and the previous
// one at 2026-02-09T00:00Z; a version exactly at a cutoff belongs to the earlier side (<=).
const NOW = '2026-03-01T00:00:00Z';
const version = (commit: string, date: string, summary: TaxonomySummary) => ({ commit, date, timestamp: Date.parse(date), summary });
const v1 = version('c1', '2026-02-01T12:00:00Z', summaryOf({ A: 'critical' }));
const v2 = version('c2', '2026-02-09T00:00:00Z', summaryOf({ A: 'critical', B: 'high' }));
const v3 = version('c3', '2026-02-19T00:00:00Z', summaryOf({ A: 'critical', B: 'high', C: 'low' }));
const v4 = version('c4', '2026-02-19T00:00:01Z', summaryOf({ A: 'critical', C: 'low' }));
const v5 = version('c5', '2026-02-25T10:00:00Z', summaryOf({ A: { severity: 'critical', description: 'reworded' }, C: 'low' }));
const later = version('c6', '2026-03-01T00:00:01Z', summaryOf({}));

function build(versions: ReturnType<typeof version>[]) {
  const timeline = createTimeline(NOW, 10, SEED_SEVERITIES);
  for (const item of versions) timeline.add(item);
  return timeline.finish();
}

describe('createTimeline', () => {
  it('folds versions into changelog, day states, window starts and the last change; later versions are ignored', () => {
    const timeline = build([v1, v2, v3, v4, v5, later]);
    expect(timeline.versions).toBe(5);
    expect(timeline.changelog.map((entry) => entry.commit)).toEqual(['c5', 'c4', 'c3', 'c2', 'c1']);
    expect(timeline.changelog[0]).toMatchObject({ date: '2026-02-25T10:00:00.000Z', modified: [{ name: 'A', field: 'description' }] });
    expect(timeline.changelog[1]).toMatchObject({ removed: [{ name: 'B', severity: 'high' }] });
    // v3 and v4 share a day: the day's state is v4's.
    expect(timeline.dayStates.map((day) => [day.date, [...day.severities.keys()].join('')])).toEqual([
      ['2026-02-01', 'A'],
      ['2026-02-09', 'AB'],
      ['2026-02-19', 'AC'],
      ['2026-02-25', 'AC'],
    ]);
    expect(timeline.windowStart).toEqual(severitiesOf({ A: 'critical', B: 'high', C: 'low' }));
    expect(timeline.previousWindowStart).toEqual(severitiesOf({ A: 'critical', B: 'high' }));
    expect(timeline.lastChange).toEqual({ commit: 'c5', date: '2026-02-25T10:00:00.000Z' });
    expect(timeline.baseline).toEqual({ commit: 'c1', date: '2026-02-01T12:00:00.000Z', severities: severitiesOf({ A: 'critical' }) });
  });

  it('includes a version made exactly at now and ignores one a millisecond later', () => {
    const atNow = version('n0', NOW, summaryOf({ Z: 'low' }));
    const after = { ...version('n1', NOW, summaryOf({})), timestamp: Date.parse(NOW) + 1 };
    const timeline = build([v5, atNow, after]);
    expect(timeline.versions).toBe(2);
    expect(timeline.lastChange).toEqual({ commit: 'n0', date: '2026-03-01T00:00:00.000Z' });
  });

  it('starts windows that began before the first version at that version (the baseline), and has nothing for no versions', () => {
    const timeline = build([v4, v5]);
    expect(timeline.windowStart).toEqual(severitiesOf({ A: 'critical', C: 'low' }));
    expect(timeline.previousWindowStart).toEqual(severitiesOf({ A: 'critical', C: 'low' }));
    expect(timeline.baseline).toMatchObject({ commit: 'c4', date: '2026-02-19T00:00:01.000Z' });
    expect(build([])).toEqual({
      changelog: [],
      dayStates: [],
      windowStart: new Map(),
      previousWindowStart: new Map(),
      baseline: null,
      lastChange: null,
      versions: 0,
    });
  });
});

describe('taxonomyFigures', () => {
  it('computes the figures at now from the timeline', () => {
    const figures = taxonomyFigures(v5.summary, build([v1, v2, v3, v4, v5]), { now: NOW, windowDays: 10, spikeThreshold: 2, severities: SEED_SEVERITIES });
    expect(figures).toEqual({
      total: 2,
      active: 2,
      deprecated: 0,
      deprecated_ratio: 0,
      by_severity: { critical: 1, high: 0, medium: 0, low: 1 },
      runbook_complete: 2,
      runbook_completeness_percent: 100,
      churn_window_days: 10,
      // The baseline (2026-02-01) is before both windows: a full window and a complete previous one.
      window_start: '2026-02-19T00:00:00.000Z',
      window_filling: false,
      previous_window_complete: true,
      // Window start {A, B, C} -> now {A, C}: B (high, 3) removed.
      churn: 1,
      risk_churn: 3,
      stability: 0.5, // 1 - 1/2
      risk_stability: 0.5, // 1 - 3/6
      risk_total: 6,
      // Previous window {A, B} -> {A, B, C}: C (low, 1) added.
      previous_churn: 1,
      previous_risk_churn: 1,
      risk_churn_fold: 3, // 3 / max(1, 1)
      risk_churn_spike: true, // 3 >= 2
      // 2026-02-25T10:00 -> 2026-03-01T00:00 is 3 days 14 hours.
      days_since_change: 3,
    });
  });

  it.each([
    { threshold: 3, spike: true },
    { threshold: 3.01, spike: false },
  ])('spike threshold $threshold -> $spike (fold 3)', ({ threshold, spike }) => {
    const figures = taxonomyFigures(v5.summary, build([v1, v2, v3, v4, v5]), {
      now: NOW,
      windowDays: 10,
      spikeThreshold: threshold,
      severities: SEED_SEVERITIES,
    });
    expect(figures.risk_churn_spike).toBe(spike);
  });

  it('has no spike without risk churn, and days_since_change null without history', () => {
    const timeline = build([]);
    const figures = taxonomyFigures(new Map(), timeline, { now: NOW, windowDays: 10, spikeThreshold: 0.0001, severities: SEED_SEVERITIES });
    expect(figures).toMatchObject({
      total: 0,
      churn: 0,
      risk_churn: 0,
      risk_churn_fold: 0,
      risk_churn_spike: false,
      stability: 1,
      risk_stability: 1,
      days_since_change: null,
    });
  });

  it.each([
    { now: '2026-02-25T10:00:00Z', days: 0 },
    { now: '2026-02-26T09:59:59Z', days: 0 },
    { now: '2026-02-26T10:00:00Z', days: 1 },
    { now: '2026-03-27T10:00:00Z', days: 30 },
  ])('days_since_change at $now is $days', ({ now, days }) => {
    const timeline = createTimeline(now, 10, SEED_SEVERITIES);
    timeline.add(v5);
    expect(taxonomyFigures(v5.summary, timeline.finish(), { now, windowDays: 10, spikeThreshold: 2, severities: SEED_SEVERITIES }).days_since_change).toBe(
      days,
    );
  });
});
