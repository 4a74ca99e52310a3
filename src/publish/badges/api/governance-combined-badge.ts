import { formatPercent } from '../../../core/numbers.ts';
import type { SemverStatus } from '../../../model/api.ts';
import type { BadgeDefinition } from '../../../model/badge.ts';
import { GOOD_TO_BAD } from '../color-scale.ts';
import { stabilityColor, stabilitySteps } from './badge-api-stability.ts';

/** SemVer policy status -> colour. */
export const semverColors: Record<SemverStatus, (typeof GOOD_TO_BAD)[number]> = { ok: 'brightgreen', warn: 'yellow', fail: 'red' };

export interface CombinedFigures {
  stability_ratio: number;
  semver_policy_status: SemverStatus;
}

/** The seed's "Gov+Semver": ratio and policy status; the colour is the worse of the two. */
export const governanceCombinedBadge: BadgeDefinition<CombinedFigures> = {
  file: 'governance-combined-badge.json',
  label: 'Gov+Semver',
  render(figures) {
    const colors = [stabilityColor(figures.stability_ratio), semverColors[figures.semver_policy_status]];
    const worst = colors.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    return { message: `${formatPercent(figures.stability_ratio)} | semver ${figures.semver_policy_status}`, color: worst };
  },
  docs: {
    message: '`86.7% | semver ok`',
    figure: 'stability_ratio, semver_policy_status',
    computedIn: ['src/metrics/api/stability.ts', 'src/metrics/api/semver.ts'],
    colors: [
      { when: 'stability', unit: 'ratio', steps: stabilitySteps, colors: [...GOOD_TO_BAD].reverse() },
      ...Object.entries(semverColors).map(([status, color]) => ({ when: `semver ${status}`, color })),
    ],
    note: 'The worse of the stability colour and the SemVer colour.',
  },
};

function rank(color: string): number {
  return GOOD_TO_BAD.indexOf(color as (typeof GOOD_TO_BAD)[number]);
}
