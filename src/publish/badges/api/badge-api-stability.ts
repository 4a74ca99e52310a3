import { formatPercent } from '../../../core/numbers.ts';
import type { BadgeDefinition } from '../../../model/badge.ts';
import { colorScale, GOOD_TO_BAD } from '../color-scale.ts';

/** Window stability ratio: below 50% red ... 95% and above brightgreen (lower is worse). */
export const stabilitySteps = [0.5, 0.7, 0.8, 0.9, 0.95] as const;
export const stabilityColor = colorScale(stabilitySteps, GOOD_TO_BAD, true);

export interface StabilityFigures {
  window_stability_ratio: number;
  window_total_count: number;
}

export const apiStabilityBadge: BadgeDefinition<StabilityFigures> = {
  file: 'badge-api-stability.json',
  label: 'API stability',
  render(figures) {
    if (figures.window_total_count === 0) return { message: 'no runs', color: 'lightgrey' };
    return { message: formatPercent(figures.window_stability_ratio), color: stabilityColor(figures.window_stability_ratio) };
  },
  docs: {
    message: 'window stability ratio: `86.7%`; `no runs`',
    figure: 'window_stability_ratio',
    computedIn: 'src/metrics/api/stability.ts',
    colors: [
      { when: 'no runs', color: 'lightgrey' },
      { unit: 'ratio', steps: stabilitySteps, colors: [...GOOD_TO_BAD].reverse() },
    ],
  },
};
