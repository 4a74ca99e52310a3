import type { BadgeDefinition } from '../../../model/badge.ts';
import { formatPercent } from '../../../core/numbers.ts';
import { stabilityColor } from './badge-api-stability.ts';
import { placeholderStreakColor } from './placeholder-streak-badge.ts';

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
};
