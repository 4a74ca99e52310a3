import type { CatalogRule, CatalogRuleId, FindingLevel } from '../../model/catalog.ts';

/**
 * The policy rules evaluated per repository, one row each. A `violation` makes the repository
 * non-compliant and enforcement exit 1; a `warning` is reported, and fails only in strict mode.
 */
export const CATALOG_RULES = {
  'metadata-invalid': { level: 'violation', description: '.meta/repo.yaml is malformed YAML or breaks the metadata schema.' },
  'required-file-missing': { level: 'violation', description: 'A file every repository must have (required_files) is missing.' },
  'tier-file-missing': { level: 'violation', description: "A file the repository's tier requires (tier_required_files) is missing." },
  'recommended-file-missing': { level: 'warning', description: 'A recommended file (recommended_files) is missing.' },
  'placeholder-description': { level: 'warning', description: 'The description is a placeholder (TODO, TBD, ...).' },
} as const satisfies Record<CatalogRuleId, { level: FindingLevel; description: string }>;

/** The table as the section lists it, in table order. */
export function catalogRules(): CatalogRule[] {
  return Object.entries(CATALOG_RULES).map(([id, rule]) => ({ id: id as CatalogRuleId, level: rule.level, description: rule.description }));
}
