import type { BadgeDefinition } from '../../../model/badge.ts';
import { colorScale } from '../color-scale.ts';

/** The seed's scale: 0 brightgreen, 1-2 green, 3-4 yellow, >=5 red. */
export const placeholderStreakSteps = [1, 3, 5] as const;
export const placeholderStreakColors = ['brightgreen', 'green', 'yellow', 'red'] as const;
export const placeholderStreakColor = colorScale(placeholderStreakSteps, placeholderStreakColors);

export const placeholderStreakBadge: BadgeDefinition<{ placeholder_streak: number }> = {
  file: 'placeholder-streak-badge.json',
  label: 'placeholder streak',
  render: ({ placeholder_streak }) => ({ message: String(placeholder_streak), color: placeholderStreakColor(placeholder_streak) }),
  docs: {
    message: 'consecutive placeholder runs: `0`',
    figure: 'extensions.placeholder_streak',
    computedIn: 'src/metrics/api/stability.ts',
    colors: [{ unit: 'count', steps: placeholderStreakSteps, colors: placeholderStreakColors }],
  },
};
