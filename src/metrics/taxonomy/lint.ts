import { DAY_MS } from '../../core/time.ts';
import type { LintIssue } from '../../model/taxonomy.ts';
import type { AlertRule } from '../../sources/prometheus/rules.ts';
import type { Taxonomy } from '../../sources/taxonomy/schema.ts';
import { expressionWindows, parseDuration } from './duration.ts';
import { isPlaceholder } from './placeholder.ts';

export interface LintOptions {
  file: string;
  scopes: readonly string[];
  categories: readonly string[];
  /** ISO 8601 UTC. */
  now: string;
  /** 0 disables the ageing check. */
  deprecationMaxDays: number;
  deprecationStrict: boolean;
  /** Alerting rules from the Prometheus rule files, for the for/windows checks; empty when none configured. */
  rules: readonly AlertRule[];
}

/**
 * The seed's lint ("Lint Rules (Hard Fail vs Warning)"). Hard failures: invalid scope or category
 * (severity is already enforced by the schema), placeholder description or runbook on an active
 * alert, a deprecated alert whose description does not say so, a `for`/windows mismatch with the
 * Prometheus rule, and deprecation ageing when strict. Warning: deprecation ageing when not strict.
 */
export function lintTaxonomy(taxonomy: Taxonomy, options: LintOptions): { errors: LintIssue[]; warnings: LintIssue[] } {
  const issues: LintIssue[] = [];
  const rulesByName = new Map(options.rules.map((rule) => [rule.alert, rule]));
  const now = Date.parse(options.now);
  const issue = (level: LintIssue['level'], rule: string, alert: string, index: number, field: string, message: string) =>
    issues.push({ rule, level, alert, message, where: `$.alerts[${index}].${field}`, file: options.file });

  taxonomy.alerts.forEach((alert, index) => {
    if (!options.scopes.includes(alert.scope)) {
      issue('error', 'invalid-scope', alert.name, index, 'scope', `scope "${alert.scope}" is not one of ${options.scopes.join(', ')}`);
    }
    if (!options.categories.includes(alert.category)) {
      issue('error', 'invalid-category', alert.name, index, 'category', `category "${alert.category}" is not one of ${options.categories.join(', ')}`);
    }
    if (!alert.deprecated) {
      if (isPlaceholder(alert.description)) {
        issue('error', 'placeholder-description', alert.name, index, 'description', 'active alert has a placeholder description');
      }
      if (alert.runbook !== undefined && isPlaceholder(alert.runbook)) {
        issue('error', 'placeholder-runbook', alert.name, index, 'runbook', `active alert has a placeholder runbook ("${alert.runbook.trim().slice(0, 40)}")`);
      }
    } else {
      if (!/deprecat/i.test(alert.description)) {
        issue(
          'error',
          'deprecated-not-described',
          alert.name,
          index,
          'description',
          'deprecated alert does not say so in its description (expected the word "deprecated")',
        );
      }
      if (options.deprecationMaxDays > 0) {
        if (!alert.deprecated_since) {
          issue(
            'warning',
            'deprecated-since-missing',
            alert.name,
            index,
            'deprecated',
            'deprecated alert has no deprecated_since, so its age cannot be checked',
          );
        } else {
          const age = Math.floor((now - Date.parse(alert.deprecated_since)) / DAY_MS);
          if (age > options.deprecationMaxDays) {
            issue(
              options.deprecationStrict ? 'error' : 'warning',
              'deprecation-age',
              alert.name,
              index,
              'deprecated_since',
              `deprecated ${age} days ago, more than TAXONOMY_DEPRECATION_MAX_DAYS=${options.deprecationMaxDays}: remove it from the taxonomy`,
            );
          }
        }
      }
    }
    const rule = rulesByName.get(alert.name);
    if (rule) {
      const declared = alert.for === undefined ? null : parseDuration(alert.for);
      const actual = rule.for === null ? 0 : parseDuration(rule.for);
      if (alert.for !== undefined && declared !== (actual ?? -1)) {
        issue(
          'error',
          'for-mismatch',
          alert.name,
          index,
          'for',
          `for "${alert.for}" differs from the rule's for "${rule.for ?? '0s'}" (${rule.file}:${rule.line})`,
        );
      }
      if (alert.windows && alert.windows.length > 0) {
        const used = expressionWindows(rule.expr);
        const missing = alert.windows.filter((window) => !used.has(parseDuration(window) ?? -1));
        if (missing.length > 0) {
          issue(
            'error',
            'windows-mismatch',
            alert.name,
            index,
            'windows',
            `windows ${missing.join(', ')} are not used by the rule's expression (${rule.file}:${rule.line})`,
          );
        }
      }
    }
  });
  return {
    errors: issues.filter((item) => item.level === 'error'),
    warnings: issues.filter((item) => item.level === 'warning'),
  };
}
