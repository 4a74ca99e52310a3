import { describe, expect, it } from 'vitest';
import { INCIDENT_ASSUMPTIONS } from '../../../src/model/incidents.ts';
import { assumptionNotes, severityLabel, severityTone, unstatedSeverities } from '../../../src/site/format/incidents.ts';

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
