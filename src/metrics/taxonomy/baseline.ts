import { DAY_MS } from '../../core/time.ts';

/**
 * Where the churn window stands against the baseline: the first version of the taxonomy file, which
 * is where history starts, not a change. Churn counts changes after the baseline only, so a window
 * that started before it covers less than its full length ("filling"): the figures say since when.
 */
export interface ChurnWindow {
  /** ISO 8601 UTC: the later of `now - windowDays` and the baseline's date. */
  start: string;
  /** The window started before the baseline, so it covers only the time since the baseline. */
  filling: boolean;
  /**
   * The previous window lies wholly on or after the baseline (`baseline <= now - 2 * windowDays`):
   * only then is its churn a full window's churn that a spike can be measured against.
   */
  previousComplete: boolean;
}

/**
 * The churn window at `now`. A version exactly at a cutoff belongs to the earlier side, as in the
 * timeline: a baseline made exactly `windowDays` before `now` leaves a full window, not a filling one.
 * With no baseline (no version at or before `now`), the taxonomy being built is the baseline.
 */
export function churnWindow(now: string, windowDays: number, baselineDate: string | null): ChurnWindow {
  const nowMs = Date.parse(now);
  const baselineMs = baselineDate === null ? nowMs : Date.parse(baselineDate);
  const cutoff = nowMs - windowDays * DAY_MS;
  return {
    start: new Date(Math.max(cutoff, baselineMs)).toISOString(),
    filling: baselineMs > cutoff,
    previousComplete: baselineMs <= nowMs - 2 * windowDays * DAY_MS,
  };
}

/** The first day a spike can be measured: two full windows after the baseline (`YYYY-MM-DD`). */
export function firstSpikeCheckDay(baselineDate: string, windowDays: number): string {
  return new Date(Date.parse(baselineDate) + 2 * windowDays * DAY_MS).toISOString().slice(0, 10);
}
