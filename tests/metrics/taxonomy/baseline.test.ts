import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/core/time.ts';
import {
  churnBetween,
  churnWindow,
  createTimeline,
  firstSpikeCheckDay,
  severityWeights,
  type TaxonomySummary,
  taxonomyFigures,
} from '../../../src/metrics/taxonomy/index.ts';
import { SEED_SEVERITIES, type Severity } from '../../../src/model/taxonomy.ts';

const SEED = severityWeights(SEED_SEVERITIES);

import { summaryOf } from './helpers.ts';

// The first version of the taxonomy is the baseline: churn counts changes after it only.
const NOW = '2026-11-18T10:00:00.000Z';
const NOW_MS = Date.parse(NOW);
const ago = (days: number, ms = 0) => new Date(NOW_MS - days * DAY_MS + ms).toISOString();
const version = (commit: string, date: string, summary: TaxonomySummary) => ({ commit, date, timestamp: Date.parse(date), summary });

function figuresOf(versions: ReturnType<typeof version>[], current: TaxonomySummary, windowDays = 30, spikeThreshold = 2) {
  const timeline = createTimeline(NOW, windowDays, SEED_SEVERITIES);
  for (const item of versions) timeline.add(item);
  return taxonomyFigures(current, timeline.finish(), { now: NOW, windowDays, spikeThreshold, severities: SEED_SEVERITIES });
}

const big = summaryOf({ A: 'critical', B: 'critical', C: 'high', D: 'medium', E: 'low' });

describe('churnWindow', () => {
  it.each([
    {
      name: 'a baseline an hour ago fills the window and leaves no previous one',
      baseline: ago(0, -3_600_000),
      start: ago(0, -3_600_000),
      filling: true,
      previous: false,
    },
    { name: 'a baseline 5 days ago', baseline: ago(5), start: ago(5), filling: true, previous: false },
    { name: 'a baseline 1 ms after the window start', baseline: ago(30, 1), start: ago(30, 1), filling: true, previous: false },
    { name: 'a baseline exactly at the window start: a full window', baseline: ago(30), start: ago(30), filling: false, previous: false },
    { name: 'a baseline inside the previous window', baseline: ago(45), start: ago(30), filling: false, previous: false },
    { name: 'a baseline 1 ms after the previous window start', baseline: ago(60, 1), start: ago(30), filling: false, previous: false },
    { name: 'a baseline exactly at the previous window start: both windows complete', baseline: ago(60), start: ago(30), filling: false, previous: true },
    { name: 'a baseline long before', baseline: ago(400), start: ago(30), filling: false, previous: true },
    { name: 'no baseline: the taxonomy being built is the baseline', baseline: null, start: NOW, filling: true, previous: false },
  ])('$name', ({ baseline, start, filling, previous }) => {
    expect(churnWindow(NOW, 30, baseline)).toEqual({ start, filling, previousComplete: previous });
  });

  it('names the first day a spike can be checked: two windows after the baseline', () => {
    expect(firstSpikeCheckDay('2026-11-18T09:00:00.000Z', 30)).toBe('2027-01-17');
  });
});

