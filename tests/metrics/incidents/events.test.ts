import { describe, expect, it } from 'vitest';
import { computeIncidentsSection, incidentEvents } from '../../../src/metrics/incidents/index.ts';
import { incident } from './incident.ts';

const HEAD = 'f'.repeat(40);
const events = (...incidents: ReturnType<typeof incident>[]) =>
  incidentEvents(computeIncidentsSection(incidents, '2026-01-20T00:00:00.000Z', 'governance/incidents'), HEAD);

describe('incidentEvents', () => {
  it('opens and resolves each incident, oldest first, with the commit that added its report', () => {
    const outage = incident('outage', '2026-01-01T15:00:00.000Z', '2026-01-01T17:05:00.000Z', 'critical', {
      commit: 'a'.repeat(40),
      title: 'Outage',
      services: ['api', 'web'],
      root_causes: ['stale proxy config', 'no alert'],
      summary: 'The API was down.',
    });
    const open = incident('slow', '2026-01-10T00:00:00.000Z', null, 'low', { title: 'Slow pages' });
    expect(events(open, outage)).toEqual([
      {
        id: `incidents:${'a'.repeat(40)}:opened:outage`,
        kind: 'incidents',
        type: 'incident-opened',
        title: 'Incident (critical): Outage',
        summary: 'The API was down.',
        date: '2026-01-01T15:00:00.000Z',
        commit: 'a'.repeat(40),
      },
      {
        id: `incidents:${'a'.repeat(40)}:resolved:outage`,
        kind: 'incidents',
        type: 'incident-resolved',
        title: 'Incident resolved after 2h 5m: Outage',
        summary: 'Affected: api, web. Root causes: stale proxy config; no alert.',
        date: '2026-01-01T17:05:00.000Z',
        commit: 'a'.repeat(40),
      },
      {
        // Without a known commit the build's commit names it; without a summary, the services do.
        id: `incidents:${HEAD}:opened:slow`,
        kind: 'incidents',
        type: 'incident-opened',
        title: 'Incident (low): Slow pages',
        summary: 'Affected: api.',
        date: '2026-01-10T00:00:00.000Z',
        commit: HEAD,
      },
    ]);
  });

  it('says when root causes were not recorded', () => {
    const [, resolved] = events(incident('x', '2026-01-01T00:00:00.000Z', '2026-01-01T00:30:00.000Z'));
    expect(resolved!.summary).toBe('Affected: api. Root causes: not recorded.');
    expect(resolved!.title).toBe('Incident resolved after 30m: x');
  });

  it('a seed-style report: no severity in the title, services not stated, no resolved event without an end', () => {
    const writeUp = incident('write-up', '2026-01-12T00:00:00.000Z', null, null, { status: 'resolved', title: 'Postmortem', services: [] });
    expect(events(writeUp).map((event) => [event.type, event.title, event.summary])).toEqual([
      ['incident-opened', 'Incident: Postmortem', 'Affected: not stated.'],
    ]);
  });
});
