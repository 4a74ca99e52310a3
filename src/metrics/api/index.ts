/** The API contract's figures, checks and events: pure functions over the spec's versions and the run history. */
export { scoreRun, isStable, parseHistory, previousRuns, backfillRuns, serializeHistory, upsertRun, runsBefore, placeholderStreak } from './history.ts';
export { computeStabilityMetrics } from './stability.ts';
export { evaluatePlaceholder, type PlaceholderThresholds } from './placeholder.ts';
export { evaluateSemver, placeholderSemver, type SemverInput } from './semver.ts';
export { classifyOperations } from './classification.ts';
export { governanceSummary } from './summary.ts';
export {
  decideNotice,
  failingReasons,
  markDelivered,
  markUndelivered,
  owedReasons,
  readNoticeState,
  type Conditions,
  type NoticeDecision,
} from './notice.ts';
export { round4 } from './round.ts';
export { countOperations } from './operations.ts';
export { semverChain, evaluateAgainst, type ChainResult, type ChainVersion } from './semver-chain.ts';
export { DiffCache, changeCounts, type SpecAt } from './diff-cache.ts';
export { ENGINE_FINGERPRINT, cachedSummaries, serializeSpecCache } from './spec-cache.ts';
export {
  summarizeSpecVersions,
  lastValidBefore,
  baselineBefore,
  chainOf,
  versionOf,
  titleOf,
  type SpecVersionReader,
  type SummarizedVersions,
  type VersionRef,
} from './spec-versions.ts';
export { contractBases, basesToRead, evaluateContract, type ApiThresholds, type ContractBases, type ContractFigures, type ContractInput } from './contract.ts';
export { describeSpecError } from './spec-error.ts';
export { apiChecks } from './checks.ts';
export { apiFeedEvents } from './events.ts';
// Kept for the badges, which take the status from here (their files are not this kind's to edit).
