import { describe, expect, it } from 'vitest';
import { computeIncidentsSection, incidentsCheck } from '../../../src/metrics/incidents/index.ts';
import { incident } from './incident.ts';

const NOW = '2026-01-20T00:00:00.000Z';
const outage = incident('outage', '2026-01-01T15:00:00.000Z', '2026-01-01T17:00:00.000Z');
const check = (...incidents: ReturnType<typeof incident>[]) => incidentsCheck(computeIncidentsSection(incidents, NOW, 'governance/incidents'));

describe('incidentsCheck', () => {
  it.each([
    { name: 'no incidents', incidents: [], status: 'pass', message: '0 incidents, none open, no resolved incidents' },
    { name: 'one resolved', incidents: [outage], status: 'pass', message: '1 incidents, none open, MTTR 2h, 18 days since the last' },
    { name: 'an open low', incidents: [outage, incident('slow', '2026-01-19T00:00:00.000Z', null, 'low')], status: 'warn', message: '1 open: slow (low)' },
    { name: 'an open medium', incidents: [incident('slow', '2026-01-19T00:00:00.000Z', null, 'medium')], status: 'warn', message: '1 open: slow (medium)' },
    { name: 'an open high', incidents: [incident('down', '2026-01-19T00:00:00.000Z', null, 'high')], status: 'fail', message: '1 open: down (high)' },
    {
      name: 'an open critical and an open low',
      incidents: [incident('down', '2026-01-19T00:00:00.000Z', null, 'critical'), incident('slow', '2026-01-18T00:00:00.000Z', null, 'low')],
      status: 'fail',
      message: '2 open: down (critical); slow (low)',
    },
    {
      // Seed-style reports: a severity not stated is not guessed severe, but an open one still warns.
      name: 'an open incident whose report states no severity',
      incidents: [incident('down', '2026-01-19T00:00:00.000Z', null, null)],
      status: 'warn',
      message: '1 open: down (severity not stated)',
    },
    {
      name: 'a dated write-up, resolved without a stated end',
      incidents: [incident('postmortem', '2026-01-10T00:00:00.000Z', null, null, { status: 'resolved' })],
      status: 'pass',
      message: '1 incidents, none open, no resolved incidents, 10 days since the last',
    },
  ])('$name -> $status', ({ incidents, status, message }) => {
    expect(check(...incidents)).toEqual({ id: 'incidents.open', kind: 'incidents', title: 'Incidents', status, message });
  });
});
