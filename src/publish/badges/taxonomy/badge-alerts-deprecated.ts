import { formatPercent } from '../../../core/numbers.ts';
import type { BadgeDefinition } from '../../../model/badge.ts';
import { shownRatio } from '../badge.ts';
import { colorScale } from '../color-scale.ts';
import type { TaxonomyBadgeFigures } from './figures.ts';

export const deprecatedRatioSteps = [0.05, 0.1, 0.2, 0.3];
export const deprecatedRatioColors = ['brightgreen', 'green', 'yellow', 'orange', 'red'];
const color = colorScale(deprecatedRatioSteps, deprecatedRatioColors);

/** Deprecated ratio: deprecated alerts linger as debt, so a higher share is worse. */
export const badgeAlertsDeprecated: BadgeDefinition<TaxonomyBadgeFigures> = {
  file: 'badge-alerts-deprecated.json',
  label: 'deprecated',
  render: (figures) => ({ message: formatPercent(figures.deprecated_ratio), color: color(shownRatio(figures.deprecated_ratio)) }),
  docs: {
    message: 'deprecated / total: `5.9%`',
    figure: 'deprecated_ratio',
    computedIn: 'src/metrics/taxonomy/summary.ts',
    colors: [{ unit: 'ratio', steps: deprecatedRatioSteps, colors: deprecatedRatioColors }],
  },
};
