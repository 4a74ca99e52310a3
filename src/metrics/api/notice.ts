import { z } from 'zod';

/**
 * Webhook reasons (seed 004, "Governance Webhook Payload"). A failure reason is present in every
 * payload while its condition holds; a recovery reason is emitted once, on the build where a
 * condition that failed in the previous build is healthy again. What has not been delivered yet
 * stays pending in state, so a failed POST is retried by the next build instead of being lost.
 */
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

export type FailureReason = (typeof FAILURE_REASONS)[number];
export type RecoveryReason = (typeof RECOVERY_REASONS)[number];
export type Reason = FailureReason | RecoveryReason;

const recoveryOf: Record<FailureReason, RecoveryReason> = {
  semver_fail: 'semver_recovered',
  stability_drop: 'stability_recovered',
  placeholder_streak: 'placeholder_recovered',
};

/** `api/notice-state.json` on the state branch. */
export const noticeStateSchema = z.strictObject({
  version: z.literal(1),
  /** HEAD commit of the build that wrote this state; a rebuild of it reuses its reasons. */
  commit: z.string().nullable(),
  /** Failure conditions that held in the last build. */
  failing: z.array(z.enum(FAILURE_REASONS)),
  /** Reasons of that build's payload. */
  reasons: z.array(z.enum([...FAILURE_REASONS, ...RECOVERY_REASONS])),
  /** Transitions (new failures, recoveries) not yet delivered to the webhook. */
  pending: z.array(z.enum([...FAILURE_REASONS, ...RECOVERY_REASONS])),
  /** Short commit of the last payload delivered, null before the first delivery. */
  last_delivered_sha: z.string().nullable(),
});

export type NoticeState = z.infer<typeof noticeStateSchema>;

export const EMPTY_NOTICE_STATE: NoticeState = { version: 1, commit: null, failing: [], reasons: [], pending: [], last_delivered_sha: null };

export interface Conditions {
  semverFail: boolean;
  stabilityDrop: boolean;
  placeholderAlert: boolean;
}

export interface NoticeDecision {
  /** Reasons of this build's payload, in REASON_ORDER. */
  reasons: Reason[];
  /** True when there is something not yet announced: the payload should be POSTed. */
  due: boolean;
  /** State to keep if the payload is not delivered (pending kept). */
  state: NoticeState;
}

export function failingReasons(conditions: Conditions): FailureReason[] {
  const failing: FailureReason[] = [];
  if (conditions.semverFail) failing.push('semver_fail');
  if (conditions.stabilityDrop) failing.push('stability_drop');
  if (conditions.placeholderAlert) failing.push('placeholder_streak');
  return failing;
}

/**
 * Compares this build's conditions with the previous build's state. A failure that starts is
 * pending until delivered; a recovery likewise. A failure that starts and ends before it was ever
 * delivered is dropped with its recovery: there is nothing left to tell anyone. A rebuild of the
 * commit that wrote the state, under the same conditions, repeats that build's reasons and
 * changes nothing, so rebuilding never announces a recovery twice.
 */
export function decideNotice(previous: NoticeState, conditions: Conditions, commit: string): NoticeDecision {
  const failing = failingReasons(conditions);
  if (previous.commit === commit && sameMembers(previous.failing, failing)) {
    return { reasons: [...previous.reasons], due: previous.pending.length > 0, state: previous };
  }
  const wasFailing = new Set(previous.failing);
  const pending = new Set<Reason>(previous.pending);
  for (const reason of failing) if (!wasFailing.has(reason)) pending.add(reason);
  for (const reason of FAILURE_REASONS) {
    const recovery = recoveryOf[reason];
    if (failing.includes(reason)) {
      pending.delete(recovery);
      continue;
    }
    if (pending.has(reason)) {
      // Failed and recovered without ever being announced.
      pending.delete(reason);
      pending.delete(recovery);
    } else if (wasFailing.has(reason)) {
      pending.add(recovery);
    }
  }
  const reasons = REASON_ORDER.filter((reason) => failing.includes(reason as FailureReason) || pending.has(reason));
  const pendingList = REASON_ORDER.filter((reason) => pending.has(reason));
  return {
    reasons,
    due: pendingList.length > 0,
    state: { version: 1, commit, failing, reasons, pending: pendingList, last_delivered_sha: previous.last_delivered_sha },
  };
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/** The state after a successful delivery of the payload of `sha`. */
export function markDelivered(state: NoticeState, sha: string): NoticeState {
  return { ...state, pending: [], last_delivered_sha: sha };
}
