import type { CatalogSourceConfig } from '../../config/sources/catalog.ts';
import type { CatalogRuleId, PolicyFinding } from '../../model/catalog.ts';
import type { RepoRecord } from '../../sources/catalog/read.ts';
import { CATALOG_RULES } from './rules.ts';

export type CatalogPolicy = Pick<CatalogSourceConfig, 'required_files' | 'tier_required_files' | 'recommended_files'>;

export interface RepoEvaluation {
  violations: PolicyFinding[];
  warnings: PolicyFinding[];
  /** No violations. Strict mode changes the exit code, not compliance, so drift stays comparable. */
  compliant: boolean;
}

const PLACEHOLDER = /^(?:todo|tbd|fixme|placeholder|n\/?a|-|\.\.\.|lorem ipsum.*)\.?$|\bTODO\b/i;

/** Evaluates every rule of the table against one repository (pure). */
export function evaluateRepository(record: RepoRecord, policy: CatalogPolicy): RepoEvaluation {
  const findings: PolicyFinding[] = [];
  const add = (rule: CatalogRuleId, message: string, file: string) => findings.push({ rule, level: CATALOG_RULES[rule].level, message, file });
  const has = (requirement: string) => alternatives(requirement).some((path) => path in record.files);
  const at = (requirement: string) => `${record.id}/${alternatives(requirement)[0]}`;

  if (record.metadata_error) {
    add('metadata-invalid', `${record.metadata_file}: ${record.metadata_error.where}: ${record.metadata_error.message}`, record.metadata_file);
  }
  const required = new Set(policy.required_files);
  for (const requirement of policy.required_files) {
    if (!has(requirement)) add('required-file-missing', `missing ${describe(requirement)} (required for every repository)`, at(requirement));
  }
  const tier = record.metadata?.tier;
  if (tier !== undefined) {
    for (const requirement of policy.tier_required_files[String(tier) as '1'] ?? []) {
      if (required.has(requirement)) continue;
      required.add(requirement);
      if (!has(requirement)) add('tier-file-missing', `missing ${describe(requirement)} (required for tier ${tier})`, at(requirement));
    }
  }
  for (const requirement of policy.recommended_files) {
    if (required.has(requirement) || has(requirement)) continue;
    add('recommended-file-missing', `missing ${describe(requirement)} (recommended)`, at(requirement));
  }
  if (record.metadata && PLACEHOLDER.test(record.metadata.description.trim())) {
    add('placeholder-description', `description "${record.metadata.description}" is a placeholder`, record.metadata_file);
  }
  const violations = findings.filter((finding) => finding.level === 'violation');
  return { violations, warnings: findings.filter((finding) => finding.level === 'warning'), compliant: violations.length === 0 };
}

/** `CODEOWNERS|.github/CODEOWNERS` -> the places the file may be. */
export function alternatives(requirement: string): string[] {
  return requirement
    .split('|')
    .map((path) => path.trim())
    .filter(Boolean);
}

function describe(requirement: string): string {
  const [first, ...rest] = alternatives(requirement);
  return rest.length ? `${first} (or ${rest.join(', ')})` : first!;
}
