/** The OpenAPI diff engine: pure functions from two resolved documents to classified findings. */
export { diffOpenApi, summarizeDiff } from './diff.ts';
export { RULES } from './rules/index.ts';
export type { Finding, FindingLevel, OpenApiDiff, Operation, RuleInfo } from './types.ts';
export { formatDiffJson, formatDiffMarkdown, formatDiffText, summaryLine, type DiffReportInput, type DiffSide } from './report.ts';
