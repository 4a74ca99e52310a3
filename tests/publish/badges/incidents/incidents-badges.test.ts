import { describe, expect, it } from 'vitest';
import { endpointBadgeSchema } from '../../../../src/model/badge.ts';
import type { IncidentsSection } from '../../../../src/model/incidents.ts';
import { formatDuration, incidentsBadges, incidentsDaysSinceBadge, incidentsMttrBadge } from '../../../../src/publish/badges/incidents/index.ts';

describe('incidents badges', () => {
  it.each([
    [14.9, '15m', 'brightgreen'],
    [15, '15m', 'green'],
    [59, '59m', 'green'],
    [60, '1h', 'yellow'],
    [67.5, '1h 8m', 'yellow'],
    [120, '2h', 'yellow'],
    [240, '4h', 'orange'],
    [1439, '23h 59m', 'orange'],
    [1440, '1d', 'red'],
    [1530, '1d 1h', 'red'],
    [null, 'no incidents', 'lightgrey'],
  ])('MTTR %s min -> %s %s', (minutes, message, color) => {
    expect(incidentsMttrBadge.render(minutes)).toEqual({ message, color });
  });

  it.each([
    [{ days: 0, open: 0 }, '0', 'red'],
    [{ days: 1, open: 0 }, '1', 'orange'],
    [{ days: 6, open: 0 }, '6', 'orange'],
    [{ days: 7, open: 0 }, '7', 'yellow'],
    [{ days: 30, open: 0 }, '30', 'green'],
    [{ days: 89, open: 0 }, '89', 'green'],
    [{ days: 90, open: 0 }, '90', 'brightgreen'],
    [{ days: 0, open: 2 }, '2 open', 'red'],
    [{ days: null, open: 0 }, 'none recorded', 'brightgreen'],
  ])('days since %j -> %s %s', (figures, message, color) => {
    expect(incidentsDaysSinceBadge.render(figures)).toEqual({ message, color });
  });

  it('formatDuration rounds to the minute', () => {
    expect([formatDuration(0), formatDuration(0.4), formatDuration(59.6), formatDuration(2 * 1440)]).toEqual(['0m', '0m', '1h', '2d']);
  });

  it('published badges pass the strict Shields schema', () => {
    const badges = incidentsBadges({ mttr_minutes: 120, days_since_last: 12, open: 0 } as IncidentsSection, 600);
    expect(badges.map((b) => [b.file, b.endpoint.label, b.endpoint.message])).toEqual([
      ['badge-incidents-mttr.json', 'MTTR', '2h'],
      ['badge-incidents-days-since.json', 'days since last incident', '12'],
    ]);
    for (const badge of badges) expect(endpointBadgeSchema.safeParse(badge.endpoint).success).toBe(true);
  });
});
