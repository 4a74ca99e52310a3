import type { TaxonomyFigures } from '../../../model/taxonomy.ts';

/** What the taxonomy badges render: the figures plus the date of the last change. */
export interface TaxonomyBadgeFigures extends TaxonomyFigures {
  last_change_date: string | null;
  runbook_min_percent: number;
}
