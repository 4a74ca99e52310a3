import { describe, expect, it } from 'vitest';
import { taxonomyEvents } from '../../../src/metrics/taxonomy/index.ts';
import type { ChangelogEntry } from '../../../src/model/taxonomy.ts';
import { sectionOf } from './helpers.ts';

const COMMIT = 'abcdef0123456789abcdef0123456789abcdef01';
const entry = (parts: Partial<ChangelogEntry>): ChangelogEntry => ({
  commit: COMMIT,
  date: '2026-01-02T03:04:05.000Z',
  added: [],
  removed: [],
  modified: [],
  severity_transitions: [],
  ...parts,
});
const alerts = (...names: string[]) => names.map((name) => ({ name, severity: 'low' as const }));

describe('taxonomyEvents', () => {
  it.each([
    { name: 'added', parts: { added: alerts('A', 'B') }, title: 'Alert taxonomy changed: 2 added', summary: 'Alerts: A, B' },
    {
      name: 'added and removed',
      parts: { added: alerts('A'), removed: alerts('Z') },
      title: 'Alert taxonomy changed: 1 added, 1 removed',
      summary: 'Alerts: A, Z',
    },
    {
      name: 'more than five names',
      parts: { added: alerts('A', 'B', 'C', 'D'), removed: alerts('E', 'F') },
      title: 'Alert taxonomy changed: 4 added, 2 removed',
      summary: 'Alerts: A, B, C, D, E, ...',
    },
    {
      name: 'modified only (two fields of one alert count once)',
      parts: {
        modified: [
          { name: 'A', field: 'group', from: 'x', to: 'y' },
          { name: 'A', field: 'scope', from: 'x', to: 'y' },
        ] as ChangelogEntry['modified'],
      },
      title: 'Alert taxonomy changed: 1 modified',
      summary: 'Core fields modified',
    },
  ])('$name', ({ parts, title, summary }) => {
    expect(taxonomyEvents(sectionOf({ changelog: [entry(parts)] }))).toEqual([
      { id: `taxonomy:${COMMIT}:change`, kind: 'taxonomy', type: 'taxonomy-change', title, summary, date: '2026-01-02T03:04:05.000Z', commit: COMMIT },
    ]);
  });

  it('keeps the newest 50 entries', () => {
    const changelog = Array.from({ length: 60 }, (_, index) => entry({ commit: index.toString(16).padStart(40, '0'), added: alerts('A') }));
    const events = taxonomyEvents(sectionOf({ changelog }));
    expect(events).toHaveLength(50);
    expect(events[0]!.commit).toBe(changelog[0]!.commit);
  });
});
