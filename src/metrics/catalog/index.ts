export { buildCatalog, TIERS } from './catalog.ts';
export { evaluateRepository, alternatives, type CatalogPolicy, type RepoEvaluation } from './policy.ts';
export { CATALOG_RULES, type CatalogRuleId, type PolicyFinding } from './rules.ts';
export { enforcementReport, enforcementText } from './enforcement.ts';
export { makeCheckpoint, advanceCheckpoints, baselineCheckpoints, historyEntry, HISTORY_LIMIT, type CheckpointState } from './checkpoint.ts';
export { computeDrift } from './drift.ts';
export { driftMarkdown, driftIssue } from './drift-report.ts';
