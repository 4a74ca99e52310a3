import { formatPercent } from '../../../core/numbers.ts';
import type { BadgeDefinition } from '../../../model/badge.ts';
import type { LayerCoverage } from '../../../model/gates.ts';
import { colorScale } from '../color-scale.ts';

/** Percent of critical layers covered: below 25 red, 25-50 orange, 50-80 yellow, 80 and up (seed 001's target) brightgreen. */
export const LAYER_COVERAGE_STEPS = [25, 50, 80] as const;
export const LAYER_COVERAGE_COLORS = ['red', 'orange', 'yellow', 'brightgreen'] as const;
const color = colorScale(LAYER_COVERAGE_STEPS, LAYER_COVERAGE_COLORS);

/** `3/14 (21.4%)`, as seed 001 writes it. */
export const gatesLayerCoverageBadge: BadgeDefinition<LayerCoverage> = {
  file: 'badge-gates-layer-coverage.json',
  label: 'layer coverage',
  render(coverage) {
    return {
      message: `${coverage.covered_count}/${coverage.total} (${formatPercent(coverage.ratio)})`,
      color: color(coverage.ratio * 100),
    };
  },
  docs: {
    message: '`5/14 (35.7%)`',
    figure: 'layer_coverage.ratio',
    computedIn: 'src/metrics/gates/layer-coverage.ts',
    colors: [{ unit: 'percent', steps: LAYER_COVERAGE_STEPS, colors: LAYER_COVERAGE_COLORS }],
  },
};
