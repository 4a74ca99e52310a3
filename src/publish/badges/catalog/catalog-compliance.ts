import { formatPercent } from '../../../core/numbers.ts';
import type { BadgeDefinition } from '../../../model/badge.ts';
import type { CatalogSummary } from '../../../model/catalog.ts';
import { colorScale } from '../color-scale.ts';

/** Every repository compliant is the only bright green; under half is red. */
export const COMPLIANCE_STEPS = [0.5, 0.75, 0.9, 1] as const;
export const COMPLIANCE_COLORS = ['red', 'orange', 'yellow', 'green', 'brightgreen'] as const;
export const complianceColors = colorScale(COMPLIANCE_STEPS, COMPLIANCE_COLORS);

export const catalogComplianceBadge: BadgeDefinition<Pick<CatalogSummary, 'total' | 'compliant' | 'compliant_ratio'>> = {
  file: 'badge-catalog-compliance.json',
  label: 'compliance',
  render: ({ total, compliant, compliant_ratio }) =>
    total === 0
      ? { message: 'no repositories', color: 'lightgrey' }
      : { message: `${formatPercent(compliant_ratio)} (${compliant}/${total})`, color: complianceColors(compliant_ratio) },
  docs: {
    message: '`66.7% (4/6)`; `no repositories`',
    figure: 'summary.compliant_ratio',
    computedIn: 'src/metrics/catalog/catalog.ts',
    colors: [
      { when: 'no repositories', color: 'lightgrey' },
      { unit: 'ratio', steps: COMPLIANCE_STEPS, colors: COMPLIANCE_COLORS },
    ],
  },
};
