import { beforeAll, describe, expect, it } from 'vitest';
import { type IncidentsSection, incidentsSectionSchema } from '../../src/model/incidents.ts';
import { collectIncidents } from '../../src/pipeline/kinds/incidents.ts';
import { demoContext } from './demo-context.ts';

describe('incidents model', () => {
  let section: IncidentsSection;
  let published: unknown;
  beforeAll(async () => {
    const result = await collectIncidents(await demoContext());
    section = result.section;
    published = JSON.parse(String(result.files.find((file) => file.path === 'status/incidents.json')!.content));
  }, 60_000);

  it('parses the demo build section, as published in status/incidents.json, unchanged', () => {
    expect(section.incidents.length).toBeGreaterThan(1);
    expect(section.incidents.every((incident) => incident.commit !== null)).toBe(true);
    expect(incidentsSectionSchema.parse(published)).toEqual(published);
    expect(published).toEqual(section);
  });

  it('accepts an open incident (no end, no duration) and no incidents at all', () => {
    const open = { ...(published as IncidentsSection).incidents[0]!, end: null, status: 'open', duration_minutes: null };
    expect(incidentsSectionSchema.safeParse({ ...(published as object), incidents: [open], open: 1 }).success).toBe(true);
    const none = {
      source_path: 'governance/incidents',
      incidents: [],
      total: 0,
      open: 0,
      resolved: 0,
      by_severity: { critical: 0, high: 0, medium: 0, low: 0 },
      mttr_minutes: null,
      days_since_last: null,
      last_incident: null,
    };
    expect(incidentsSectionSchema.parse(none)).toEqual(none);
  });

  it.each([
    { name: 'an unknown key', mutate: (s: any) => ({ ...s, extra: 1 }), path: [] },
    { name: 'an unknown severity', mutate: (s: any) => ({ ...s, incidents: [{ ...s.incidents[0], severity: 'sev1' }] }), path: ['incidents', 0, 'severity'] },
    { name: 'a missing severity count', mutate: (s: any) => ({ ...s, by_severity: { critical: 0, high: 0, medium: 0 } }), path: ['by_severity', 'low'] },
    {
      name: 'a start that is not a time',
      mutate: (s: any) => ({ ...s, incidents: [{ ...s.incidents[0], start: 'yesterday' }] }),
      path: ['incidents', 0, 'start'],
    },
    { name: 'fractional days since the last', mutate: (s: any) => ({ ...s, days_since_last: 1.5 }), path: ['days_since_last'] },
    { name: 'an unknown key in a report', mutate: (s: any) => ({ ...s, incidents: [{ ...s.incidents[0], owner: 'x' }] }), path: ['incidents', 0] },
  ])('rejects $name', ({ mutate, path }) => {
    const result = incidentsSectionSchema.safeParse(mutate(structuredClone(published)));
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(path);
  });
});
