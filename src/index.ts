/**
 * The public door of govpages as a library (package.json `exports`). Everything importable from
 * `govpages` is listed here; the rest of `src/` is internal and may change without notice.
 */

export { configSchema, type GovpagesConfig, loadConfig, parseConfig } from './config/index.ts';
export { GovpagesError, InputError, PolicyError, UsageError } from './core/errors.ts';
export { createDemoRepository } from './demo/index.ts';
export { directorySource, urlSource, type VerifyOptions, type VerifyReport, verifyPublished } from './integrity/index.ts';
export { diffOpenApi, type Finding, formatDiffJson, formatDiffMarkdown, formatDiffText, type OpenApiDiff } from './metrics/openapi/index.ts';
export { type EndpointBadge, endpointBadgeSchema } from './model/badge.ts';
export { EVIDENCE_KINDS, type EvidenceKindId } from './model/kinds.ts';
export { type Check, type FeedEvent, type PublishedBadge, type StatusModel, statusModelSchema } from './model/status-model.ts';
export { type BuildOptions, type BuildResult, build } from './pipeline/build.ts';
export { type RebuildDifference, type RebuildReport, rebuildPublished } from './pipeline/rebuild.ts';
