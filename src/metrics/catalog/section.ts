import type { CatalogDocument, CatalogSection, CheckpointHistoryEntry, Drift, DriftIssue, EnforcementReport } from '../../model/catalog.ts';
import { catalogRules } from './rules.ts';

/** The catalog's section of the model, from what a build computed (pure). */
export function catalogSection(parts: {
  patterns: string[];
  catalog: CatalogDocument;
  report: EnforcementReport;
  drift: Drift;
  history: CheckpointHistoryEntry[];
  issue: DriftIssue;
}): CatalogSection {
  const { catalog, report } = parts;
  return {
    metadata_patterns: parts.patterns,
    strict: report.strict,
    summary: catalog.summary,
    repositories: catalog.repositories,
    tiers: catalog.tiers,
    enforcement: { passed: report.passed, exit_code: report.exit_code },
    drift: parts.drift,
    checkpoints: parts.history,
    issue: parts.issue,
    rules: catalogRules(),
  };
}
