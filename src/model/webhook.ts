import { z } from 'zod';

/**
 * The `governance_notice` webhook (seed 004, "Governance Webhook Payload"): its reasons, the payload
 * a build publishes at `status/webhook-payload.json`, and the delivery state the API kind keeps on
 * the state branch. A failure reason is in every payload while its condition holds; a recovery
 * reason is emitted once, in the build where a condition that failed before is healthy again.
 */

export const PAYLOAD_VERSION = 1;

export const FAILURE_REASONS = ['semver_fail', 'stability_drop', 'placeholder_streak'] as const;
export const RECOVERY_REASONS = ['semver_recovered', 'stability_recovered', 'placeholder_recovered'] as const;
/** Order reasons appear in a payload: recoveries first (as in the seed's mixed example), then failures. */
export const REASON_ORDER = [
  'placeholder_recovered',
  'semver_recovered',
  'stability_recovered',
  'semver_fail',
  'stability_drop',
  'placeholder_streak',
] as const;

export const failureReasonSchema = z.enum(FAILURE_REASONS);
export const reasonSchema = z.enum([...FAILURE_REASONS, ...RECOVERY_REASONS]);

export type FailureReason = z.infer<typeof failureReasonSchema>;
export type RecoveryReason = (typeof RECOVERY_REASONS)[number];
export type Reason = z.infer<typeof reasonSchema>;

const sha = z.string().min(7).max(40);
const noticeSemverStatus = z.enum(['ok', 'warn', 'fail', 'unknown']);
const ratio = z.number().min(0).max(1);
const operationCounts = z.strictObject({ added: z.number().int().min(0), removed: z.number().int().min(0) });
const unique = (reasons: readonly string[]) => new Set(reasons).size === reasons.length;

/** The payload exactly as a build writes it, field for field the seed's v1 (the model's `notice`). */
export const governanceNoticeSchema = z.strictObject({
  event: z.literal('governance_notice'),
  version: z.literal(PAYLOAD_VERSION),
  /** Short commit (7 characters). */
  sha,
  semver_status: noticeSemverStatus,
  stability_ratio: ratio,
  reasons: z.array(reasonSchema).refine(unique, 'reasons must be unique'),
  operations: operationCounts,
});

export type GovernanceNotice = z.infer<typeof governanceNoticeSchema>;

/**
 * What a receiver, and `govpages notify`, accepts: the published JSON Schema's rules, in zod (ajv is
 * only a development dependency). Unknown top-level keys and reasons pass, as the seed tells
 * consumers, so adding either is not a version bump.
 */
export const receivedNoticeSchema = z.looseObject({
  event: z.literal('governance_notice'),
  version: z.number().int().min(1),
  sha,
  semver_status: noticeSemverStatus,
  stability_ratio: ratio,
  reasons: z.array(z.string()).refine(unique, 'reasons must be unique'),
  operations: operationCounts,
});

/**
 * `api/notice-state.json` on the state branch. What a build has to announce (new failures,
 * recoveries) is `due`; when its POST fails, the delivery step keeps it as `pending`, and the next
 * build announces it again, so a failed POST never loses a recovery.
 */
export const noticeStateSchema = z.strictObject({
  version: z.literal(1),
  /** HEAD commit of the build that wrote this state; a rebuild of it reuses its reasons. */
  commit: z.string().nullable(),
  /** Failure conditions that held in that build. */
  failing: z.array(failureReasonSchema),
  /** Reasons of that build's payload. */
  reasons: z.array(reasonSchema),
  /** What that build had to announce (new failures, recoveries, carried pending reasons). */
  due: z.array(reasonSchema),
  /** Reasons whose POST failed: announced again by the next build. */
  pending: z.array(reasonSchema),
  /** Short commit of the last payload delivered, null before the first delivery. */
  last_delivered_sha: z.string().nullable(),
});

export type NoticeState = z.infer<typeof noticeStateSchema>;

/** The state before the first build. */
export const EMPTY_NOTICE_STATE: NoticeState = {
  version: 1,
  commit: null,
  failing: [],
  reasons: [],
  due: [],
  pending: [],
  last_delivered_sha: null,
};
