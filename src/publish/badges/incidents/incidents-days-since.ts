import type { BadgeDefinition } from '../../../model/badge.ts';
import { colorScale } from '../color-scale.ts';

/** Days: under 1 red, under 7 orange, under 30 yellow, under 90 green, 90 and more brightgreen. */
export const DAYS_SINCE_STEPS = [1, 7, 30, 90] as const;
export const DAYS_SINCE_COLORS = ['red', 'orange', 'yellow', 'green', 'brightgreen'] as const;
const color = colorScale(DAYS_SINCE_STEPS, DAYS_SINCE_COLORS);

export const incidentsDaysSinceBadge: BadgeDefinition<{ days: number | null; open: number }> = {
  file: 'badge-incidents-days-since.json',
  label: 'days since last incident',
  render({ days, open }) {
    if (open > 0) return { message: `${open} open`, color: 'red' };
    if (days === null) return { message: 'none recorded', color: 'brightgreen' };
    return { message: String(days), color: color(days) };
  },
  docs: {
    message: 'whole days: `37`; `2 open`; `none recorded`',
    figure: 'days_since_last',
    computedIn: 'src/metrics/incidents/incident-figures.ts',
    colors: [
      { when: 'an incident is open', color: 'red' },
      { when: 'none recorded', color: 'brightgreen' },
      { unit: 'days', steps: DAYS_SINCE_STEPS, colors: DAYS_SINCE_COLORS },
    ],
  },
};
