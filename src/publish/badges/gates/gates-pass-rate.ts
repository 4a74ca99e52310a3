import { formatPercent } from '../../../core/numbers.ts';
import type { BadgeDefinition } from '../../../model/badge.ts';
import type { PassRate } from '../../../model/gates.ts';
import { colorScale } from '../color-scale.ts';

/** Percent passed: below 80 red, 80-90 orange, 90-95 yellow, 95-99 green, 99 and up brightgreen. */
export const PASS_RATE_STEPS = [80, 90, 95, 99] as const;
export const PASS_RATE_COLORS = ['red', 'orange', 'yellow', 'green', 'brightgreen'] as const;
const color = colorScale(PASS_RATE_STEPS, PASS_RATE_COLORS);

export const gatesPassRateBadge: BadgeDefinition<PassRate> = {
  file: 'badge-gates-pass-rate.json',
  label: 'gate pass rate',
  render(rate) {
    if (rate.ratio === null) return { message: 'no runs', color: 'lightgrey' };
    return { message: formatPercent(rate.ratio), color: color(rate.ratio * 100) };
  },
  docs: {
    message: '`95.2%`; `no runs`',
    figure: 'pass_rate.ratio',
    computedIn: 'src/metrics/gates/latest.ts',
    colors: [
      { when: 'no runs', color: 'lightgrey' },
      { unit: 'percent', steps: PASS_RATE_STEPS, colors: PASS_RATE_COLORS },
    ],
  },
};
