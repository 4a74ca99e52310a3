import type { PublishedBadge } from '../../../model/status-model.ts';
import type { TaxonomySection } from '../../../model/taxonomy.ts';
import { publishBadge } from '../badge.ts';
import type { TaxonomyBadgeFigures } from './figures.ts';
import { taxonomyBadges } from './index.ts';

/** The nine taxonomy badges of a section, as published endpoint JSON. */
export function taxonomyEndpoints(section: TaxonomySection, options: { runbookMinPercent: number; cacheSeconds: number }): PublishedBadge[] {
  const figures: TaxonomyBadgeFigures = {
    ...section.figures,
    last_change_date: section.last_change?.date ?? null,
    runbook_min_percent: options.runbookMinPercent,
  };
  return taxonomyBadges.map((badge) => publishBadge('taxonomy', badge, figures, options.cacheSeconds));
}
