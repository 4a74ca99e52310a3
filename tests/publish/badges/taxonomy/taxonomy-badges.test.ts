import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endpointBadgeSchema } from '../../../../src/model/badge.ts';
import { toEndpoint } from '../../../../src/publish/badges/badge.ts';
import { badgeAlertsChurn } from '../../../../src/publish/badges/taxonomy/badge-alerts-churn.ts';
import { badgeAlertsDeprecated } from '../../../../src/publish/badges/taxonomy/badge-alerts-deprecated.ts';
import { badgeAlertsRiskChurn } from '../../../../src/publish/badges/taxonomy/badge-alerts-risk-churn.ts';
import { badgeAlertsRiskStability } from '../../../../src/publish/badges/taxonomy/badge-alerts-risk-stability.ts';
import { badgeAlertsStability } from '../../../../src/publish/badges/taxonomy/badge-alerts-stability.ts';
import { badgeAlertsTotal } from '../../../../src/publish/badges/taxonomy/badge-alerts-total.ts';
import { badgeRunbookCompleteness } from '../../../../src/publish/badges/taxonomy/badge-runbook-completeness.ts';
import { badgeTaxonomy } from '../../../../src/publish/badges/taxonomy/badge-taxonomy.ts';
import { badgeTaxonomyAge } from '../../../../src/publish/badges/taxonomy/badge-taxonomy-age.ts';
import { type TaxonomyBadgeFigures, taxonomyBadges } from '../../../../src/publish/badges/taxonomy/index.ts';

const base: TaxonomyBadgeFigures = {
  total: 17,
  active: 16,
  deprecated: 1,
  deprecated_ratio: 0.0588,
  by_severity: { critical: 4, high: 7, medium: 6, low: 0 },
  runbook_complete: 15,
  runbook_completeness_percent: 93.75,
  churn_window_days: 30,
  window_start: '2026-10-20T10:00:00.000Z',
  window_filling: false,
  previous_window_complete: true,
  churn: 4,
  risk_churn: 12,
  stability: 0.7647,
  risk_stability: 0.7736,
  risk_total: 53,
  previous_churn: 3,
  previous_risk_churn: 9,
  risk_churn_fold: 1.3333,
  risk_churn_spike: false,
  days_since_change: 8,
  last_change_date: '2026-11-12T12:00:00.000Z',
  runbook_min_percent: 90,
};
const render = (badge: { render(figures: TaxonomyBadgeFigures): { message: string; color: string } }, overrides: Partial<TaxonomyBadgeFigures>) =>
  badge.render({ ...base, ...overrides });

describe('the seed badge set', () => {
  it('has the nine seed file names in the seed order', () => {
    expect(taxonomyBadges.map((badge) => badge.file)).toEqual([
      'badge-taxonomy.json',
      'badge-alerts-total.json',
      'badge-alerts-deprecated.json',
      'badge-alerts-churn.json',
      'badge-alerts-risk-churn.json',
      'badge-alerts-stability.json',
      'badge-alerts-risk-stability.json',
      'badge-runbook-completeness.json',
      'badge-taxonomy-age.json',
    ]);
  });
});

describe('badge-alerts-churn (steps 1, 6, 11, 21)', () => {
  it.each([
    [0, 'brightgreen'],
    [1, 'green'],
    [5, 'green'],
    [6, 'yellow'],
    [10, 'yellow'],
    [11, 'orange'],
    [20, 'orange'],
    [21, 'red'],
    [500, 'red'],
  ])('%i -> %s', (churn, color) => {
    expect(render(badgeAlertsChurn, { churn })).toEqual({ message: String(churn), color });
  });
});

describe('badge-alerts-risk-churn (steps 1, 11, 21, 41)', () => {
  it.each([
    [0, 'brightgreen'],
    [1, 'green'],
    [10, 'green'],
    [11, 'yellow'],
    [20, 'yellow'],
    [21, 'orange'],
    [40, 'orange'],
    [41, 'red'],
  ])('%i -> %s', (risk_churn, color) => {
    expect(render(badgeAlertsRiskChurn, { risk_churn })).toEqual({ message: String(risk_churn), color });
  });
});

describe('churn and stability badges while the window is filling (it started before the baseline)', () => {
  const filling = { window_filling: true, window_start: '2026-11-13T09:00:00.000Z', churn: 0, risk_churn: 0, stability: 1, risk_stability: 1 };
  it.each([
    { badge: badgeAlertsChurn, message: '0 since 2026-11-13', color: 'brightgreen' },
    { badge: badgeAlertsRiskChurn, message: '0 since 2026-11-13', color: 'brightgreen' },
    { badge: badgeAlertsStability, message: '100% since 2026-11-13', color: 'brightgreen' },
    { badge: badgeAlertsRiskStability, message: '100% since 2026-11-13', color: 'brightgreen' },
  ])('$badge.file says since when: $message', ({ badge, message, color }) => {
    expect(render(badge, filling)).toEqual({ message, color });
  });

  it('keeps the colour of the figure: 21 changes in five days are red', () => {
    expect(render(badgeAlertsChurn, { ...filling, churn: 21 })).toEqual({ message: '21 since 2026-11-13', color: 'red' });
  });

  it('shows the bare figure once the window is full', () => {
    expect(render(badgeAlertsChurn, { window_filling: false, window_start: '2026-10-19T10:00:00.000Z', churn: 4 }).message).toBe('4');
  });
});

