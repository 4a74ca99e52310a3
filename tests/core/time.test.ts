import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.ts';
import { parseNow } from '../../src/core/time.ts';

describe('parseNow', () => {
  it.each([
    ['2026-01-31T12:00:00Z', '2026-01-31T12:00:00.000Z'],
    ['2026-01-31T13:00+01:00', '2026-01-31T12:00:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['2026-12-31T23:59:59.999-12:00', '2027-01-01T11:59:59.999Z'],
    ['0000-01-01T00:00:00Z', '0000-01-01T00:00:00.000Z'],
  ])('reads %s', (value, expected) => {
    expect(parseNow(value)).toBe(expected);
  });

  it.each([
    '12',
    '2026-01-31',
    '2026-01-31T12:00:00',
    '2026-02-30T00:00:00Z',
    '2026-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-00-10T00:00:00Z',
    '2026-01-00T00:00:00Z',
    '2026-01-31T24:00:00Z',
    '2026-01-31T12:60:00Z',
    '2026-01-31T12:00:60Z',
    '2026-01-31T12:00:00+24:00',
    '+275760-09-13T00:00:00Z',
  ])('refuses %j with a usage error', (value) => {
    expect(() => parseNow(value)).toThrow(UsageError);
  });

  it('quotes a hostile value escaped', () => {
    expect(() => parseNow('\u001b[2J\u202e')).toThrow(/--now "\\u001b\[2J\\u202e" is not a date/);
  });

  it('reads back every instant of years 0 to 9999 it prints', () => {
    const instant = fc.integer({ min: Date.parse('0000-01-01T00:00:00Z'), max: Date.parse('9999-12-31T23:59:59.999Z') });
    fc.assert(
      fc.property(instant, (time) => {
        const iso = new Date(time).toISOString();
        expect(parseNow(iso)).toBe(iso);
      }),
    );
  });
});
