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
} as const;

export type CatalogRuleId = keyof typeof CATALOG_RULES;

export interface PolicyFinding {
  rule: CatalogRuleId;
  level: 'violation' | 'warning';
  message: string;
  /** Repository-relative file the finding is about (the metadata file, or the missing file's first alternative). */
  file: string;
}
