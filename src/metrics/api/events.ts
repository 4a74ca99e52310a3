import { compareStrings } from '../../core/compare.ts';
import { formatPercent, roundTo } from '../../core/numbers.ts';
import type { SpecVersionSummary, StabilityRecord } from '../../model/api.ts';
import type { FeedEvent } from '../../model/status-model.ts';
import { isStable } from './history.ts';

/**
 * Feed events of the API contract, derived from the run history and the spec's versions only, so
 * every build lists the same past events under the same ids (`api:<commit>:<type>`) and a feed
 * reader never sees one twice: breaking changes, SemVer failures and their recovery, placeholder
 * streaks and their recovery, and the window stability ratio crossing the alert threshold.
 */
export function apiFeedEvents(
  history: readonly StabilityRecord[],
  versions: readonly SpecVersionSummary[],
  options: { windowSize: number; stabilityThreshold: number },
): FeedEvent[] {
  const events: FeedEvent[] = [];
  const event = (commit: string, type: string, date: string, title: string, summary: string) =>
    events.push({ id: `api:${commit}:${type}`, kind: 'api', type, title, summary, date, commit });

  let semverFailing = false;
  for (const version of versions) {
    if (version.semver_status === null) continue;
    const failing = version.semver_status === 'fail';
    if (failing && !semverFailing) {
      event(
        version.commit,
        'semver-fail',
        version.date,
        `SemVer policy failed at ${version.version ?? 'an unversioned spec'}`,
        `${version.breaking} breaking change(s) without the required version bump.`,
      );
    } else if (!failing && semverFailing) {
      event(
        version.commit,
        'semver-recovered',
        version.date,
        `SemVer policy recovered at ${version.version ?? 'an unversioned spec'}`,
        `Version ${version.version} satisfies the policy again (${version.semver_status}).`,
      );
    }
    semverFailing = failing;
  }

  let placeholderStart: StabilityRecord | null = null;
  let below = false;
  history.forEach((run, index) => {
    if (!run.placeholder && run.breaking > 0) {
      event(
        run.commit,
        'breaking-change',
        run.time,
        `${run.breaking} breaking API change${run.breaking === 1 ? '' : 's'}${run.version ? ` in ${run.version}` : ''}`,
        `${run.operations_added} operations added, ${run.operations_removed} removed since the previous run.`,
      );
    }
    if (run.placeholder && !placeholderStart) {
      placeholderStart = run;
      event(
        run.commit,
        'placeholder',
        run.time,
        'API metrics are placeholders: the spec could not be read',
        'See the API page for the error; the streak resets when the spec is readable again.',
      );
    } else if (!run.placeholder && placeholderStart) {
      event(
        run.commit,
        'placeholder-recovered',
        run.time,
        'API metrics recovered from placeholders',
        `The spec is readable again after ${index - history.indexOf(placeholderStart)} placeholder run(s).`,
      );
      placeholderStart = null;
    }
    const window = history.slice(Math.max(0, index + 1 - options.windowSize), index + 1);
    const ratio = roundTo(window.filter(isStable).length / window.length, 4);
    const nowBelow = ratio < options.stabilityThreshold;
    if (nowBelow !== below) {
      const percent = formatPercent(ratio);
      if (nowBelow)
        event(
          run.commit,
          'stability-drop',
          run.time,
          `API stability dropped to ${percent}`,
          `The window stability ratio fell below the alert threshold ${formatPercent(options.stabilityThreshold)}.`,
        );
      else
        event(
          run.commit,
          'stability-recovered',
          run.time,
          `API stability recovered to ${percent}`,
          `The window stability ratio is back at or above ${formatPercent(options.stabilityThreshold)}.`,
        );
      below = nowBelow;
    }
  });
  return events.sort((a, b) => compareStrings(a.date, b.date));
}
