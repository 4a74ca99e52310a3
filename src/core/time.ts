import { UsageError } from './errors.ts';
import { quote } from './printable.ts';

/** Milliseconds in a UTC day (no time zone has a say: every figure is computed in UTC). */
export const DAY_MS = 86_400_000;

/** Milliseconds in an hour. */
export const HOUR_MS = 3_600_000;

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:(\d{2})(\.\d+)?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** What a date outside the printable years is told: the same words for `--now` and every date field. */
export const DATE_RANGE = 'a year from 0000 to 9999 in UTC';

/**
 * True when `value` is a date and time whose instant falls on a UTC day of the years 0000 to 9999:
 * `toISOString` prints those as `YYYY-MM-DDTHH:mm:ss.sssZ`, and every reader of published JSON
 * accepts them. `0000-01-01T00:00:00+01:00` is the year -1 in UTC and `9999-12-31T23:00:00-12:00`
 * the year 10000: both are outside, though their text has four-digit years.
 */
export function inDateRange(value: string): boolean {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return false;
  const iso = new Date(time).toISOString();
  return !iso.startsWith('+') && !iso.startsWith('-');
}

/**
 * The one parser of a build's `now` (`--now`, or a recorded time): an ISO 8601 date and time with
 * `Z` or an offset, since a time without one means a different instant on every machine.
 * Returns the instant as ISO 8601 UTC with milliseconds (`2026-01-31T12:00:00.000Z`).
 */
export function parseNow(value: string, source = '--now'): string {
  const time = isCalendarTime(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new UsageError(`${source} ${quote(value)} is not a date and time with an offset (expected ISO 8601 such as 2026-01-31T12:00:00Z)`);
  }
  // Years past 9999 print as +010000-..., which no other reader accepts.
  if (inDateRange(value)) return new Date(time).toISOString();
  throw new UsageError(`${source} ${quote(value)} is out of range (expected ${DATE_RANGE})`);
}

/**
 * ISO 8601 with an offset whose fields exist on the calendar: Date.parse alone takes February 30th
 * (as March 2nd) and 24:00.
 */
function isCalendarTime(value: string): boolean {
  const match = ISO_WITH_OFFSET.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = [1, 2, 3, 4, 5, 7, 10, 11].map((group) => Number(match[group] ?? 0));
  // Day 0 of the next month is the last day of this one (setUTCFullYear keeps years 0-99 as written).
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year!, month!, 0);
  const dayOk = month! >= 1 && month! <= 12 && day! >= 1 && day! <= lastDay.getUTCDate();
  return dayOk && hour! <= 23 && minute! <= 59 && second! <= 59 && offsetHours! <= 23 && offsetMinutes! <= 59;
}

/** The UTC calendar day of an instant: `2026-01-31`. */
export function utcDay(instant: number | string): string {
  return new Date(instant).toISOString().slice(0, 10);
}

/** An instant (or a git date with an offset) as ISO 8601 UTC without milliseconds: `2026-05-01T12:00:00Z`. */
export function isoSeconds(instant: number | string): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A duration in minutes as people read it, rounded to the minute; days drop the minutes. Badges,
 * pages and check messages all show MTTR and incident durations this way.
 * @example formatDuration(125) // '2h 5m'
 */
export function formatDuration(minutes: number): string {
  const total = Math.round(minutes);
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const rest = total % 60;
  if (days > 0) return hours ? `${days}d ${hours}h` : `${days}d`;
  if (hours > 0) return rest ? `${hours}h ${rest}m` : `${hours}h`;
  return `${rest}m`;
}
