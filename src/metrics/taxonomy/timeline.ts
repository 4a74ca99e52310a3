import { DAY_MS, utcDay } from '../../core/time.ts';
import type { ChangelogEntry, SeverityVocabulary } from '../../model/taxonomy.ts';
import { changelogBetween } from './changelog.ts';
import type { SeverityIndex } from './churn.ts';
import { type DayState, dayState } from './snapshots.ts';
import { severityIndex, type TaxonomySummary } from './summary.ts';

export interface TimelineVersion {
  commit: string;
  /** ISO 8601 as git gives it. */
  date: string;
  /** Milliseconds since the epoch. */
  timestamp: number;
  summary: TaxonomySummary;
}

export interface Timeline {
  /** Newest first. */
  changelog: ChangelogEntry[];
  /** End-of-day states of the days with a version, oldest first. */
  dayStates: DayState[];
  /**
   * The taxonomy at the start of the churn window and of the window before it. A window that
   * started before the baseline starts at the baseline: the file's first version is not churn.
   */
  windowStart: SeverityIndex;
  previousWindowStart: SeverityIndex;
  /** The file's first version up to `now`: the baseline churn is counted from. Null with no version. */
  baseline: { commit: string; date: string; severities: SeverityIndex } | null;
  lastChange: { commit: string; date: string } | null;
  versions: number;
}

const EMPTY: SeverityIndex = new Map();

/**
 * Folds the versions of the taxonomy, oldest first, into everything the history figures need,
 * keeping only the previous version and one reduced state per day in memory, so a history of
 * thousands of large versions streams through in constant memory per day.
 * Versions after `now` are ignored: the build describes the repository as of `now`.
 */
export function createTimeline(now: string, windowDays: number, vocabulary: SeverityVocabulary) {
  const nowMs = Date.parse(now);
  const windowCutoff = nowMs - windowDays * DAY_MS;
  const previousCutoff = nowMs - 2 * windowDays * DAY_MS;
  const changelog: ChangelogEntry[] = [];
  const dayStates: DayState[] = [];
  let previous: TimelineVersion | null = null;
  let baseline: Timeline['baseline'] = null;
  let windowStart: SeverityIndex = EMPTY;
  let previousWindowStart: SeverityIndex = EMPTY;
  let versions = 0;

  const closeDay = (version: TimelineVersion) => {
    dayStates.push(dayState(utcDay(version.timestamp), version.summary, vocabulary));
  };

  return {
    add(version: TimelineVersion): void {
      if (version.timestamp > nowMs) return;
      versions++;
      if (!baseline) {
        // Until a version at or before a cutoff is seen, the window starts at the baseline.
        const severities = severityIndex(version.summary);
        baseline = { commit: version.commit, date: new Date(version.timestamp).toISOString(), severities };
        windowStart = severities;
        previousWindowStart = severities;
      }
      const entry = changelogBetween(previous?.summary ?? new Map(), version.summary, version.commit, new Date(version.timestamp).toISOString());
      if (entry) changelog.push(entry);
      if (previous && utcDay(previous.timestamp) !== utcDay(version.timestamp)) closeDay(previous);
      if (version.timestamp <= windowCutoff) windowStart = severityIndex(version.summary);
      if (version.timestamp <= previousCutoff) previousWindowStart = severityIndex(version.summary);
      previous = version;
    },
    finish(): Timeline {
      if (previous) closeDay(previous);
      const last = previous as TimelineVersion | null;
      return {
        changelog: changelog.reverse(),
        dayStates,
        windowStart,
        previousWindowStart,
        baseline,
        lastChange: last ? { commit: last.commit, date: new Date(last.timestamp).toISOString() } : null,
        versions,
      };
    },
  };
}
