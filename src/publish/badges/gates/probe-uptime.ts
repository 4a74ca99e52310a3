import { formatPercentValue } from '../../../core/numbers.ts';
import type { BadgeDefinition } from '../../../model/badge.ts';

/**
 * Upptime's uptime badge (`api/<slug>/uptime.json`): label `<name> uptime` here, since one site
 * shows many probes. Upptime's colours, with its strict "greater than": above 95 brightgreen,
 * above 90 green, above 85 yellowgreen, above 80 yellow, above 75 orange, else red.
 */
export const UPTIME_THRESHOLDS = [
  { above: 95, color: 'brightgreen' },
  { above: 90, color: 'green' },
  { above: 85, color: 'yellowgreen' },
  { above: 80, color: 'yellow' },
  { above: 75, color: 'orange' },
] as const;

export function probeUptimeBadge(name: string): BadgeDefinition<number | null> {
  return {
    file: `badge-probe-${name}-uptime.json`,
    label: `${name} uptime`,
    render(uptimePercent) {
      if (uptimePercent === null) return { message: 'no data', color: 'lightgrey' };
      const color = UPTIME_THRESHOLDS.find((threshold) => uptimePercent > threshold.above)?.color ?? 'red';
      // Truncated, not rounded: 99.996% up is not shown as 100%.
      return { message: formatPercentValue(Math.floor(uptimePercent * 100 + 1e-9) / 100, 2), color };
    },
    docs: {
      message: '`99.15%` (two decimals at most, truncated); `no data`',
      figure: 'probes[].uptime_percent',
      computedIn: 'src/metrics/gates/probe-uptime.ts',
      colors: [
        { when: 'no data', color: 'lightgrey' },
        { unit: 'percent', above: UPTIME_THRESHOLDS, otherwise: 'red' },
      ],
    },
  };
}
