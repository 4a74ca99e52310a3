/** The OpenAPI diff engine: pure functions from two resolved documents to classified findings. */
export { diffOpenApi, summarizeDiff } from './diff.ts';
export { type DiffReportInput, type DiffSide, formatDiffJson, formatDiffMarkdown, formatDiffText, summaryLine } from './report.ts';
export { RULES } from './rules/index.ts';
export type { Finding, FindingLevel, OpenApiDiff, Operation, RuleInfo } from './types.ts';
