import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromId, titleFromId } from '../../../src/sources/incidents/file-name.ts';
import { misspeltKey, readStartTime } from '../../../src/sources/incidents/front-matter-schema.ts';
import { dayFromBody, firstHeading, withoutTitleHeading } from '../../../src/sources/incidents/narrative.ts';

describe('readStartTime', () => {
  it.each([
    ['2026-01-13', { instant: '2026-01-13T00:00:00.000Z', dayOnly: true }],
    ['2024-02-29', { instant: '2024-02-29T00:00:00.000Z', dayOnly: true }],
    ['0000-01-01', { instant: '0000-01-01T00:00:00.000Z', dayOnly: true }],
    ['2026-01-13T10:00:00+01:00', { instant: '2026-01-13T09:00:00.000Z', dayOnly: false }],
    ['2025-02-29', null],
    ['2026-13-01', null],
    ['2026-1-13', null],
    ['2026-01-13T10:00:00', null],
    ['2026-01-13 10:00:00Z', null],
    ['0000-01-01T00:00:00+01:00', null],
    ['13/01/2026', null],
  ])('%s', (text, expected) => {
    expect(readStartTime(text)).toEqual(expected);
  });

  it('a day is 00:00 UTC of that day, and an instant reads back as itself (property)', () => {
    const instants = fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instants, (date) => {
        const iso = date.toISOString();
        expect(readStartTime(iso)).toEqual({ instant: iso, dayOnly: false });
        expect(readStartTime(iso.slice(0, 10))).toEqual({ instant: `${iso.slice(0, 10)}T00:00:00.000Z`, dayOnly: true });
      }),
    );
  });
});

describe('misspeltKey', () => {
  it.each([
    ['severty', 'severity'],
    ['servcies', 'services'],
    ['service', 'services'],
    ['titel', 'title'],
    ['Start', 'start'],
    ['Date', 'date'],
    ['root-causes', 'root_causes'],
    ['RootCauses', 'root_causes'],
    ['rootcause', 'root_causes'],
    ['TYPE', 'type'],
    // Kept as they are: not a read key, or too short to judge (env is not end).
    ['env', null],
    ['owner', null],
    ['stats', null],
    ['impact', null],
    ['severity', null],
    ['tags', null],
  ])('%s -> %s', (key, meant) => {
    expect(misspeltKey(key)).toBe(meant);
  });
});

describe('file names and narrative bodies', () => {
  it.each([
    ['2026-01-05-api-outage', '2026-01-05T00:00:00.000Z', 'api outage'],
    ['2026-01-05_db', '2026-01-05T00:00:00.000Z', 'db'],
    ['2026-01-05', '2026-01-05T00:00:00.000Z', '2026-01-05'],
    // Shaped like a day but not one: no start, though the title still drops it.
    ['2026-02-30-x', null, 'x'],
    ['2026-01-051-x', null, '2026 01 051 x'],
    ['api-outage', null, 'api outage'],
  ])('%s', (id, start, title) => {
    expect(dayFromId(id)?.instant ?? null).toBe(start);
    expect(titleFromId(id)).toBe(title);
  });

  it('the first level-1 heading outside code, without its markers', () => {
    expect(firstHeading('```\n# not this\n```\n## Sub\n# The **real** `one` #\n# second\n')).toBe('The real one');
    expect(firstHeading('#NoSpace\n## Only sub\n')).toBeNull();
    expect(firstHeading(`# ${' '.repeat(200_000)}x`)).toBe('x');
  });

  it('drops a first heading that repeats the title, and nothing else', () => {
    expect(withoutTitleHeading('\n# Outage\n\nText\n', 'Outage')).toBe('\nText\n');
    expect(withoutTitleHeading('# Other\nText\n', 'Outage')).toBe('# Other\nText\n');
    expect(withoutTitleHeading('Text\n# Outage\n', 'Outage')).toBe('Text\n# Outage\n');
  });

  it.each([
    ['**Date**: 2026-01-13', '2026-01-13T00:00:00.000Z'],
    ['**Date:** 2026-01-13T10:00:00Z  ', '2026-01-13T10:00:00.000Z'],
    ['**Date**: November 5, 2025', null],
    ['```\n**Date**: 2026-01-13\n```', null],
    ['Text', null],
  ])('%s', (body, start) => {
    expect(dayFromBody(body)?.instant ?? null).toBe(start);
  });
});
