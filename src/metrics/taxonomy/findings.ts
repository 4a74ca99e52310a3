import { CONFIG_FILE } from '../../config/load.ts';
import type { Thresholds } from '../../config/schema.ts';
import { severityVocabulary, type TaxonomySourceConfig } from '../../config/sources/taxonomy.ts';
import { roundTo } from '../../core/numbers.ts';
import type { CoverageReport, LintIssue } from '../../model/taxonomy.ts';
import type { TaxonomyInputs } from '../../sources/taxonomy/read.ts';
import { checkCoverage } from './coverage.ts';
import { lintTaxonomy } from './lint.ts';
import { countSummary, summarize } from './summary.ts';

/** What the taxonomy is checked against: its source config, the thresholds, and the time. */
export interface TaxonomySettings {
  source: TaxonomySourceConfig;
  thresholds: Thresholds;
  /** ISO 8601 UTC. */
  now: string;
}

export interface TaxonomyFindings {
  /** Lint hard failures, then coverage failures. */
  errors: LintIssue[];
  warnings: LintIssue[];
  /** Null when no rule files are configured. */
  coverage: CoverageReport | null;
}

/**
 * The seed's lint and rule coverage of the taxonomy: what `govpages lint` prints and what a build
 * publishes in `status/taxonomy-lint.json`, from the one function.
 */
export function taxonomyFindings(
  { taxonomy, rules, rulesFiles, unmatchedRules }: TaxonomyInputs,
  { source, thresholds, now }: TaxonomySettings,
): TaxonomyFindings {
  const lint = lintTaxonomy(taxonomy, {
    file: source.path,
    scopes: source.scopes,
    categories: source.categories,
    severities: severityVocabulary(source.severities).map((level) => level.name),
    unknownFields: source.lint['unknown-field'],
    now,
    deprecationMaxDays: thresholds.deprecation_max_days,
    deprecationStrict: thresholds.deprecation_strict,
    rules,
  });
  const coverage = source.rules.length > 0 ? checkCoverage(taxonomy, rules, rulesFiles, source.path) : null;
  return {
    errors: [...lint.errors, ...(coverage?.errors ?? [])],
    warnings: [...lint.warnings, ...unmatchedRules.map((index) => unmatchedRulesWarning(source.rules, index))],
    coverage: coverage?.report ?? null,
  };
}

/** A rule files pattern that matches nothing would silently leave its rules out of the coverage. */
function unmatchedRulesWarning(patterns: readonly string[], index: number): LintIssue {
  return {
    rule: 'rules-pattern-unmatched',
    level: 'warning',
    alert: null,
    message: `rule files pattern ${JSON.stringify(patterns[index])} matches no file, so no rule it was meant to name is checked for coverage`,
    where: `$.sources.taxonomy.rules[${index}]`,
    file: CONFIG_FILE,
  };
}

/** `govpages lint`'s verdict: the findings plus runbook completeness against its minimum. */
export interface TaxonomyLintReport extends TaxonomyFindings {
  alerts: number;
  rulesFiles: string[];
  /** As the figures have it: percent of active alerts with a complete runbook, 2 decimals. */
  runbookCompletenessPercent: number;
  runbooksOk: boolean;
  /** A hard failure or too few runbooks: lint exits 1. */
  failed: boolean;
}

export function taxonomyLintReport(inputs: TaxonomyInputs, settings: TaxonomySettings): TaxonomyLintReport {
  const findings = taxonomyFindings(inputs, settings);
  const runbookCompletenessPercent = roundTo(
    countSummary(summarize(inputs.taxonomy), severityVocabulary(settings.source.severities)).runbook_completeness_percent,
    2,
  );
  const runbooksOk = runbookCompletenessPercent >= settings.thresholds.runbook_min_percent;
  return {
    ...findings,
    alerts: inputs.taxonomy.alerts.length,
    rulesFiles: inputs.rulesFiles,
    runbookCompletenessPercent,
    runbooksOk,
    failed: findings.errors.length > 0 || !runbooksOk,
  };
}
