import type { SemverStatus } from '../../../metrics/api/index.ts';
import type { BadgeDefinition } from '../../../model/badge.ts';
import { formatPercent } from '../../../core/numbers.ts';
import { GOOD_TO_BAD } from '../color-scale.ts';
import { stabilityColor } from './badge-api-stability.ts';

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
};

function rank(color: string): number {
  return GOOD_TO_BAD.indexOf(color as (typeof GOOD_TO_BAD)[number]);
}
