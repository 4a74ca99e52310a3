import type { Incident } from '../../../src/model/incidents.ts';

/** An incident report as parsed, for tests: resolved when `end` is given. */
export function incident(id: string, start: string, end: string | null, severity: Incident['severity'] = 'high', extra: Partial<Incident> = {}): Incident {
  return {
    id,
    file: `governance/incidents/${id}.md`,
    title: id,
    start,
    end,
    severity,
    services: ['api'],
    root_causes: [],
    status: end ? 'resolved' : 'open',
    duration_minutes: end ? (Date.parse(end) - Date.parse(start)) / 60_000 : null,
    body_html: '',
    summary: '',
    commit: null,
    ...extra,
  };
}
