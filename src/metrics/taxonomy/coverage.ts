import { compareStrings } from '../../core/compare.ts';
import type { CoverageReport, LintIssue } from '../../model/taxonomy.ts';
import type { AlertRule } from '../../sources/prometheus/rules.ts';
import type { Taxonomy } from '../../sources/taxonomy/schema.ts';

/**
 * Coverage of the Prometheus rules by the taxonomy (the seed's `--check`): every alert in the rules
 * must be in the taxonomy, and no deprecated alert may still be in the rules.
 */
export function checkCoverage(
  taxonomy: Taxonomy,
  rules: readonly AlertRule[],
  rulesFiles: readonly string[],
  file: string,
): { report: CoverageReport; errors: LintIssue[] } {
  const byName = new Map(taxonomy.alerts.map((alert, index) => [alert.name, { alert, index }]));
  const ruleNames = new Set(rules.map((rule) => rule.alert));
  const errors: LintIssue[] = [];
  const missing = new Set<string>();
  const deprecatedInRules = new Set<string>();
  for (const rule of rules) {
    const entry = byName.get(rule.alert);
    if (!entry) {
      if (!missing.has(rule.alert)) {
        errors.push({
          rule: 'coverage-missing',
          level: 'error',
          alert: rule.alert,
          message: `alert "${rule.alert}" is in the rules but not in the taxonomy (${file})`,
          where: `line ${rule.line}`,
          file: rule.file,
        });
      }
      missing.add(rule.alert);
    } else if (entry.alert.deprecated && !deprecatedInRules.has(rule.alert)) {
      deprecatedInRules.add(rule.alert);
      errors.push({
        rule: 'coverage-deprecated-in-rules',
        level: 'error',
        alert: rule.alert,
        message: `deprecated alert "${rule.alert}" is still in the rules (remove it from ${rule.file}:${rule.line})`,
        where: `$.alerts[${entry.index}]`,
        file,
      });
    }
  }
  const notInRules = taxonomy.alerts.filter((alert) => !alert.deprecated && !ruleNames.has(alert.name)).map((alert) => alert.name);
  return {
    report: {
      rules_files: [...rulesFiles].sort(compareStrings),
      missing_in_taxonomy: [...missing].sort(compareStrings),
      deprecated_in_rules: [...deprecatedInRules].sort(compareStrings),
      not_in_rules: notInRules.sort(compareStrings),
    },
    errors,
  };
}