describe('badge-alerts-deprecated (steps 5%, 10%, 20%, 30%)', () => {
  it.each([
    [0, '0%', 'brightgreen'],
    // The colour follows the shown (rounded) value, so message and colour always agree.
    [0.0494, '4.9%', 'brightgreen'],
    [0.0499, '5%', 'green'],
    [0.05, '5%', 'green'],
    [0.0588, '5.9%', 'green'],
    [0.0999, '10%', 'yellow'],
    [0.1, '10%', 'yellow'],
    [0.1999, '20%', 'orange'],
    [0.2, '20%', 'orange'],
    [0.2999, '30%', 'red'],
    [0.3, '30%', 'red'],
    [1, '100%', 'red'],
  ])('%f -> %s %s', (deprecated_ratio, message, color) => {
    expect(render(badgeAlertsDeprecated, { deprecated_ratio })).toEqual({ message, color });
  });
});

describe.each([
  { badge: badgeAlertsStability, field: 'stability' as const },
  { badge: badgeAlertsRiskStability, field: 'risk_stability' as const },
])('$badge.file (steps 70%, 80%, 90%, 95%, higher is better)', ({ badge, field }) => {
  it.each([
    [0, '0%', 'red'],
    [0.6994, '69.9%', 'red'],
    [0.6999, '70%', 'orange'],
    [0.7, '70%', 'orange'],
    [0.7647, '76.5%', 'orange'],
    [0.7999, '80%', 'yellow'],
    [0.8, '80%', 'yellow'],
    [0.8999, '90%', 'green'],
    [0.9, '90%', 'green'],
    [0.9499, '95%', 'brightgreen'],
    [0.95, '95%', 'brightgreen'],
    [1, '100%', 'brightgreen'],
  ])('%f -> %s %s', (value, message, color) => {
    expect(render(badge, { [field]: value })).toEqual({ message, color });
  });
});

describe('badge-runbook-completeness (red below the minimum, then 95, 100)', () => {
  it.each([
    { value: 0, min: 90, message: '0%', color: 'red' },
    { value: 89.99, min: 90, message: '89.9%', color: 'red' },
    { value: 90, min: 90, message: '90%', color: 'yellow' },
    // Floored, not rounded: 93.75 shows 93.7, never more than the truth.
    { value: 93.75, min: 90, message: '93.7%', color: 'yellow' },
    { value: 94.99, min: 90, message: '94.9%', color: 'yellow' },
    { value: 95, min: 90, message: '95%', color: 'green' },
    { value: 99.99, min: 90, message: '99.9%', color: 'green' },
    { value: 100, min: 90, message: '100%', color: 'brightgreen' },
    // The minimum comes from RUNBOOK_MIN_PERCENT and can sit above 95.
    { value: 96, min: 98, message: '96%', color: 'red' },
    { value: 50, min: 0, message: '50%', color: 'yellow' },
    { value: 99.5, min: 100, message: '99.5%', color: 'red' },
  ])('$value with minimum $min -> $message $color', ({ value, min, message, color }) => {
    expect(render(badgeRunbookCompleteness, { runbook_completeness_percent: value, runbook_min_percent: min })).toEqual({ message, color });
  });
});

describe('badge-taxonomy-age (steps 30, 90, 180 days)', () => {
  it.each([
    { days: null, message: 'never', color: 'lightgrey' },
    { days: 0, message: 'today', color: 'brightgreen' },
    { days: 1, message: '1 day', color: 'brightgreen' },
    { days: 2, message: '2 days', color: 'brightgreen' },
    { days: 29, message: '29 days', color: 'brightgreen' },
    { days: 30, message: '30 days', color: 'green' },
    { days: 89, message: '89 days', color: 'green' },
    { days: 90, message: '90 days', color: 'yellow' },
    { days: 179, message: '179 days', color: 'yellow' },
    { days: 180, message: '180 days', color: 'orange' },
    { days: 1000, message: '1000 days', color: 'orange' },
  ])('$days -> $message $color', ({ days, message, color }) => {
    expect(render(badgeTaxonomyAge, { days_since_change: days })).toEqual({ message, color });
  });
});

describe('badge-alerts-total and badge-taxonomy', () => {
  it.each([0, 1, 17, 2000])('total %i is blue', (total) => {
    expect(render(badgeAlertsTotal, { total })).toEqual({ message: String(total), color: 'blue' });
  });

  it.each([
    { date: '2026-11-12T12:00:00.000Z', message: 'updated 2026-11-12', color: 'blue' },
    { date: null, message: 'no history', color: 'lightgrey' },
  ])('last change $date -> $message', ({ date, message, color }) => {
    expect(render(badgeTaxonomy, { last_change_date: date })).toEqual({ message, color });
  });
});

describe('every rendered taxonomy badge', () => {
  const ratio = fc.double({ min: 0, max: 1, noNaN: true });
  const count = fc.nat(100_000);
  const figures = fc.record({
    total: count,
    deprecated_ratio: ratio,
    churn: count,
    risk_churn: count,
    stability: ratio,
    risk_stability: ratio,
    runbook_completeness_percent: fc.double({ min: 0, max: 100, noNaN: true }),
    runbook_min_percent: fc.double({ min: 0, max: 100, noNaN: true }),
    days_since_change: fc.option(fc.nat(100_000), { nil: null }),
    window_filling: fc.boolean(),
    last_change_date: fc.option(
      fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((date) => date.toISOString()),
      { nil: null },
    ),
  });

  it('validates against the strict Shields endpoint schema', () => {
    fc.assert(
      fc.property(figures, fc.integer({ min: 300, max: 86_400 }), (overrides, cacheSeconds) => {
        for (const badge of taxonomyBadges) {
          const endpoint = toEndpoint(badge, { ...base, ...overrides }, cacheSeconds);
          const result = endpointBadgeSchema.safeParse(endpoint);
          expect(result.success, `${badge.file}: ${JSON.stringify(endpoint)}`).toBe(true);
          expect(endpoint.message).not.toMatch(/NaN|undefined|Infinity/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
