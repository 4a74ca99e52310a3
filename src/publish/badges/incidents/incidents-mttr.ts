import { formatDuration } from '../../../core/time.ts';
import type { BadgeDefinition } from '../../../model/badge.ts';
import { colorScale } from '../color-scale.ts';

/**
 * Minutes: under 15 (seed 000's target) brightgreen, under 60 green, under 240 yellow, under 1440
 * (a day) orange, a day and more red.
 */
export const MTTR_STEPS = [15, 60, 240, 1440] as const;
export const MTTR_COLORS = ['brightgreen', 'green', 'yellow', 'orange', 'red'] as const;
const color = colorScale(MTTR_STEPS, MTTR_COLORS);

export const incidentsMttrBadge: BadgeDefinition<number | null> = {
  file: 'badge-incidents-mttr.json',
  label: 'MTTR',
  render(minutes) {
    if (minutes === null) return { message: 'no incidents', color: 'lightgrey' };
    return { message: formatDuration(minutes), color: color(minutes) };
  },
  docs: {
    message: '`45m`, `2h`, `1h 45m`, `1d 3h`; `no incidents`',
    figure: 'mttr_minutes',
    computedIn: 'src/metrics/incidents/incident-figures.ts',
    colors: [
      { when: 'no incidents', color: 'lightgrey' },
      { unit: 'minutes', steps: MTTR_STEPS, colors: MTTR_COLORS },
    ],
  },
};
