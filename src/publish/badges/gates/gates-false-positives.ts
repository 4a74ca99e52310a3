import { formatPercent } from '../../../core/numbers.ts';
import type { BadgeDefinition } from '../../../model/badge.ts';
import type { FalsePositives } from '../../../model/gates.ts';
import { colorScale } from '../color-scale.ts';

/** Percent of ALLOW runs followed by an incident: 0 brightgreen, under 1 (seed 001's target) yellow, 1 and up red. */
export const FALSE_POSITIVE_STEPS = [Number.MIN_VALUE, 1] as const;
export const FALSE_POSITIVE_COLORS = ['brightgreen', 'yellow', 'red'] as const;
const color = colorScale(FALSE_POSITIVE_STEPS, FALSE_POSITIVE_COLORS);

export const gatesFalsePositivesBadge: BadgeDefinition<FalsePositives> = {
  file: 'badge-gates-false-positives.json',
  label: 'gate false positives',
  render(figures) {
    if (figures.rate === null) return { message: 'no ALLOW runs', color: 'lightgrey' };
    return { message: `${figures.count}/${figures.allow_runs} (${formatPercent(figures.rate)})`, color: color(figures.rate * 100) };
  },
  docs: {
    message: '`1/10 (10%)`; `no ALLOW runs`',
    figure: 'false_positives.rate',
    computedIn: 'src/metrics/gates/false-positives.ts',
    colors: [
      { when: 'no ALLOW runs', color: 'lightgrey' },
      { unit: 'percent', steps: FALSE_POSITIVE_STEPS, colors: FALSE_POSITIVE_COLORS },
    ],
  },
};
