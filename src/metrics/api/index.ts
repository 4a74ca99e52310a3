/** The API contract's figures, checks and events: pure functions over the spec's versions and the run history. */

export { apiChecks } from './checks.ts';
export { classifyOperations } from './classification.ts';
export { type ApiThresholds, basesToRead, type ContractBases, type ContractFigures, type ContractInput, contractBases, evaluateContract } from './contract.ts';
export { changeCounts, DiffCache, type SpecAt } from './diff-cache.ts';
export { apiFeedEvents } from './events.ts';
export { backfillRuns, isStable, parseHistory, placeholderStreak, previousRuns, runsBefore, scoreRun, serializeHistory, upsertRun } from './history.ts';
export {
  type Conditions,
  decideNotice,
  failingReasons,
  markDelivered,
  markUndelivered,
  type NoticeDecision,
  owedReasons,
  readNoticeState,
} from './notice.ts';
export { countOperations } from './operations.ts';
export { evaluatePlaceholder, type PlaceholderThresholds } from './placeholder.ts';
export { evaluateSemver, placeholderSemver, type SemverInput } from './semver.ts';
export { type ChainResult, type ChainVersion, evaluateAgainst, semverChain } from './semver-chain.ts';
export { cachedSummaries, ENGINE_FINGERPRINT, serializeSpecCache } from './spec-cache.ts';
export { describeSpecError } from './spec-error.ts';
export {
  baselineBefore,
  chainOf,
  lastValidBefore,
  type SpecVersionReader,
  type SummarizedVersions,
  summarizeSpecVersions,
  titleOf,
  type VersionRef,
  versionOf,
} from './spec-versions.ts';
export { computeStabilityMetrics } from './stability.ts';
export { governanceSummary } from './summary.ts';
