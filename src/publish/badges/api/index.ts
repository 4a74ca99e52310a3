import type { PublishedBadge } from '../../../model/status-model.ts';
import { toEndpoint } from '../badge.ts';
import { apiStabilityBadge, type StabilityFigures } from './badge-api-stability.ts';
import { type CombinedFigures, governanceCombinedBadge } from './governance-combined-badge.ts';
import { governanceSummaryBadge, type SummaryFigures } from './governance-summary-badge.ts';
import { payloadVersionBadge } from './payload-version-badge.ts';
import { placeholderStreakBadge } from './placeholder-streak-badge.ts';

export { apiStabilityBadge, stabilityColor, stabilitySteps } from './badge-api-stability.ts';
export { governanceCombinedBadge, semverColors } from './governance-combined-badge.ts';
export { governanceSummaryBadge } from './governance-summary-badge.ts';
export { payloadVersionBadge } from './payload-version-badge.ts';
export { placeholderStreakBadge, placeholderStreakColor, placeholderStreakColors, placeholderStreakSteps } from './placeholder-streak-badge.ts';

export type ApiBadgeFigures = StabilityFigures & SummaryFigures & CombinedFigures & { payload_version: number };

/** Every badge of the API contract kind, in a fixed order. */
export function apiBadges(figures: ApiBadgeFigures, cacheSeconds: number): PublishedBadge[] {
  const badge = <F>(definition: { file: string; label: string; render(figures: F): { message: string; color: string } }, input: F): PublishedBadge => ({
    file: definition.file,
    kind: 'api',
    endpoint: toEndpoint(definition, input, cacheSeconds),
  });
  return [
    badge(apiStabilityBadge, figures),
    badge(placeholderStreakBadge, figures),
    badge(governanceSummaryBadge, figures),
    badge(governanceCombinedBadge, figures),
    badge(payloadVersionBadge, { version: figures.payload_version }),
  ];
}
