/**
 * The public door of govpages as a library (package.json `exports`). Everything importable from
 * `govpages` is listed here; the rest of `src/` is internal and may change without notice.
 */
export { build, type BuildOptions, type BuildResult } from './pipeline/build.ts';
export { rebuildPublished, type RebuildReport, type RebuildDifference } from './pipeline/rebuild.ts';
export { createDemoRepository } from './demo/index.ts';
export { loadConfig, parseConfig, configSchema, type GovpagesConfig } from './config/index.ts';
export { EVIDENCE_KINDS, type EvidenceKindId } from './model/kinds.ts';
export type { StatusModel, Check, FeedEvent, PublishedBadge } from './model/status-model.ts';
export { endpointBadgeSchema, type EndpointBadge } from './model/badge.ts';
export { verifyPublished, directorySource, urlSource, type VerifyReport, type VerifyOptions } from './integrity/index.ts';
export { diffOpenApi, formatDiffJson, formatDiffMarkdown, formatDiffText, type OpenApiDiff, type Finding } from './metrics/openapi/index.ts';
export { GovpagesError, InputError, PolicyError, UsageError } from './core/errors.ts';
