import { describe, expect, it } from 'vitest';
import { INCIDENT_ASSUMPTIONS } from '../../../src/model/incidents.ts';
import { assumptionNotes, durationLabel, mttrLabel, severityLabel, severityTone, unstatedSeverities } from '../../../src/site/format/incidents.ts';

describe('incident page formatting', () => {
  it.each([
    ['critical', 'critical', 'bad'],
    ['high', 'high', 'bad'],
    ['medium', 'medium', 'warn'],
    ['low', 'low', 'neutral'],
    [null, 'severity not stated', 'neutral'],
  ] as const)('%s -> %s, %s', (severity, label, tone) => {
    expect(severityLabel(severity)).toBe(label);
    expect(severityTone(severity)).toBe(tone);
  });

  it.each([
    [{ duration_minutes: 120, status: 'resolved' }, '2h'],
    [{ duration_minutes: null, status: 'open' }, 'ongoing'],
    [{ duration_minutes: null, status: 'resolved' }, 'not known'],
  ] as const)('duration %j -> %s', (incident, label) => {
    expect(durationLabel(incident)).toBe(label);
  });

  it('the MTTR label says when the mean is over fewer than all resolved incidents', () => {
    const timed = { status: 'resolved', duration_minutes: 60 };
    const untimed = { status: 'resolved', duration_minutes: null };
    const open = { status: 'open', duration_minutes: null };
    expect(mttrLabel({ resolved: 1, incidents: [timed, open] as never })).toBe('MTTR (1 resolved)');
    expect(mttrLabel({ resolved: 2, incidents: [timed, untimed, open] as never })).toBe('MTTR (1 of 2 resolved: those with a known duration)');
  });

  it('counts the reports without a severity', () => {
    expect(unstatedSeverities({ incidents: [{ severity: null }, { severity: 'low' }, { severity: null }] as never })).toBe(2);
  });

  it('every assumption has its own sentence; none gives none', () => {
    const notes = assumptionNotes({ assumptions: [...INCIDENT_ASSUMPTIONS] });
    expect(new Set(notes).size).toBe(INCIDENT_ASSUMPTIONS.length);
    for (const note of notes) expect(note).toMatch(/^The .+\.$/);
    expect(assumptionNotes({})).toEqual([]);
    expect(assumptionNotes({ assumptions: ['start-day-only'] })).toEqual([
      'The start is a day without a time: shown as 00:00 UTC, so no duration is computed and the incident is not in the MTTR.',
    ]);
  });
});
