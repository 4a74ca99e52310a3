import { quote } from '../../core/printable.ts';
import { DAY_MS } from '../../core/time.ts';
import { jsonPath } from '../../core/validation.ts';
import type { LintIssue } from '../../model/taxonomy.ts';
import type { AlertRule } from '../../sources/prometheus/rules.ts';
import { ALERT_KEYS, TAXONOMY_KEYS, type Taxonomy } from '../../sources/taxonomy/schema.ts';
import { expressionWindows, parseDuration } from './duration.ts';
import { isPlaceholder } from './placeholder.ts';

export interface LintOptions {
  file: string;
  scopes: readonly string[];
  categories: readonly string[];
  /** The severity vocabulary's names, highest weight first. */
  severities: readonly string[];
  /** `off` drops the `unknown-field` warnings. */
  unknownFields: 'warning' | 'off';
  /** ISO 8601 UTC. */
  now: string;
  /** 0 disables the ageing check. */
  deprecationMaxDays: number;
  deprecationStrict: boolean;
  /** Alerting rules from the Prometheus rule files, for the for/windows checks; empty when none configured. */
  rules: readonly AlertRule[];
}

/**
 * The seed's lint ("Lint Rules (Hard Fail vs Warning)"). Hard failures: invalid severity, scope or
 * category, placeholder description or runbook on an active alert, a deprecated alert whose
 * description does not say so, a `for`/windows mismatch with the Prometheus rules of the alert,
 * and deprecation ageing when strict. Warnings: deprecation ageing when not strict, and keys the
 * schema does not define (`unknown-field`, unless configured off).
 */
export function lintTaxonomy(taxonomy: Taxonomy, options: LintOptions): { errors: LintIssue[]; warnings: LintIssue[] } {
  const issues: LintIssue[] = [];
  // One alert may be defined by several rules (multi-window burn-rate alerts): all of them count.
  const rulesByName = new Map<string, AlertRule[]>();
  for (const rule of options.rules) {
    const same = rulesByName.get(rule.alert);
    if (same) same.push(rule);
    else rulesByName.set(rule.alert, [rule]);
  }
  const now = Date.parse(options.now);
  const issue = (level: LintIssue['level'], rule: string, alert: string, index: number, field: string, message: string) =>
    issues.push({ rule, level, alert, message, where: jsonPath(['alerts', index, field]), file: options.file });
  const unknownField = (alert: string | null, path: (string | number)[], value?: unknown) =>
    issues.push({
      rule: 'unknown-field',
      level: 'warning',
      alert,
      message:
        initReview(value) ??
        `key ${quote(String(path.at(-1)))} is not part of the taxonomy schema (kept; check the spelling, or set sources.taxonomy.lint["unknown-field"] to "off")`,
      where: jsonPath(path),
      file: options.file,
    });

  if (options.unknownFields !== 'off') {
    for (const key of Object.keys(taxonomy)) if (!TAXONOMY_KEYS.has(key)) unknownField(null, [key]);
  }
  taxonomy.alerts.forEach((alert, index) => {
    if (options.unknownFields !== 'off') {
      for (const [key, value] of Object.entries(alert)) {
        if (!ALERT_KEYS.has(key)) unknownField(alert.name, ['alerts', index, key], key === 'review' ? value : undefined);
      }
    }
    if (!options.severities.includes(alert.severity)) {
      issue(
        'error',
        'invalid-severity',
        alert.name,
        index,
        'severity',
        `severity ${quote(alert.severity)} is not one of ${options.severities.join(', ')} (sources.taxonomy.severities)`,
      );
    }
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
    const rules = rulesByName.get(alert.name);
    if (rules) {
      // A mismatch only when no rule of that name agrees: each rule of a multi-window alert has its own `for`.
      if (alert.for !== undefined) {
        const declared = parseDuration(alert.for);
        const agrees = rules.some((rule) => declared !== null && declared === (rule.for === null ? 0 : parseDuration(rule.for)));
        if (!agrees) issue('error', 'for-mismatch', alert.name, index, 'for', forMismatch(alert.for, rules));
      }
      if (alert.windows && alert.windows.length > 0) {
        // The alert uses a window when any of its rules' expressions does.
        const used = new Set(rules.flatMap((rule) => [...expressionWindows(rule.expr)]));
        const missing = alert.windows.filter((window) => !used.has(parseDuration(window) ?? -1));
        if (missing.length > 0) {
          const where =
            rules.length === 1
              ? `the rule's expression (${place(rules[0]!)})`
              : `any of the ${rules.length} rules' expressions (${rules.map(place).join(', ')})`;
          issue('error', 'windows-mismatch', alert.name, index, 'windows', `windows ${missing.join(', ')} are not used by ${where}`);
        }
      }
    }
  });
  return {
    errors: issues.filter((item) => item.level === 'error'),
    warnings: issues.filter((item) => item.level === 'warning'),
  };
}

function place(rule: AlertRule): string {
  return `${rule.file}:${rule.line}`;
}

function forMismatch(declared: string, rules: readonly AlertRule[]): string {
  if (rules.length === 1) return `for "${declared}" differs from the rule's for "${rules[0]!.for ?? '0s'}" (${place(rules[0]!)})`;
  const fors = rules.map((rule) => `"${rule.for ?? '0s'}" (${place(rule)})`).join(', ');
  return `for "${declared}" matches none of the ${rules.length} rules of this alert: ${fors}`;
}

/**
 * The `review` key `govpages init` writes on an entry lists the fields it guessed: said as what to
 * do rather than as a stray key (still an `unknown-field` warning, so it can be found and silenced).
 */
function initReview(value: unknown): string | null {
  if (!Array.isArray(value) || value.length === 0 || !value.every((field) => typeof field === 'string')) return null;
  return `govpages init guessed ${value.map((field) => quote(field)).join(', ')}: confirm them, then remove "review"`;
}
