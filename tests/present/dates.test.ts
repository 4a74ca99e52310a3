import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, machineDate } from '../../src/present/dates.ts';

describe('dates are shown in UTC', () => {
  it.each([
    { input: '2026-11-22T10:00:00Z', dateTime: '2026-11-22 10:00 UTC', date: '2026-11-22', machine: '2026-11-22T10:00:00.000Z' },
    { input: '2026-11-22T23:30:00-02:00', dateTime: '2026-11-23 01:30 UTC', date: '2026-11-23', machine: '2026-11-23T01:30:00.000Z' },
    { input: '2026-01-01', dateTime: '2026-01-01 00:00 UTC', date: '2026-01-01', machine: '2026-01-01T00:00:00.000Z' },
    { input: 'not a date', dateTime: 'n/a', date: 'n/a', machine: '' },
    { input: null, dateTime: 'n/a', date: 'n/a', machine: '' },
  ])('$input', ({ input, dateTime, date, machine }) => {
    expect(formatDateTime(input)).toBe(dateTime);
    expect(formatDate(input)).toBe(date);
    expect(machineDate(input)).toBe(machine);
  });
});
