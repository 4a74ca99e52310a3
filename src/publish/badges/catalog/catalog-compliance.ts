import type { CatalogSummary } from '../../../model/catalog.ts';
import type { BadgeDefinition } from '../../../model/badge.ts';
import { formatPercent } from '../../../core/numbers.ts';
import { colorScale } from '../color-scale.ts';

/** Every repository compliant is the only bright green; under half is red. */
export const complianceColors = colorScale([0.5, 0.75, 0.9, 1], ['red', 'orange', 'yellow', 'green', 'brightgreen']);

export const catalogComplianceBadge: BadgeDefinition<Pick<CatalogSummary, 'total' | 'compliant' | 'compliant_ratio'>> = {
  file: 'badge-catalog-compliance.json',
  label: 'compliance',
  render: ({ total, compliant, compliant_ratio }) =>
    total === 0
      ? { message: 'no repositories', color: 'lightgrey' }
      : { message: `${formatPercent(compliant_ratio)} (${compliant}/${total})`, color: complianceColors(compliant_ratio) },
};
