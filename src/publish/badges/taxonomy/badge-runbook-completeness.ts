import { formatPercentValue } from '../../../core/numbers.ts';
import type { BadgeDefinition } from '../../../model/badge.ts';
import type { TaxonomyBadgeFigures } from './figures.ts';

/**
 * Runbook completeness: active alerts with a non-placeholder runbook. Below the configured minimum
 * (`RUNBOOK_MIN_PERCENT`, default 90) CI fails, so the badge is red there.
 */
export function runbookColor(value: number, minimum: number): string {
  if (value < minimum) return 'red';
  if (value < 95) return 'yellow';
  if (value < 100) return 'green';
  return 'brightgreen';
}

export const badgeRunbookCompleteness: BadgeDefinition<TaxonomyBadgeFigures> = {
  file: 'badge-runbook-completeness.json',
  label: 'runbooks',
  render: (figures) => {
    // Rounded down, so 99.96% never shows as a complete 100%; the colour follows the shown value.
    const value = Math.floor(figures.runbook_completeness_percent * 10) / 10;
    return {
      message: formatPercentValue(value, 1),
      color: runbookColor(value, figures.runbook_min_percent),
    };
  },
  docs: {
    message: 'active alerts with a complete runbook, rounded down: `93.7%`',
    figure: 'runbook_completeness_percent',
    computedIn: 'src/metrics/taxonomy/summary.ts',
    colors: [
      { unit: 'percent', steps: [{ setting: 'thresholds.runbook_min_percent', default: 90 }, 95, 100], colors: ['red', 'yellow', 'green', 'brightgreen'] },
    ],
    note: 'The message is rounded down to one decimal and the colour follows it; a minimum above 95 makes everything below it red.',
  },
};
