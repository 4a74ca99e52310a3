import { describe, expect, it } from 'vitest';
import { computeIncidentsSection, daysSinceLastIncident, mttrMinutes } from '../../../src/metrics/incidents/index.ts';
import { incident } from './incident.ts';

const outage = incident('outage', '2026-01-01T15:00:00.000Z', '2026-01-01T17:00:00.000Z'); // 120 min, seed 000's 2-hour outage
const blip = incident('blip', '2026-01-10T00:00:00.000Z', '2026-01-10T00:15:00.000Z', 'low'); // 15 min

describe('incident figures', () => {
  it('MTTR is the mean of resolved durations: (120 + 15) / 2 = 67.5 minutes', () => {
    expect(mttrMinutes([outage, blip])).toBe(67.5);
    expect(mttrMinutes([outage, incident('open', '2026-01-11T00:00:00.000Z', null)])).toBe(120);
    expect(mttrMinutes([])).toBeNull();
  });

  it.each([
    { now: '2026-01-20T12:00:00.000Z', days: 10 }, // 10.5 days after the blip started
    { now: '2026-01-11T00:00:00.000Z', days: 1 },
    { now: '2026-01-10T23:59:59.000Z', days: 0 },
  ])('days since the last incident at $now = $days', ({ now, days }) => {
    expect(daysSinceLastIncident([outage, blip], now)).toBe(days);
  });

  it('is 0 while an incident is open and null without incidents', () => {
    expect(daysSinceLastIncident([outage, incident('open', '2026-01-02T00:00:00.000Z', null)], '2026-01-20T00:00:00.000Z')).toBe(0);
    expect(daysSinceLastIncident([], '2026-01-20T00:00:00.000Z')).toBeNull();
  });

  it('the section leaves out incidents after now and treats one ending after now as open', () => {
    const section = computeIncidentsSection(
      [outage, blip, incident('future', '2026-03-01T00:00:00.000Z', null)],
      '2026-01-10T00:10:00.000Z',
      'governance/incidents',
    );
    expect(section.incidents.map((i) => [i.id, i.status])).toEqual([
      ['blip', 'open'],
      ['outage', 'resolved'],
    ]);
    expect([section.total, section.open, section.resolved, section.mttr_minutes, section.days_since_last, section.last_incident]).toEqual([
      2,
      1,
      1,
      120,
      0,
      'blip',
    ]);
    expect(section.by_severity).toEqual({ critical: 0, high: 1, medium: 0, low: 1 });
  });

  it('seed-style reports: no severity is in no severity count; no stated end or a day-only start is not in the MTTR and not open', () => {
    const writeUp = incident('write-up', '2026-01-12T00:00:00.000Z', null, null, {
      status: 'resolved',
      assumptions: ['end-not-stated', 'severity-not-stated'],
    });
    const dayOnly = incident('day-only', '2026-01-11T00:00:00.000Z', '2026-01-11T17:00:00.000Z', 'low', { duration_minutes: null });
    const section = computeIncidentsSection([outage, writeUp, dayOnly], '2026-01-20T00:00:00.000Z', 'governance/incidents');
    expect(section.by_severity).toEqual({ critical: 0, high: 1, medium: 0, low: 1 });
    expect([section.total, section.open, section.resolved, section.mttr_minutes, section.days_since_last, section.last_incident]).toEqual([
      3,
      0,
      3,
      120,
      8,
      'write-up',
    ]);
  });
});
