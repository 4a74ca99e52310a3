export {
  stabilityRecordSchema,
  scoreRun,
  isStable,
  parseHistory,
  serializeHistory,
  upsertRun,
  runsBefore,
  placeholderStreak,
  type StabilityRecord,
} from './history.ts';
export { computeStabilityMetrics, type StabilityMetrics } from './stability.ts';
export { evaluatePlaceholder, type PlaceholderThresholds, type PlaceholderVerdict } from './placeholder.ts';
export { evaluateSemver, type SemverInput, type SemverStatus, type SemverValidation } from './semver.ts';
export { classifyOperations, type OperationsClassification, type SpecRef } from './classification.ts';
export { governanceSummary, type GovernanceSummary } from './summary.ts';
export {
  FAILURE_REASONS,
  RECOVERY_REASONS,
  REASON_ORDER,
  EMPTY_NOTICE_STATE,
  noticeStateSchema,
  decideNotice,
  failingReasons,
  markDelivered,
  markUndelivered,
  owedReasons,
  type Conditions,
  type FailureReason,
  type NoticeDecision,
  type NoticeState,
  type Reason,
  type RecoveryReason,
} from './notice.ts';
export { round4 } from './round.ts';
export { countOperations } from './operations.ts';
export { semverChain, evaluateAgainst, type ChainResult, type ChainVersion } from './semver-chain.ts';
export { apiFeedEvents } from './events.ts';
