import type { BadgeDefinition } from '../../../model/badge.ts';
import { badgeAlertsChurn } from './badge-alerts-churn.ts';
import { badgeAlertsDeprecated } from './badge-alerts-deprecated.ts';
import { badgeAlertsRiskChurn } from './badge-alerts-risk-churn.ts';
import { badgeAlertsRiskStability } from './badge-alerts-risk-stability.ts';
import { badgeAlertsStability } from './badge-alerts-stability.ts';
import { badgeAlertsTotal } from './badge-alerts-total.ts';
import { badgeRunbookCompleteness } from './badge-runbook-completeness.ts';
import { badgeTaxonomy } from './badge-taxonomy.ts';
import { badgeTaxonomyAge } from './badge-taxonomy-age.ts';
import type { TaxonomyBadgeFigures } from './figures.ts';

/** The seed's nine taxonomy badges, in the order its README shows them. */
export const taxonomyBadges: readonly BadgeDefinition<TaxonomyBadgeFigures>[] = [
  badgeTaxonomy,
  badgeAlertsTotal,
  badgeAlertsDeprecated,
  badgeAlertsChurn,
  badgeAlertsRiskChurn,
  badgeAlertsStability,
  badgeAlertsRiskStability,
  badgeRunbookCompleteness,
  badgeTaxonomyAge,
];

export type { TaxonomyBadgeFigures } from './figures.ts';
