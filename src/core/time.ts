import { quoted, UsageError } from './errors.ts';

/** Milliseconds in a UTC day (no time zone has a say: every figure is computed in UTC). */
export const DAY_MS = 86_400_000;

/** Milliseconds in an hour. */
export const HOUR_MS = 3_600_000;

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The one parser of a build's `now` (`--now`, or a recorded time): an ISO 8601 date and time with
 * `Z` or an offset, since a time without one means a different instant on every machine.
 * Returns the instant as ISO 8601 UTC with milliseconds (`2026-01-31T12:00:00.000Z`).
 */
export function parseNow(value: string, source = '--now'): string {
  const time = ISO_WITH_OFFSET.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new UsageError(`${source} ${quoted(value)} is not a date and time with an offset (expected ISO 8601 such as 2026-01-31T12:00:00Z)`);
  }
  const iso = new Date(time).toISOString();
  // Years past 9999 print as +010000-..., which no other reader accepts.
  if (!iso.startsWith('+') && !iso.startsWith('-')) return iso;
  throw new UsageError(`${source} ${quoted(value)} is out of range (expected a year from 0000 to 9999)`);
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