describe('taxonomy figures against the baseline', () => {
  it('one-commit repository: day one is not red (churn 0, stability 100%, no spike)', () => {
    const figures = figuresOf([version('c1', ago(0, -3_600_000), big)], big);
    expect(figures).toMatchObject({
      total: 5,
      churn: 0,
      risk_churn: 0,
      stability: 1,
      risk_stability: 1,
      previous_churn: 0,
      previous_risk_churn: 0,
      risk_churn_spike: false,
      window_start: ago(0, -3_600_000),
      window_filling: true,
      previous_window_complete: false,
      days_since_change: 0,
    });
  });

  it('a taxonomy built with no version up to now in history is its own baseline', () => {
    expect(figuresOf([], big)).toMatchObject({ churn: 0, stability: 1, risk_stability: 1, risk_churn_spike: false, window_start: NOW, window_filling: true });
  });

  it('a file added 5 days ago: churn counts the changes since, with no spike whatever the fold', () => {
    const added = summaryOf({ A: 'critical', B: 'critical', C: 'high', D: 'medium', E: 'low', F: 'critical' });
    const figures = figuresOf([version('c1', ago(5), big), version('c2', ago(2), added)], added, 30, 1.5);
    expect(figures).toMatchObject({
      churn: 1,
      risk_churn: 5,
      stability: roundish(1 - 1 / 6),
      previous_risk_churn: 0,
      risk_churn_fold: 5,
      // A fold of 5 against a previous window that did not exist is no spike.
      risk_churn_spike: false,
      window_start: ago(5),
      window_filling: true,
      previous_window_complete: false,
    });
  });

  it('60 days of history: the same figures as before baselines, spike included', () => {
    const start = summaryOf({ A: 'critical', B: 'low' });
    const middle = summaryOf({ A: 'critical', B: 'low', C: 'low' });
    const versions = [version('c1', ago(61), start), version('c2', ago(40), middle), version('c3', ago(3), big)];
    const figures = figuresOf(versions, big);
    // Previous window {A,B} -> {A,B,C}: C (low 1) added. This window {A,B,C} -> {A..E}: D (medium 2)
    // and E (low 1) added; churn is by name, so B's new severity is not churn.
    expect(figures).toMatchObject({
      churn: 2,
      risk_churn: 3,
      previous_churn: 1,
      previous_risk_churn: 1,
      risk_churn_fold: 3,
      risk_churn_spike: true,
      window_start: ago(30),
      window_filling: false,
      previous_window_complete: true,
    });
  });

  it('a previous window partly before the baseline has no spike, even with a large fold', () => {
    const start = summaryOf({ A: 'critical' });
    // Window start {A} -> {A..E}: B 5 + C 3 + D 2 + E 1 = 11 against a previous window of 15 days.
    const figures = figuresOf([version('c1', ago(45), start), version('c2', ago(3), big)], big);
    expect(figures).toMatchObject({ risk_churn: 11, previous_risk_churn: 0, risk_churn_spike: false, window_filling: false, previous_window_complete: false });
  });
});

describe('baseline properties', () => {
  const severityArbitrary = fc.constantFrom<Severity>('critical', 'high', 'medium', 'low');
  const summaryArbitrary = fc.dictionary(fc.constantFrom('A', 'B', 'C', 'D', 'E'), severityArbitrary).map((entries) => summaryOf(entries));
  const historyArbitrary = fc.record({
    // Days before now, newest last after sorting; up to 120 days so both windows are covered.
    offsets: fc.uniqueArray(fc.integer({ min: 0, max: 120 * 24 }), { minLength: 1, maxLength: 8 }).map((list) => list.sort((a, b) => b - a)),
    summaries: fc.array(summaryArbitrary, { minLength: 8, maxLength: 8 }),
    window: fc.integer({ min: 1, max: 40 }),
  });

  it('a single version is never churn, whenever it was made', () => {
    fc.assert(
      fc.property(summaryArbitrary, fc.integer({ min: 0, max: 200 * 24 }), fc.integer({ min: 1, max: 60 }), (summary, hours, window) => {
        const figures = figuresOf([version('c1', ago(0, -hours * 3_600_000), summary)], summary, window, 0.001);
        expect([figures.churn, figures.risk_churn, figures.stability, figures.risk_stability, figures.risk_churn_spike]).toEqual([0, 0, 1, 1, false]);
      }),
      { numRuns: 200 },
    );
  });

  it('churn is the set difference from the state at the later of the window start and the baseline', () => {
    fc.assert(
      fc.property(historyArbitrary, ({ offsets, summaries, window }) => {
        const versions = offsets.map((hours, i) => version(`c${i}`, ago(0, -hours * 3_600_000), summaries[i]!));
        const current = versions.at(-1)!.summary;
        const figures = figuresOf(versions, current, window, 0.001);
        const cutoff = NOW_MS - window * DAY_MS;
        const before = versions.filter((item) => item.timestamp <= cutoff).at(-1) ?? versions[0]!;
        const expected = churnBetween(severities(before.summary), severities(current), SEED);
        expect([figures.churn, figures.risk_churn]).toEqual([expected.churn, expected.risk_churn]);
        expect(figures.window_filling).toBe(versions[0]!.timestamp > cutoff);
        // A spike only ever compares with a previous window wholly after the baseline.
        if (figures.risk_churn_spike) expect(versions[0]!.timestamp).toBeLessThanOrEqual(NOW_MS - 2 * window * DAY_MS);
      }),
      { numRuns: 300 },
    );
  });
});

function severities(summary: TaxonomySummary): Map<string, Severity> {
  return new Map([...summary].map(([name, alert]) => [name, alert.severity]));
}

function roundish(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
