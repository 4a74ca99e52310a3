import type { BadgeDefinition } from '../../../model/badge.ts';
import { colorScale } from '../color-scale.ts';

/**
 * Upptime's response-time badge (`api/<slug>/response-time.json`, message `123 ms`), with its
 * colours: 0 (no answer) red; under 200 brightgreen, under 400 green, under 600 yellowgreen,
 * under 800 yellow, under 1000 orange, 1000 and up red.
 */
export const RESPONSE_TIME_STEPS = [200, 400, 600, 800, 1000] as const;
export const RESPONSE_TIME_COLORS = ['brightgreen', 'green', 'yellowgreen', 'yellow', 'orange', 'red'] as const;
const color = colorScale(RESPONSE_TIME_STEPS, RESPONSE_TIME_COLORS);

export function probeResponseTimeBadge(name: string): BadgeDefinition<number | null> {
  return {
    file: `badge-probe-${name}-response-time.json`,
    label: `${name} response time`,
    render(ms) {
      if (ms === null) return { message: 'no data', color: 'lightgrey' };
      return { message: `${ms} ms`, color: ms === 0 ? 'red' : color(ms) };
    },
    docs: {
      message: 'mean over the window: `153 ms`; `no data`',
      figure: 'probes[].mean_response_ms',
      computedIn: 'src/metrics/gates/probe-uptime.ts',
      colors: [
        { when: 'no data', color: 'lightgrey' },
        { when: '0 ms (no answer)', color: 'red' },
        { unit: 'ms', steps: RESPONSE_TIME_STEPS, colors: RESPONSE_TIME_COLORS },
      ],
    },
  };
}
