import { formatPercent } from '../../../core/numbers.ts';
import type { BadgeDefinition } from '../../../model/badge.ts';
import { GOOD_TO_BAD } from '../color-scale.ts';
import { stabilityColor, stabilitySteps } from './badge-api-stability.ts';
import { placeholderStreakColor, placeholderStreakColors, placeholderStreakSteps } from './placeholder-streak-badge.ts';

export interface SummaryFigures {
  stability_ratio: number;
  placeholder: boolean;
  placeholder_streak: number;
}

/**
 * The seed's "Governance Summary": the window stability ratio, or, while the spec cannot be read,
 * the placeholder streak with the placeholder badge's colours (a ratio from old runs would hide it).
 */
export const governanceSummaryBadge: BadgeDefinition<SummaryFigures> = {
  file: 'governance-summary-badge.json',
  label: 'governance',
  render(figures) {
    if (figures.placeholder) {
      return { message: `placeholder x${figures.placeholder_streak}`, color: placeholderStreakColor(figures.placeholder_streak) };
    }
    return { message: `${formatPercent(figures.stability_ratio)} stable`, color: stabilityColor(figures.stability_ratio) };
  },
  docs: {
    message: '`86.7% stable`; on a placeholder run `placeholder x3`',
    figure: 'stability_ratio (placeholder_streak on a placeholder run)',
    computedIn: 'src/metrics/api/stability.ts',
    colors: [
      { when: 'placeholder run', unit: 'count', steps: placeholderStreakSteps, colors: placeholderStreakColors },
      { when: 'spec read', unit: 'ratio', steps: stabilitySteps, colors: [...GOOD_TO_BAD].reverse() },
    ],
  },
};
