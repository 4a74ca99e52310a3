import { describe, expect, it } from 'vitest';
import { thresholdsSchema } from '../../../src/config/schema.ts';
import { taxonomySourceSchema } from '../../../src/config/sources/taxonomy.ts';
import { createTimeline, summarize, taxonomySection } from '../../../src/metrics/taxonomy/index.ts';
import { SEED_SEVERITIES, taxonomySectionSchema } from '../../../src/model/taxonomy.ts';
import type { Alert, Taxonomy } from '../../../src/sources/taxonomy/schema.ts';

const NOW = '2026-03-03T06:00:00.000Z';
const alert = (name: string): Alert => ({
  name,
  group: 'g',
  severity: 'high',
  scope: 'service',
  category: 'errors',
  description: `${name} fires`,
  runbook: 'https://r',
  deprecated: false,
});
const commit = (n: number) => String(n).repeat(40);

function timelineOf(versions: [number, string, Taxonomy][]) {
  const timeline = createTimeline(NOW, 30, SEED_SEVERITIES);
  for (const [n, date, taxonomy] of versions) timeline.add({ commit: commit(n), date, timestamp: Date.parse(date), summary: summarize(taxonomy) });
  return timeline.finish();
}

describe('taxonomySection', () => {
  const current: Taxonomy = { alerts: [alert('B'), alert('A'), alert('C')] };
  const timeline = timelineOf([
    [1, '2026-03-01T12:00:00Z', { alerts: [alert('A')] }],
    [2, '2026-03-03T01:00:00Z', { alerts: [alert('A'), alert('B')] }],
  ]);
  const section = taxonomySection({ taxonomy: current, rules: [], rulesFiles: [], unmatchedRules: [] }, timeline, {
    source: taxonomySourceSchema.parse({}),
    thresholds: thresholdsSchema.parse({}),
    now: NOW,
  });

  it('ends the history today with the taxonomy being built, whatever the last commit of today held', () => {
    expect(section.history.map((day) => [day.date, day.total])).toEqual([
      ['2026-03-01', 1],
      ['2026-03-02', 1],
      ['2026-03-03', 3],
    ]);
  });

  it('takes figures from the current taxonomy and changelog and last change from the history', () => {
    // The first version {A} is the baseline: B and C (high, 3 each) are the churn since.
    expect(section.figures).toMatchObject({
      total: 3,
      churn: 2,
      risk_churn: 6,
      days_since_change: 0,
      window_start: '2026-03-01T12:00:00.000Z',
      window_filling: true,
      previous_window_complete: false,
      risk_churn_spike: false,
    });
    expect(section.baseline).toEqual({ commit: commit(1), date: '2026-03-01T12:00:00.000Z' });
    expect(section.history.map((day) => day.churn_30d)).toEqual([0, 0, 2]);
    expect(section.changelog.map((entry) => entry.commit)).toEqual([commit(2), commit(1)]);
    expect(section.last_change).toEqual({ commit: commit(2), date: '2026-03-03T01:00:00.000Z' });
    expect(section.alerts.map((row) => row.name)).toEqual(['A', 'B', 'C']);
    expect(section).toMatchObject({ path: 'alerts_taxonomy.json', coverage: null, lint: { errors: [], warnings: [] } });
  });

  it('is a section the model schema accepts', () => {
    expect(taxonomySectionSchema.parse(section)).toEqual(section);
  });
});
